// The rules a table states about itself, end to end on text: source → cell grids (readTables,
// every text and run-on reader) → score table → checks. A 20 + 80 sheet's 备注 states its level
// bands (达成 100–80%, 部分达成 80–50%, 未达成 50–0%) and its formulas (正向 权重 × B/A, 反向
// 权重 × A/B); the checks then apply those, say so (`按表中备注：…`), and a row that breaks them is
// a finding. A 备注 that cannot be read is a warning, and the national rules stay.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkScoreTable } from '../src/tables/checks/index.js';
import type {
  TableCheck,
  TableCheckOptions,
  TableCheckReport,
} from '../src/tables/checks/index.js';
import { readTables } from '../src/tables/readTables.js';
import { readScoreTable } from '../src/tables/scoreTable/index.js';
import { levelBands } from '../src/tables/vocabulary.js';

const folder = new URL('fixtures/tables/', import.meta.url);

/** Every table of a fixture, read by readTables and checked: its layout and report. */
function audited(
  name: string,
  options?: TableCheckOptions,
): { readonly layout: string; readonly report: TableCheckReport }[] {
  const text = readFileSync(new URL(name, folder), 'utf8');
  return readTables(text).map((grid) => {
    const report = checkScoreTable(readScoreTable(grid), options);
    if (!report.ok) throw new Error(JSON.stringify(report.issues));
    return { layout: grid.layout, report: report.value };
  });
}

/** The one table of a fixture. */
function onlyTable(name: string, options?: TableCheckOptions) {
  const tables = audited(name, options);
  expect(tables.length).toBe(1);
  const [table] = tables;
  if (table === undefined) throw new Error(`no table in ${name}`);
  return table;
}

/** A check in one line: code, verdict, subject, arithmetic. */
const line = (check: TableCheck): string =>
  `${check.code} ${check.verdict} ${check.subject}: ${check.arithmetic}`;

/** The checks a stated rule changes: level words, recomputed rows, the budget score. */
const ruled = (report: TableCheckReport): TableCheck[] =>
  report.checks.filter((check) =>
    ['level_band', 'target_score', 'budget_score', 'stated_rule_unread'].includes(check.code),
  );

describe('a consistent 20 + 80 sheet checked under the rules its 备注 states', () => {
  test('Markdown: 部分达成 at 55% of its weight and a 反向 row at 权重 × A/B, no finding', () => {
    const { layout, report } = onlyTable('stated-20-80-markdown.md');
    expect([layout, report.outcome, report.findings.map(line), report.warnings.map(line)]).toEqual([
      'markdown',
      'consistent',
      [],
      [],
    ]);
    expect(ruled(report).map(line)).toEqual([
      'budget_score consistent 年度财政资金总额: min(57.00 ÷ 60.00, 100%) × 20 = 19',
      'level_band consistent 湿地生态环境改善: 16.5 ÷ 30 = 55% ∈ [50%, 80%)',
      'target_score consistent 养护绿地面积: min(210 ÷ 200, 100%) × 15 = 15',
      'target_score consistent 苗木成活率: min(92% ÷ 95%, 100%) × 15 = 14.5263',
      'target_score consistent 单位面积养护成本: min(300 ÷ 320, 100%) × 10 = 9.375',
      'target_score consistent 游客满意度: min(94% ÷ 90%, 100%) × 10 = 10',
    ]);
  });

  test('Markdown: each check under a stated rule says where the rule is written, none is inferred', () => {
    const { report } = onlyTable('stated-20-80-markdown.md');
    expect(
      ruled(report).map((check) => [check.subject, check.rule.zh, check.inferred !== undefined]),
    ).toEqual([
      [
        '年度财政资金总额',
        '按表头「得分（20分×执行率）」：得分 = min(执行数 ÷ 全年预算数, 100%) × 分值',
        false,
      ],
      [
        '湿地生态环境改善',
        '按表中备注：等级词「部分达成预期指标」的得分占分值之比在 [50%, 80%) 内',
        false,
      ],
      [
        '养护绿地面积',
        '按表中备注：得分 = min(完成值 ÷ 指标值, 100%) × 分值（正向指标；表中写明「正向指标得分=权重×B/A」）',
        false,
      ],
      [
        '苗木成活率',
        '按表中备注：得分 = min(完成值 ÷ 指标值, 100%) × 分值（正向指标；表中写明「正向指标得分=权重×B/A」）',
        false,
      ],
      [
        '单位面积养护成本',
        '按表中备注：得分 = min(指标值 ÷ 完成值, 100%) × 分值（反向指标；表中写明「反向指标得分=权重×A/B」）',
        false,
      ],
      [
        '游客满意度',
        '按表中备注：得分 = min(完成值 ÷ 指标值, 100%) × 分值（正向指标；表中写明「正向指标得分=权重×B/A」）',
        false,
      ],
    ]);
  });

  test('Markdown: with the national bands passed explicitly, 55% for 部分达成 is a finding', () => {
    const { report } = onlyTable('stated-20-80-markdown.md', { levelBands });
    expect(report.findings.map((check) => check.message.zh)).toEqual([
      '「湿地生态环境改善」「部分达成预期指标」得分 16.5 ÷ 30 = 55%，不在 [60%, 80%) 内',
    ]);
  });

  test('`|` cells: bands written word by word (80%（含）以上 …), 目标值÷实际值, 50% on its bound', () => {
    const { layout, report } = onlyTable('stated-20-80-pipe.txt');
    expect([layout, report.outcome, report.findings.map(line), report.warnings.map(line)]).toEqual([
      'pipe',
      'consistent',
      [],
      [],
    ]);
    expect(ruled(report).map(line)).toEqual([
      'budget_score consistent 年度财政资金总额: min(138.00 ÷ 150.00, 100%) × 20 = 18.4',
      'level_band consistent 群众出行条件改善: 12 ÷ 12 = 100% ∈ [80%, 100%]',
      'level_band consistent 养护长效机制: 4 ÷ 8 = 50% ∈ [50%, 80%)',
      'target_score consistent 养护道路里程: min(76 ÷ 80, 100%) × 20 = 19',
      'target_score consistent 病害处置及时率: min(95% ÷ 95%, 100%) × 10 = 10',
      'target_score consistent 每公里养护成本: min(1.5 ÷ 1.6, 100%) × 20 = 18.75',
      'target_score consistent 沿线群众满意度: min(80% ÷ 85%, 100%) × 10 = 9.4118',
    ]);
    // No header states the budget rule here: its check keeps the national wording.
    expect(ruled(report)[0]?.rule.zh).toBe('得分 = min(执行数 ÷ 全年预算数, 100%) × 分值');
  });
});

