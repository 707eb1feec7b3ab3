import { describe, expect, test } from 'vitest';
import { gridOf, withCell } from '../../../test/fixtures/tables/grid-build.js';
import { exampleARows } from '../../../test/fixtures/tables/grid-exampleA.js';
import { exampleBRows, exampleBTitle } from '../../../test/fixtures/tables/grid-exampleB.js';
import { exampleCRows } from '../../../test/fixtures/tables/grid-exampleC.js';
import {
  flatListRows,
  lineage2013Rows,
  tenNinetyRows,
  twentyEightyRows,
  unfilledBudgetRows,
  unscoredRows,
} from '../../../test/fixtures/tables/grid-variants.js';
import type { LayoutName } from '../CellGrid.js';
import { readScoreTable } from '../scoreTable/readScoreTable.js';
import { checkScoreTable } from './checkScoreTable.js';
import type { TableCheckOptions, TableCheckReport } from './TableCheck.js';

function check(
  rows: readonly (readonly string[])[],
  options?: TableCheckOptions,
  layout: LayoutName = 'pipe',
  title?: string,
): TableCheckReport {
  const result = checkScoreTable(readScoreTable(gridOf(layout, rows, 'row', title)), options);
  if (!result.ok) throw new Error(result.issues[0].message.en);
  return result.value;
}

/** Each code with its verdicts counted, in first-seen order: `budget_score consistent×1`. */
function tally(report: TableCheckReport): string[] {
  const counts = new Map<string, number>();
  for (const each of report.checks) {
    const key = `${each.code} ${each.verdict}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${key}×${String(count)}`);
}

/** The findings (inconsistent, unscored, warning checks) as `code verdict subject: message`. */
const notable = (report: TableCheckReport): string[] =>
  report.checks
    .filter((each) => each.verdict !== 'consistent')
    .map((each) => `${each.code} ${each.verdict} ${each.subject}: ${each.message.zh}`);

const narrativeTotal = (written: string) => ({
  written,
  cell: {
    text: `本局对照规划、执行、效果三类指标逐项自评，综合评分为${written}分，评价等级为优。`,
    location: { kind: 'text' as const, line: 12 },
  },
  how: 'sentence' as const,
});

describe('the three examples of report-layouts.md §5', () => {
  test('Example A: every check consistent', () => {
    const report = check(exampleARows);
    expect(report.outcome).toBe('consistent');
    expect(tally(report)).toEqual([
      'execution_rate consistent×1',
      'budget_score consistent×1',
      'budget_parts consistent×3',
      'weights_sum consistent×3',
      'score_within_weight consistent×11',
      'level_band consistent×2',
      'target_score consistent×6',
      'full_marks consistent×1',
      'total_sum consistent×1',
      'repeated_total consistent×1',
      'grade consistent×1',
    ]);
  });

  test('Example A: the sums are the printed cells, with the precision tolerance of the leaves', () => {
    const report = check(exampleARows);
    const total = report.checks.find((each) => each.code === 'total_sum');
    expect([total?.arithmetic, total?.claimed, total?.difference]).toEqual([
      '9.6 + 49.58 + 26 + 10 = 95.18',
      '95.18',
      '0',
    ]);
  });

  test('Example B: exactly one finding, the 年度资金总额 score of 9 where 67.20 ÷ 80.00 × 10 = 8.4', () => {
    const report = check(exampleBRows, undefined, 'cell-per-line', exampleBTitle);
    expect(report.outcome).toBe('inconsistent');
    expect(
      report.findings.map((each) => [
        each.code,
        each.subject,
        each.claimed,
        each.expected,
        each.difference,
        each.arithmetic,
      ]),
    ).toEqual([
      // Compared at the table's score precision (its 24.47): 9 stands for 9.00, not 8.40.
      ['budget_score', '年度资金总额', '9', '8.40', '0.6', 'min(67.20 ÷ 80.00, 100%) × 10 = 8.4'],
    ]);
    expect(report.findings[0]?.message).toEqual({
      zh: '「年度资金总额」得分为 9，但 min(67.20 ÷ 80.00, 100%) × 10 = 8.4（相差 0.6）',
      en: '"年度资金总额": the score is 9, but min(67.20 ÷ 80.00, 100%) × 10 = 8.4 (off by 0.6)',
    });
    expect(report.findings[0]?.values.map((value) => `${value.role}=${value.written}`)).toEqual([
      'score=9',
      'executed=67.20',
      'budget=80.00',
      'rate=84.00%',
      'weight=10',
    ]);
  });

  test('Example B: the total 96.47 is the sum of the printed cells, so the sum check holds', () => {
    const report = check(exampleBRows, undefined, 'cell-per-line', exampleBTitle);
    expect(tally(report)).toEqual([
      'execution_rate consistent×1',
      'budget_score inconsistent×1',
      'budget_parts consistent×3',
      'weights_sum consistent×3',
      'score_within_weight consistent×7',
      'level_band consistent×1',
      'target_score consistent×3',
      'full_marks consistent×1',
      'total_sum consistent×1',
    ]);
  });

  test('Example C: every check consistent, the columns in another order, the narrative total agreeing', () => {
    const report = check(exampleCRows, { statedTotals: [narrativeTotal('94.9')] }, 'one-line');
    expect(report.outcome).toBe('consistent');
    expect(tally(report)).toEqual([
      'budget_parts consistent×3',
      'weights_sum consistent×9',
      'score_within_weight consistent×22',
      'level_band consistent×7',
      'target_score consistent×6',
      'full_marks consistent×1',
      'total_sum consistent×1',
      'repeated_total consistent×1',
    ]);
  });
});

