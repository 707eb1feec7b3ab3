import { describe, expect, test } from 'vitest';
import { nanzhou2023, nanzhou2024 } from '../../test/support/diffEvaluations.js';
import { compareEvaluations } from './compareEvaluations.js';
import { renderComparisonTable } from './renderComparisonTable.js';

const comparison = compareEvaluations(nanzhou2023, nanzhou2024);

describe('renderComparisonTable', () => {
  test('Nanzhou 2023 → 2024 in Chinese: the heading, the outputs, the totals and the counts', () => {
    const lines = renderComparisonTable(comparison).split('\n');
    expect(lines.slice(0, 18)).toEqual([
      '原：广州市（海珠区）2023 年部门整体支出绩效自评指标体系 (gz-department-overall@2023)',
      '新：广州市（海珠区）2023 年部门整体支出绩效自评指标体系 (gz-department-overall@2023)',
      '',
      '指标                                        分值  原得分  新得分   变化  得分率变化  说明',
      '───────────────────────────────────────────────────────────────────────────────────',
      '履职效能                                      50   49.96   49.50  -0.46       -0.92',
      '  部门整体绩效目标：产出指标                  20   20.00   19.77  -0.23       -1.15',
      '    数量指标                             18 → 15   18.00   14.77  -3.23       -1.53',
      '      卫生清洁服务费、垃圾清运费、垃圾…    3 → 4    3.00    4.00  +1.00        0.00',
      '      环卫保洁 目标完成值                      3    3.00    3.00   0.00        0.00  按名称匹配，原编号 sanitation-cleaning；原名：…',
      '      出租屋综合税征收完成率                   3    3.00    3.00   0.00        0.00  原名：出租屋综合税征收完成值',
      '      完成社工站项目购买                   3 → 2    3.00    2.00  -1.00        0.00',
      '      开展城乡社区活动的村居个数               3    3.00                             删除',
      '      生活垃圾分类覆盖社区数                   3            2.77                     新增',
      '    质量指标                               2 → 5    2.00    5.00  +3.00        0.00',
      '      经费支出合规性                           3    3.00    3.00   0.00        0.00  移动：原在 数量指标',
      '      社区党群服务中心正常工作率               2    2.00    2.00   0.00        0.00',
      '  部门整体绩效目标：效益指标                  20   20.00   20.00   0.00        0.00',
    ]);
    expect(lines.slice(-4)).toEqual([
      '───────────────────────────────────────────────────────────────────────────────────',
      '总分                                         100   91.46   96.00  +4.54       +4.54  等级：优',
      '末级指标：相同 28，变化 6，新增 1，删除 1，移动 1',
      '',
    ]);
  });

  test('in English: added, removed and moved, and the grade', () => {
    const lines = renderComparisonTable(comparison, { lang: 'en' }).split('\n');
    expect(lines.filter((line) => /added|removed|moved|Total|Leaves/.test(line))).toEqual([
      '      开展城乡社区活动的村居个数                3    3.00                              removed',
      '      生活垃圾分类覆盖社区数                    3           2.77                       added',
      '      经费支出合规性                            3    3.00   3.00    0.00         0.00  moved from 数量指标',
      'Total                                         100   91.46  96.00   +4.54        +4.54  Grade: excellent',
      'Leaves: 28 same, 6 changed, 1 added, 1 removed, 1 moved',
    ]);
  });

  test('a changed grade shows both; title lines given replace the schemes', () => {
    const worse = { ...nanzhou2024, grade: { grade: '良', name: { zh: '良', en: 'good' } } };
    const table = renderComparisonTable(compareEvaluations(nanzhou2023, worse), {
      title: ['南洲街道 2023 → 2024'],
    });
    expect(table.split('\n')[0]).toBe('南洲街道 2023 → 2024');
    expect(table).toContain('等级：优 → 良');
  });

  test('a name that would forge a line or move the cursor is one escaped line', () => {
    const [first, ...rest] = nanzhou2024.indicators;
    if (first === undefined) throw new Error('unreachable');
    const hostile = {
      ...nanzhou2024,
      indicators: [{ ...first, name: { zh: '履职\n总分 100\u001b[2J' } }, ...rest],
    };
    const lines = renderComparisonTable(compareEvaluations(nanzhou2023, hostile)).split('\n');
    expect(lines[5]?.startsWith('履职 总分 100\\u{001B}[2J')).toBe(true);
    expect(lines.filter((line) => line.startsWith('总分'))).toHaveLength(1);
  });

  test('refuses what is not a comparison, another language, title lines that are not strings', () => {
    expect(() => renderComparisonTable(nanzhou2023 as never)).toThrow(/comparison/);
    expect(() => renderComparisonTable(comparison, { lang: 'fr' as never })).toThrow(/lang/);
    expect(() => renderComparisonTable(comparison, { title: [1] as never })).toThrow(/title/);
  });
});