describe('a 20 + 80 sheet that breaks the rule its 备注 states', () => {
  test('`|` cells: a 正向 row scored 19.6 where 权重 × B/A = 20 × 76 ÷ 80 = 19, exactly one finding', () => {
    const { report } = onlyTable('stated-20-80-pipe-wrong-score.txt');
    expect([report.outcome, report.findings.map(line), report.warnings.map(line)]).toEqual([
      'inconsistent',
      ['target_score inconsistent 养护道路里程: min(76 ÷ 80, 100%) × 20 = 19'],
      [],
    ]);
    expect(report.findings.map((check) => check.message)).toEqual([
      {
        zh: '「养护道路里程」表中得分为 19.6，但按表中备注所写的计分规则「正向指标得分=权重×实际值/目标值」：min(76 ÷ 80, 100%) × 20 = 19（相差 0.6）：表格违背了自己写明的计分规则',
        en: '"养护道路里程": the table scores 19.6, but by the rule the table\'s 备注 states ("正向指标得分=权重×实际值/目标值"): min(76 ÷ 80, 100%) × 20 = 19 (off by 0.6): the table breaks its own stated rule',
      },
    ]);
    expect(report.findings[0]?.inferred).toBeUndefined();
  });
});

describe('a 备注 that cannot be read, and a sheet with none', () => {
  test('one cell per line: 达成 得满分 / 未达成 酌情扣分 is no band table: a warning, and the national bands only ask for review', () => {
    const { layout, report } = onlyTable('stated-20-80-perline-ambiguous.txt');
    expect([layout, report.outcome, report.findings.map(line)]).toEqual([
      'cell-per-line',
      'consistent',
      [],
    ]);
    expect(report.warnings.map((check) => [check.code, check.message.zh])).toEqual([
      [
        'level_band',
        '「全民阅读氛围提升」「部分达成预期指标」得分 16.5 ÷ 30 = 55%，不在 [60%, 80%) 内（表中写有计分档次但未能读出，按全国通行档次核对，仅供复核）',
      ],
      [
        'stated_rule_unread',
        '「备注」写有计分规则「定性指标:达成预期指标得满分；部分达成预期指标得权重的50%-80%」，但未能读出：「达成预期指标」后没有可读的得分比例；仍按全国通行的规则核对',
      ],
    ]);
    expect(report.warnings[0]?.rule.zh).toBe(
      '等级词「部分达成预期指标」的得分占分值之比在 [60%, 80%) 内',
    );
  });

  test('a 20 + 80 sheet without a 备注 keeps the national bands and the inferred formulas', () => {
    const { report } = onlyTable('perline-20-80-bar.txt');
    expect([report.outcome, ruled(report).map((check) => [line(check), check.rule.zh])]).toEqual([
      'consistent',
      [
        [
          'budget_score consistent 年度财政资金总额: min(12.00 ÷ 12.50, 100%) × 20 = 19.2',
          '得分 = min(执行数 ÷ 全年预算数, 100%) × 分值',
        ],
        [
          'level_band consistent 居民分类习惯养成: 15 ÷ 25 = 60% ∈ [60%, 80%)',
          '等级词「部分达成预期指标」的得分占分值之比在 [60%, 80%) 内',
        ],
        [
          'target_score consistent 居民满意度: min(92% ÷ 90%, 100%) × 10 = 10',
          '得分 = min(完成值 ÷ 指标值, 100%) × 分值（正向指标；表中未写计分规则，由年度指标值「≥90%」推断）',
        ],
      ],
    ]);
  });
});