describe('regional variants', () => {
  test('20 + 80: the budget scored with the title’s 20分, weights from name cells and titles', () => {
    const report = check(twentyEightyRows);
    // The one row of 满意度指标（10分） has the weight 10, and the 备注 states 权重 × B/A: 95% of
    // ≥90% earns 10 where the sheet prints 9, a break of the sheet's own rule (issue 12). The
    // one row of 效益指标（25分） scores 23.5 of 25 for 达成预期指标, within the band.
    expect(report.outcome).toBe('inconsistent');
    expect(tally(report)).toEqual([
      'execution_rate consistent×1',
      'budget_score consistent×1',
      'score_within_weight consistent×3',
      'level_band consistent×1',
      'target_score inconsistent×1',
      'weights_sum consistent×1',
      'full_marks consistent×1',
      'total_sum consistent×1',
    ]);
  });

  test('10 + 90: 其中 rates checked on their own amounts, 优秀 read as 优', () => {
    const report = check(tenNinetyRows, undefined, 'cell-per-line');
    expect(report.outcome).toBe('consistent');
    expect(tally(report)).toEqual([
      'execution_rate consistent×3',
      'budget_score consistent×1',
      'budget_parts consistent×3',
      'score_within_weight consistent×3',
      // 88 of ≥ 90 % gives 9.78, 10 at whole points, where the sheet prints 9: a warning only.
      'target_score consistent×2',
      'target_score warning×1',
      'weights_sum consistent×1',
      'full_marks consistent×1',
      'total_sum consistent×1',
      'repeated_total consistent×1',
      'grade consistent×1',
    ]);
  });

  test('flat list: 得分 = 得分系数 × 权重 under a (%) header, full marks declared', () => {
    const report = check(flatListRows, { fullMarks: '32' });
    expect(report.outcome).toBe('consistent');
    expect(tally(report)).toEqual([
      'execution_rate consistent×1',
      'budget_score consistent×1',
      'score_within_weight consistent×4',
      'coefficient_score consistent×4',
      'target_score consistent×3',
      'full_marks consistent×1',
      'total_sum consistent×1',
    ]);
  });

  test('2013 lineage: stated category subtotals checked against their children', () => {
    const report = check(lineage2013Rows, undefined, 'csv');
    expect(report.outcome).toBe('consistent');
    expect(
      report.checks.filter((each) => each.code === 'children_sum').map((each) => each.arithmetic),
    ).toEqual(['7 + 11 = 18', '27 = 27', '45.5 = 45.5']);
  });
});

