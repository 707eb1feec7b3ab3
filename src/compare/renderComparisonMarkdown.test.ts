import { describe, expect, test } from 'vitest';
import { nanzhou2023, nanzhou2024 } from '../../test/support/diffEvaluations.js';
import { compareEvaluations } from './compareEvaluations.js';
import { renderComparisonMarkdown } from './renderComparisonMarkdown.js';

const comparison = compareEvaluations(nanzhou2023, nanzhou2024);

describe('renderComparisonMarkdown', () => {
  test('Nanzhou 2023 → 2024: heading, schemes, header, the changed outputs, the totals', () => {
    const lines = renderComparisonMarkdown(comparison).split('\n');
    expect(lines.slice(0, 9)).toEqual([
      '### 绩效对比',
      '',
      '- 原：广州市（海珠区）2023 年部门整体支出绩效自评指标体系 (gz-department-overall@2023)',
      '- 新：广州市（海珠区）2023 年部门整体支出绩效自评指标体系 (gz-department-overall@2023)',
      '',
      '| 指标 | 分值 | 原得分 | 新得分 | 变化 | 得分率变化 | 说明 |',
      '|---|---:|---:|---:|---:|---:|---|',
      '| **履职效能** | 50 | 49.96 | 49.50 | -0.46 | -0.92 |  |',
      '| 　部门整体绩效目标：产出指标 | 20 | 20.00 | 19.77 | -0.23 | -1.15 |  |',
    ]);
    expect(lines.filter((line) => /\| (删除|新增|移动|按名称|原名)/.test(line))).toEqual([
      '| 　　　环卫保洁 目标完成值 | 3 | 3.00 | 3.00 | 0.00 | 0.00 | 按名称匹配，原编号 sanitation-cleaning；原名：环卫保洁目标完成值 |',
      '| 　　　出租屋综合税征收完成率 | 3 | 3.00 | 3.00 | 0.00 | 0.00 | 原名：出租屋综合税征收完成值 |',
      '| 　　　开展城乡社区活动的村居个数 | 3 | 3.00 |  |  |  | 删除 |',
      '| 　　　生活垃圾分类覆盖社区数 | 3 |  | 2.77 |  |  | 新增 |',
      '| 　　　经费支出合规性 | 3 | 3.00 | 3.00 | 0.00 | 0.00 | 移动：原在 数量指标 |',
    ]);
    expect(lines.slice(-4)).toEqual([
      '| **总分** | **100** | **91.46** | **96.00** | **+4.54** | **+4.54** | 等级：**优** |',
      '',
      '末级指标：相同 28，变化 6，新增 1，删除 1，移动 1',
      '',
    ]);
  });

  test('names are written literally: no HTML, no extra column', () => {
    const [first, ...rest] = nanzhou2024.indicators;
    if (first === undefined) throw new Error('unreachable');
    const hostile = {
      ...nanzhou2024,
      indicators: [{ ...first, name: { zh: '<b>履职</b>|效能' } }, ...rest],
    };
    const markdown = renderComparisonMarkdown(compareEvaluations(nanzhou2023, hostile));
    expect(markdown).toContain('| **&lt;b&gt;履职&lt;/b&gt;\\|效能** | 50 |');
    expect(markdown).toContain('原名：履职效能');
  });
});