describe('inconsistent variants, each with its exact finding', () => {
  test('a weight that does not sum: 产出指标(50分) over 10 + 10 + 10 + 10 + 15', () => {
    const report = check(withCell(exampleARows, '成本指标', '10', '15'));
    expect(
      report.findings.map((each) => `${each.code} ${each.subject} ${each.arithmetic}`),
    ).toEqual(['weights_sum 产出指标 20 + 10 + 10 + 15 = 55']);
    expect(report.findings[0]?.message.zh).toBe(
      '「产出指标」分值为 50，但 20 + 10 + 10 + 15 = 55（相差 -5）',
    );
    expect(report.warnings.map((each) => `${each.code} ${each.subject}`)).toEqual([
      'reason_missing 每餐助餐补助标准',
      // ≤15元 met at 15元 earns the new weight 15 by the inferred reverse rule: only a warning.
      'target_score 每餐助餐补助标准',
    ]);
  });

  test('a category subtotal off: 投入 states 19 over 7 + 11', () => {
    const rows = lineage2013Rows.map((cells) =>
      cells[0] === '投入（20分）' ? ['投入（20分）', '', '', '20', '19'] : [...cells],
    );
    const report = check(rows, undefined, 'csv');
    expect(
      report.findings.map((each) => `${each.code} ${each.subject}: ${each.message.en}`),
    ).toEqual([
      'children_sum 投入: "投入": the score is 19, but 7 + 11 = 18 (off by 1)',
      'total_sum 总分: "总分": the total is 90.5, but 19 + 27 + 45.5 = 91.5 (off by -1)',
    ]);
  });

  test('a 其中 that does not add: 当年财政拨款 executed 125.00 against the 总额’s 144.00', () => {
    const report = check(withCell(exampleARows, '其中：当年财政拨款', '126.00', '125.00'));
    expect(
      report.findings.map((each) => `${each.code} ${each.subject}: ${each.message.zh}`),
    ).toEqual([
      'budget_parts 年度资金总额 · 执行数: 「年度资金总额 · 执行数」执行数为 144.00，但 125.00 + 18.00 = 143（相差 1）',
    ]);
  });

  test('a 总额 of 0 / 0 / 0 over a 其中 row of 90 / 89.974 / 89.974: never filled in, one finding', () => {
    const report = check(unfilledBudgetRows);
    expect(report.findings.map((each) => [each.code, each.arithmetic])).toEqual([
      ['budget_total_unfilled', '0 / 0 / 0 ≠ 90 / 89.974 / 89.974'],
    ]);
    expect(report.checks).toHaveLength(1);
  });

  test('a grade that does not match: 良 for a total of 95.18', () => {
    const rows = exampleARows.map((cells) =>
      cells[0] === '评价结论' ? ['评价结论', '项目自评得分95.18分，评价等级为良。'] : [...cells],
    );
    const report = check(rows);
    expect(report.findings.map((each) => `${each.code}: ${each.message.zh}`)).toEqual([
      'grade: 「评价等级」为「良」，但总分 95.18 所在档为「优」',
    ]);
  });

  test('grade bands overridden by option: 良 for 95.18 holds when 优 starts at 96', () => {
    const rows = exampleARows.map((cells) =>
      cells[0] === '评价结论' ? ['评价结论', '评价等级为良好。'] : [...cells],
    );
    const bands = [
      { grade: '优秀', from: '96' },
      { grade: '良好', from: '85' },
      { grade: '合格', from: '60' },
      { grade: '不合格', from: '0' },
    ];
    expect(check(rows, { gradeBands: bands }).outcome).toBe('consistent');
  });

  test('a 部分达成 scored out of band: 13 of 15 is 86.67%, above [60%, 80%)', () => {
    const rows = withCell(exampleARows, '可持续影响指标', '11', '13');
    const report = check(
      rows.map((cells) =>
        cells[0] === '总分'
          ? ['总分', '100', '97.18']
          : cells.map((text) => text.replace('95.18', '97.18')),
      ),
    );
    expect(
      report.findings.map((each) => `${each.code} ${each.subject}: ${each.message.en}`),
    ).toEqual([
      'level_band 站点长效运营机制: "站点长效运营机制": "部分达成" scores 13 ÷ 15 = 86.6667%, outside [60%, 80%)',
    ]);
  });

  test('a score above its weight, and the total it breaks', () => {
    const report = check(
      withCell(exampleBRows, '质量指标', '24.47', '26'),
      undefined,
      'cell-per-line',
      exampleBTitle,
    );
    expect(
      report.findings.map((each) => `${each.code} ${each.subject} ${each.arithmetic}`),
    ).toEqual([
      'budget_score 年度资金总额 min(67.20 ÷ 80.00, 100%) × 10 = 8.4',
      'score_within_weight 产出指标 0 ≤ 51 ≤ 50',
      'score_within_weight 养护路段检查合格率 0 ≤ 26 ≤ 25',
      'total_sum 总分 9 + 51 + 28 + 10 = 98',
    ]);
  });

  test('a stated rate that is not 执行数 ÷ 全年预算数 (the 年初 rate 89.60% printed)', () => {
    const report = check(
      withCell(exampleBRows, '年度资金总额', '84.00%', '89.60%'),
      undefined,
      'cell-per-line',
      exampleBTitle,
    );
    expect(
      report.findings.map((each) => `${each.code} ${each.arithmetic} ${each.difference ?? ''}`),
    ).toEqual([
      'execution_rate 67.20 ÷ 80.00 = 84% 5.6%',
      // 9 at the table's score precision (24.47) is 9.00: neither the amounts' 8.40 nor the
      // printed rate's 89.60% × 10 = 8.96.
      'budget_score min(67.20 ÷ 80.00, 100%) × 10 = 8.4 0.6',
    ]);
  });

  test('a budget score printed whole in a sheet of whole scores follows the printed rate at whole points', () => {
    const whole = withCell(
      withCell(
        withCell(exampleBRows, '年度资金总额', '84.00%', '89.60%'),
        '质量指标',
        '24.47',
        '24',
      ),
      '总分',
      '96.47',
      '96',
    );
    const report = check(whole, undefined, 'cell-per-line', exampleBTitle);
    const score = report.checks.find((each) => each.code === 'budget_score');
    // 89.60% × 10 = 8.96 is 9 at whole points, the only precision the sheet prints.
    expect([score?.verdict, score?.arithmetic]).toEqual([
      'consistent',
      'min(89.60%, 100%) × 10 = 8.96',
    ]);
  });

  test('20 + 80: Σ row scores above the category weight without per-row weights', () => {
    const report = check(
      withCell(withCell(twentyEightyRows, '时效指标', '12', '16'), '总分', '93.7', '97.7'),
    );
    expect(
      report.findings.map((each) => `${each.code} ${each.subject} ${each.arithmetic}`),
    ).toEqual([
      'score_within_weight 产出指标 0 ≤ 46 ≤ 45',
      // The base sheet's 满意度 row breaks its 备注's 权重 × B/A (see the 20 + 80 test above).
      'target_score 沿河居民满意度 min(95% ÷ 90%, 100%) × 10 = 10',
    ]);
  });

  test('the same total stated twice disagreeing: 合计 94.9, the narrative 95.9', () => {
    const report = check(exampleCRows, { statedTotals: [narrativeTotal('95.9')] }, 'one-line');
    expect(report.findings.map((each) => `${each.code}: ${each.message.en}`)).toEqual([
      'repeated_total: "总分": the total is 95.9, but 94.9 = 94.9 (off by 1)',
    ]);
  });

  test('a coefficient that does not give the score: 96% × 5 printed as 4.5', () => {
    const rows = flatListRows.map((cells) =>
      cells[1] === '档案数字化完成率'
        ? cells.map((text, index) => (index === 8 ? '4.5' : text))
        : [...cells],
    );
    const report = check(
      rows.map((cells) => cells.map((text) => (text === '30.6' ? '30.3' : text))),
      { fullMarks: '32' },
    );
    expect(report.findings.map((each) => `${each.code} ${each.arithmetic}`)).toEqual([
      'coefficient_score 96 × 5 = 4.8',
    ]);
  });
});

describe('unscored sheets and rows', () => {
  test('an unscored sheet is reported as unscored, never consistent', () => {
    const report = check(unscoredRows);
    expect(report.outcome).toBe('unscored');
    expect(notable(report)).toEqual([
      'unscored_sheet unscored 项目支出绩效自评表（2024年度）: 「项目支出绩效自评表（2024年度）」表中没有任何得分：未评分的表',
    ]);
    expect(tally(report)).toEqual([
      'unscored_sheet unscored×1',
      'weights_sum consistent×2',
      'full_marks consistent×1',
    ]);
  });

  test('one empty 得分 cell: the row unscored, the total it feeds unscored too', () => {
    const rows = exampleARows.map((cells) =>
      cells[0] === '质量指标'
        ? ['质量指标', '服务对象档案完整率', '≥95%', '98%', '10', '', '']
        : [...cells],
    );
    const report = check(rows);
    expect(report.outcome).toBe('unscored');
    expect(report.unscored.map((each) => `${each.code} ${each.subject}`)).toEqual([
      'unscored_row 服务对象档案完整率',
      'total_sum 总分',
    ]);
  });

  test('a table with nothing to compare is too little to check', () => {
    const report = check([['项目支出绩效自评表（2024年度）'], ['项目名称', '示例项目']]);
    expect([report.outcome, report.checks]).toEqual(['too-little', []]);
  });
});

describe('options from untyped callers', () => {
  test('a wrong option is an issue, not a throw', () => {
    const result = checkScoreTable(readScoreTable(gridOf('pipe', exampleARows)), {
      fullMarks: 'lots',
    });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_table_check_option', ['options', 'fullMarks']],
    ]);
  });
});

describe('tables as jixiao writes them: four levels, 不适用 rescaled, full marks other than 100', () => {
  // A sheet of 50 full marks: 甲 (10) is 不适用, so 合计 leaves it out and 总分 is rescaled.
  const rows = (total: string, grade: string): string[][] => [
    ['一级指标', '二级指标', '三级指标', '四级指标', '分值', '得分'],
    ['产出', '', '', '', '50', '36'],
    ['', '数量', '', '', '30', '18'],
    ['', '', '完成量', '', '30', '18'],
    ['', '', '', '甲', '10', '—'],
    ['', '', '', '乙', '20', '18'],
    ['', '质量', '', '', '20', '18'],
    ['', '', '合格率', '', '20', '18'],
    ['合计（不含不适用指标）', '', '', '', '40', '36'],
    ['总分', '', '', '', '50', total],
    ['等级', grade],
  ];

  test('the four levels are read as four: each category sums its own children', () => {
    const report = check(rows('45', '优'));
    expect(notable(report)).toEqual([]);
    expect(tally(report)).toContain('weights_sum consistent×4');
    expect(tally(report)).toContain('rescaled_total consistent×1');
  });

  test('a 总分 that is not the subtotal brought to the full marks is found', () => {
    const report = check(rows('36', '中'));
    expect(report.findings.map((each) => `${each.code}: ${each.arithmetic}`)).toEqual([
      'rescaled_total: 36 × 50 ÷ 40 = 45',
    ]);
  });

  test('a subtotal without a 总分 row is still checked as the sum of the scores', () => {
    const only = rows('45', '优').filter((cells) => cells[0] !== '总分' && cells[0] !== '等级');
    const wrong = only.map((cells) =>
      cells[0]?.startsWith('合计') ? [...cells.slice(0, 5), '35'] : cells,
    );
    expect(notable(check(only))).toEqual([]);
    expect(tally(check(only))).toContain('total_sum consistent×1');
    expect(check(wrong).findings.map((each) => `${each.code}: ${each.arithmetic}`)).toEqual([
      'total_sum: 36 = 36',
    ]);
  });

  test('a 总分 whose label says how 不适用 counts is the total, not a subtotal', () => {
    const full = [
      ['一级指标', '二级指标', '分值', '得分'],
      ['产出', '', '50', '48'],
      ['', '甲', '10', '10'],
      ['', '乙', '40', '38'],
      ['总分（不适用指标按满分计）', '', '50', '47'],
    ];
    expect(check(full).findings.map((each) => `${each.code}: ${each.arithmetic}`)).toEqual([
      'total_sum: 48 = 48',
    ]);
  });

  test('the national bands are shares of full marks other than 100: 45 of 50 is 优', () => {
    expect(
      check(rows('45', '良')).findings.map((each) => `${each.code} ${each.arithmetic}`),
    ).toEqual(['grade 45 → 优']);
  });

  // 100 full marks, 丙 (10) 不适用: 合计 of what applies 90 / 81, 总分 81 × 100 ÷ 90 = 90.
  const applicableRows = (
    options: { dropped?: boolean; categoryScores?: boolean } = {},
  ): string[][] => {
    const score = (value: string): string => (options.categoryScores === false ? '' : value);
    return [
      ['一级指标', '二级指标', '分值', '得分'],
      ['产出', '', '50', score('45')],
      ['', '甲', '50', '45'],
      ['效益', '', options.dropped === true ? '40' : '50', score('36')],
      ['', '乙', '40', '36'],
      ...(options.dropped === true ? [] : [['', '丙', '10', '—']]),
    ];
  };
  const subtotalRow = ['合计（不含不适用指标）', '', '90', '81'];
  // 100 full marks, nothing 不适用: 产出 50 / 45, 效益 50 / 40.
  const plainRows: readonly string[][] = [
    ['一级指标', '二级指标', '分值', '得分'],
    ['产出', '', '50', '45'],
    ['', '甲', '50', '45'],
    ['效益', '', '50', '40'],
    ['', '乙', '50', '40'],
  ];
  const findings = (report: TableCheckReport): string[] =>
    report.checks
      .filter((each) => each.verdict !== 'consistent')
      .map((each) => `${each.code} ${each.verdict}: ${each.arithmetic}`);

  test('a subtotal alone over rows left out: its weight is the sum, no full marks of 100 asked', () => {
    const report = check([...applicableRows({ dropped: true }), subtotalRow, ['等级', '优']]);
    expect(findings(report)).toEqual([]);
    expect(tally(report)).toEqual([
      'weights_sum consistent×2',
      'children_sum consistent×2',
      'score_within_weight consistent×4',
      'applicable_weight consistent×1',
      'total_sum consistent×1',
      'grade consistent×1',
    ]);
  });

  test('a subtotal alone: the grade is its share of the full marks, not its raw score', () => {
    const report = check([...applicableRows({ dropped: true }), subtotalRow, ['等级', '良']]);
    expect(findings(report)).toEqual(['grade inconsistent: 81 × 100 ÷ 90 = 90 → 优']);
  });

  test('a subtotal alone over rows written —: the weight left out is the rows marked 不适用', () => {
    const report = check([...applicableRows(), subtotalRow, ['等级', '优']]);
    expect(findings(report)).toEqual([]);
    expect(tally(report)).toContain('applicable_weight consistent×1');
    expect(tally(report)).toContain('full_marks consistent×1');
    const wrong = check([...applicableRows(), ['合计（不含不适用指标）', '', '95', '81']]);
    expect(findings(wrong)).toEqual(['applicable_weight inconsistent: (50 + 50) − 10 = 90']);
  });

  test('a 总分 with no weight over rows left out: rescaled to 100, not to the subtotal', () => {
    const rows = [...applicableRows({ dropped: true }), subtotalRow];
    const report = check([...rows, ['总分', '', '', '90']]);
    expect(findings(report)).toEqual([]);
    expect(tally(report)).toContain('rescaled_total consistent×1');
    expect(tally(report)).not.toContain('full_marks consistent×1');
    // Full marks not written: the subtotal itself (a sheet of 90) holds too; anything else is found.
    expect(findings(check([...rows, ['总分', '', '', '81']]))).toEqual([]);
    expect(findings(check([...rows, ['总分', '', '', '85']]))).toEqual([
      'rescaled_total inconsistent: 81 × 100（未写明满分，按 100） ÷ 90 = 90',
    ]);
  });

  test('a subtotal of 100 with nothing 不适用: the 总分 is the subtotal, a different one found', () => {
    const rows = [...plainRows, ['合计（不含不适用指标）', '', '100', '85']];
    expect(findings(check([...rows, ['总分', '', '', '85']]))).toEqual([]);
    expect(findings(check([...rows, ['总分', '', '', '86']]))).toEqual([
      'rescaled_total inconsistent: 85 × 100（未写明满分，按 100） ÷ 100 = 85',
    ]);
  });

  test('a lone 总分（折算） the rows cannot rescale is checked as the sum', () => {
    const rows = plainRows;
    for (const label of ['总分（折算）', '总分（换算为百分制）'])
      expect(findings(check([...rows, [label, '', '', '86']]))).toEqual([
        'total_sum inconsistent: 45 + 40 = 85',
      ]);
  });

  test('a lone 总分（不含不适用指标） weighs what applies: its weight is no false full marks', () => {
    const report = check([...applicableRows(), ['总分（不含不适用指标）', '', '90', '81']]);
    expect(findings(report)).toEqual([]);
    expect(tally(report)).toContain('full_marks consistent×1');
    expect(
      findings(check([...applicableRows(), ['总分（不含不适用指标）', '', '95', '81']])),
    ).toEqual(['full_marks inconsistent: (50 + 50) − 10 = 90']);
  });

  test('a subtotal with no weight: its weight is what applies, the 总分 rescaled from it', () => {
    const rows = [...applicableRows(), ['合计（不含不适用指标）', '', '', '81']];
    expect(findings(check([...rows, ['总分', '', '100', '90']]))).toEqual([]);
    expect(tally(check([...rows, ['总分', '', '100', '90']]))).toContain(
      'rescaled_total consistent×1',
    );
    expect(findings(check([...rows, ['总分', '', '100', '81']]))).toEqual([
      'rescaled_total inconsistent: 81 × 100 ÷ 90 = 90',
    ]);
    expect(findings(check([...rows, ['等级', '优']]))).toEqual([]);
  });

  test('a 50-point sheet with a subtotal and no full marks written: the 总分 is the subtotal', () => {
    const rows = [
      ['一级指标', '二级指标', '分值', '得分'],
      ['产出', '', '30', '27'],
      ['', '甲', '30', '27'],
      ['效益', '', '20', '18'],
      ['', '乙', '20', '18'],
      ['合计（不含不适用指标）', '', '50', '45'],
    ];
    expect(findings(check([...rows, ['总分', '', '', '45']]))).toEqual([]);
  });

  test('a category whose every row is —: left out of the subtotal, not unscored', () => {
    const rows = [
      ['一级指标', '二级指标', '分值', '得分'],
      ['产出', '', '50', '45'],
      ['', '甲', '50', '45'],
      ['效益', '', '40', '36'],
      ['', '乙', '40', '36'],
      ['满意度', '', '10', ''],
      ['', '丙', '10', '—'],
      ['合计（不含不适用指标）', '', '90', '81'],
      ['总分', '', '100', '90'],
    ];
    const report = check(rows);
    expect(findings(report)).toEqual([]);
    expect(tally(report)).toContain('total_sum consistent×1');
  });

  test('a subtotal with no weight over a row — with no weight: the 总分 is unscored, not passed', () => {
    const rows = [
      ['一级指标', '二级指标', '分值', '得分'],
      ['产出', '', '50', '45'],
      ['', '甲', '50', '45'],
      ['效益', '', '50', '36'],
      ['', '乙', '40', '36'],
      ['', '丙', '', '—'],
      ['合计（不含不适用指标）', '', '', '81'],
      ['总分', '', '100', '95'],
    ];
    expect(findings(check(rows))).toContain(
      'rescaled_total unscored: 95 ← 合计（不含不适用指标）（分值未知）',
    );
  });

  test('a subtotal of 0 or less, or in percent over point scores: no rescale, no crash', () => {
    for (const weight of ['-90', '0', '90%']) {
      const rows = [...applicableRows(), ['合计（不含不适用指标）', '', weight, '81']];
      const report = check([...rows, ['总分', '', '100', '90']]);
      expect(report.checks.filter((each) => each.code === 'rescaled_total')).toEqual([]);
    }
  });

  test('a lone 总分（不含不适用指标） over categories without scores adds the scores that apply', () => {
    const rows = applicableRows({ categoryScores: false });
    const report = check([...rows, ['总分（不含不适用指标）', '', '90', '81']]);
    expect(findings(report)).toEqual([]);
    expect(tally(report)).toContain('total_sum consistent×1');
  });

  test('a lone 总分（不含不适用指标） of no weight is graded by its share of what applies', () => {
    const rows = [...applicableRows(), ['总分（不含不适用指标）', '', '', '81']];
    expect(findings(check([...rows, ['等级', '优']]))).toEqual([]);
    expect(findings(check([...rows, ['等级', '良']]))).toEqual([
      'grade inconsistent: 81 × 100 ÷ 90 = 90 → 优',
    ]);
  });

  test('a lone 总分（不计不适用指标） weighted at the full marks states them as any 总分 does', () => {
    const report = check([...applicableRows(), ['总分（不计不适用指标）', '', '100', '81']]);
    expect(findings(report)).toEqual([]);
  });

  test('a 总分 label whose long bracket says what it sums is a total; so is a long 得分 header', () => {
    const rows = [
      ['一级指标', '二级指标', '分值', '得分（按实际完成值占年度指标值比例计算）'],
      ['产出', '', '60', '55'],
      ['', '甲', '60', '55'],
      ['效益', '', '40', '35'],
      ['', '乙', '40', '35'],
      ['总分（预算执行情况得分与绩效指标得分之和）', '', '100', '90'],
    ];
    const report = check(rows);
    expect(findings(report)).toEqual([]);
    expect(tally(report)).toContain('total_sum consistent×1');
  });

  test('a name whose long bracket is no rule of 不适用 stays a name, not a total row', () => {
    const rows = [
      ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '偏差原因'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '120人', '75', '75', ''],
      ['效益指标', '', '', '', '', '25', '25', ''],
      ['综合得分（群众满意度测评与第三方评价结果）', '≥90%', '95%', '25', '25', ''],
      ['总分', '', '', '', '', '100', '100', ''],
    ];
    expect(findings(check(rows))).toEqual([]);
  });

  test('a 总分 of 100 over rows left out: the weights sum to the subtotal, not a finding', () => {
    const report = check([
      ...applicableRows({ dropped: true }),
      subtotalRow,
      ['总分', '', '100', '90'],
    ]);
    expect(findings(report)).toEqual([]);
    expect(tally(report)).toContain('rescaled_total consistent×1');
  });

  test('categories without scores over a leaf written —: the subtotal and 总分 still checked', () => {
    const rows = applicableRows({ categoryScores: false });
    const report = check([...rows, subtotalRow, ['总分', '', '100', '90']]);
    expect(findings(report)).toEqual([]);
    expect(tally(report)).toContain('total_sum consistent×1');
    expect(tally(report)).toContain('rescaled_total consistent×1');
    expect(findings(check([...rows, subtotalRow, ['总分', '', '100', '81']]))).toEqual([
      'rescaled_total inconsistent: 81 × 100 ÷ 90 = 90',
    ]);
    expect(findings(check([...rows, subtotalRow, ['等级', '优']]))).toEqual([]);
  });

  test('a lone 总分 that says it is rescaled is the total, checked from the rows that apply', () => {
    for (const label of ['总分（扣除不适用指标后折算）', '总分（不计不适用指标，按满分折算）']) {
      const rows = [...applicableRows(), [label, '', '100', '90']];
      expect(findings(check(rows))).toEqual([]);
      expect(tally(check(rows))).toContain('rescaled_total consistent×1');
      expect(findings(check([...applicableRows(), [label, '', '100', '81']]))).toEqual([
        'rescaled_total inconsistent: (45 + 36) × 100 ÷ 90 = 90',
      ]);
    }
  });

  test('a lone 总分（不计不适用指标） is the total, not a subtotal without one', () => {
    const report = check([...applicableRows(), ['总分（不计不适用指标）', '', '100', '81']]);
    expect(tally(report)).toContain('total_sum consistent×1');
    expect(tally(report)).not.toContain('applicable_weight consistent×1');
  });

  test('percent weights with 总分 100%: graded on the national bands, not 0.9 / 0.8 / 0.6', () => {
    const rows = [
      ['一级指标', '二级指标', '权重', '得分'],
      ['产出', '', '50%', '45'],
      ['', '甲', '50%', '45'],
      ['效益', '', '50%', '40'],
      ['', '乙', '50%', '40'],
      ['总分', '', '100%', '85'],
      ['等级', '良'],
    ];
    const report = check(rows);
    expect(
      report.checks.filter((each) => each.code === 'grade').map((each) => each.verdict),
    ).toEqual(['consistent']);
  });
});
