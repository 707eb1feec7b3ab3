// The table pipeline end to end on text: source → cell grid (src/tables/text) → score table
// (src/tables/scoreTable) → checks without a scheme (src/tables/checks). Each unit has its own
// tests beside it; these prove the stages fit together on every text-layout fixture, and, read
// through `readTables` (every text and run-on reader), on every run-on fixture.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkScoreTable } from '../src/tables/checks/index.js';
import type { TableCheck } from '../src/tables/checks/index.js';
import type { CellValue, IndicatorNode, ScoreTable } from '../src/tables/scoreTable/index.js';
import type { CellGrid } from '../src/tables/CellGrid.js';
import { readTables } from '../src/tables/readTables.js';
import { readScoreTable } from '../src/tables/scoreTable/index.js';
import { readPipeTables, readTextTables } from '../src/tables/text/index.js';

const folder = new URL('fixtures/tables/', import.meta.url);
const textFixtures = readdirSync(folder).filter((name) =>
  /^(?:pipe|markdown|csv|perline|paragraph)-/.test(name),
);
const runOnFixtures = readdirSync(folder).filter((name) =>
  /^(?:oneline|columns|ocr|pairs)-/.test(name),
);

/** The leaves of a tree that were read with a row of their own. */
function leafRows(nodes: readonly IndicatorNode[]): number {
  return nodes.reduce(
    (count, node) =>
      count +
      (node.children.length === 0 ? (node.row === undefined ? 0 : 1) : leafRows(node.children)),
    0,
  );
}

/** The total score as read: the 总分/合计 row's score, else a 自评总分(分) cell's. */
const totalScore = (table: ScoreTable): string | undefined =>
  table.totals.find((total) => total.score !== undefined)?.score?.written ??
  table.statedTotals[0]?.written;

/** A finding as one line: code, subject, the claimed value and what the rule gives. */
const findingLine = (check: TableCheck): string =>
  `${check.code} ${check.subject}: ${check.claimed ?? '?'} → ${check.expected ?? '?'} (${check.arithmetic})`;

interface Audited {
  readonly layout: string;
  readonly outcome: string;
  readonly leafRows: number;
  readonly total: string | undefined;
  readonly findings: readonly string[];
}

/**
 * Every table of a fixture, read and checked: its layout, outcome, what was read, findings.
 * Text fixtures are read by the text readers; `read` = readTables tries every reader.
 */
function audited(
  name: string,
  read: (text: string) => readonly CellGrid[] = readTextTables,
): Audited[] {
  const text = readFileSync(new URL(name, folder), 'utf8');
  return read(text).map((grid) => {
    const table = readScoreTable(grid);
    const report = checkScoreTable(table);
    if (!report.ok) throw new Error(JSON.stringify(report.issues));
    return {
      layout: grid.layout,
      outcome: report.value.outcome,
      leafRows: leafRows(table.indicators?.roots ?? []),
      total: totalScore(table),
      findings: report.value.findings.map(findingLine),
    };
  });
}

/** A consistent table: its layout, how many leaf rows it has, and its total score as written. */
const consistent = (layout: string, leaves: number, total: string): Audited => ({
  layout,
  outcome: 'consistent',
  leafRows: leaves,
  total,
  findings: [],
});

/** What every consistent fixture holds, counted by hand from its text. */
const consistentFixtures: ReadonlyMap<string, readonly Audited[]> = new Map([
  ['csv-20-80-tab.tsv', [consistent('csv', 4, '98.44')]],
  ['csv-project-10-90.csv', [consistent('csv', 4, '98.65')]],
  ['csv-trial-report-with-tab-table.txt', [consistent('csv', 13, '94.7')]],
  ['markdown-20-80.md', [consistent('markdown', 4, '92.2')]],
  // The same sheet with 偏差原因分析及改进措施 and 整改措施 rows after its total.
  ['markdown-20-80-closing-rows.md', [consistent('markdown', 4, '92.2')]],
  // Category rows without weights: their rows' 分值 are theirs (test/auditTables.test.ts).
  ['markdown-category-weights-from-rows.md', [consistent('markdown', 6, '89')]],
  ['markdown-department-flat.md', [consistent('markdown', 4, '96.6')]],
  // A flat 部门 sheet whose budget header has no label column: its values row is the 总额.
  ['pipe-budget-header-without-label.txt', [consistent('pipe', 2, '99.6')]],
  [
    'markdown-trial-blank-budget-column.md',
    [{ layout: 'markdown', outcome: 'consistent', leafRows: 0, total: undefined, findings: [] }],
  ],
  ['paragraph-10-90.txt', [consistent('cell-per-paragraph', 3, '99.5')]],
  ['paragraph-national.txt', [consistent('cell-per-paragraph', 4, '93')]],
  ['perline-20-80-bar.txt', [consistent('cell-per-line', 4, '88.02')]],
  ['perline-department-sequence.txt', [consistent('cell-per-line', 5, '94.5')]],
  ['pipe-department-sequence.txt', [consistent('pipe', 9, '94.9')]],
  ['pipe-example-a.txt', [consistent('pipe', 8, '95.18')]],
  // The table agrees with itself; its narrative's 其中 scores do not (test/auditTables.test.ts).
  ['pipe-narrative-category-disagrees.txt', [consistent('pipe', 3, '90')]],
  // Example A with a closing 偏差原因分析 row after the total: text, not an unscored row.
  ['pipe-closing-reason-row.txt', [consistent('pipe', 8, '95.18')]],
  // Two project tables, each its own title (test/auditTables.test.ts audits it with one's data).
  ['pipe-two-projects.txt', [consistent('pipe', 8, '95.18'), consistent('pipe', 8, '95.58')]],
  ['pipe-project-10-90.txt', [consistent('pipe', 4, '97.5'), consistent('pipe', 1, '99.5')]],
]);

/** Fixtures that must not hold together, with exactly what is wrong in them. */
const otherFixtures: ReadonlyMap<string, readonly Audited[]> = new Map([
  [
    // A trial's 部门 report: a leaf scores 6.5 of 6, so its categories pass theirs (its
    // narrative's 其中 执行数 that do not add up are the audit's, test/auditTables.test.ts).
    'pipe-trial-score-over-weight.txt',
    [
      {
        layout: 'pipe',
        outcome: 'inconsistent',
        leafRows: 11,
        total: '98.1',
        findings: [
          'score_within_weight 执行: ? → ? (0 ≤ 30.2 ≤ 30)',
          'score_within_weight 管理规范: ? → ? (0 ≤ 12.5 ≤ 12)',
          'score_within_weight 资产管理规范性: ? → ? (0 ≤ 6.5 ≤ 6)',
          'level_band 资产管理规范性: ? → ? (6.5 ÷ 6 = 108.3333% ∈ [60%, 80%))',
        ],
      },
    ],
  ],
  [
    'markdown-trial-project-t07.md',
    [
      {
        layout: 'markdown',
        outcome: 'inconsistent',
        leafRows: 6,
        total: '95.4',
        findings: [
          'children_sum 产出指标: 48.3 → 48.8 (18.8 + 15 + 15 = 48.8)',
          'total_sum 总分: 95.4 → 94.9 (9.6 + 48.3 + 28 + 9 = 94.9)',
        ],
      },
    ],
  ],
  [
    'perline-example-b.txt',
    [
      {
        layout: 'cell-per-line',
        outcome: 'inconsistent',
        leafRows: 4,
        total: '96.47',
        findings: ['budget_score 年度资金总额: 9 → 8.40 (min(67.20 ÷ 80.00, 100%) × 10 = 8.4)'],
      },
    ],
  ],
  [
    'perline-20-80-unscored.txt',
    [{ layout: 'cell-per-line', outcome: 'unscored', leafRows: 4, total: '78.02', findings: [] }],
  ],
  [
    'perline-20-80-bar-wrong-score.txt',
    [
      {
        layout: 'cell-per-line',
        outcome: 'inconsistent',
        leafRows: 4,
        total: '88.02',
        findings: [
          'budget_score 年度财政资金总额: 19.6 → 19.20 (min(12.00 ÷ 12.50, 100%) × 20 = 19.2)',
          'total_sum 总分: 88.02 → 88.42 (19.6 + 43.82 + 15 + 10 = 88.42)',
        ],
      },
    ],
  ],
  [
    'pipe-department-sequence-wrong-score.txt',
    [
      {
        layout: 'pipe',
        outcome: 'inconsistent',
        leafRows: 9,
        total: '94.9',
        findings: ['total_sum 总分: 94.9 → 94.4 (17 + 28.1 + 49.3 = 94.4)'],
      },
    ],
  ],
]);

describe('text tables read and checked end to end', () => {
  test('every text fixture has its expected reading here, and every expectation its fixture', () => {
    expect([...consistentFixtures.keys(), ...otherFixtures.keys()].sort()).toEqual(
      [...textFixtures].sort(),
    );
  });

  test.each([...consistentFixtures])(
    '%s reads every leaf row and its total, and every table holds together',
    (name, tables) => {
      expect(audited(name)).toEqual(tables);
    },
  );

  test('Example B (one cell per line) has exactly its one deliberate error: the budget score 9 of 8.4', () => {
    expect(audited('perline-example-b.txt')).toEqual(otherFixtures.get('perline-example-b.txt'));
  });

  test('a 20 + 80 sheet with an empty 得分 cell reads as unscored, never as consistent', () => {
    expect(audited('perline-20-80-unscored.txt')).toEqual(
      otherFixtures.get('perline-20-80-unscored.txt'),
    );
  });

  test('a 20 + 80 sheet (no 分值 column) whose budget score was raised: the budget score and the total are flagged', () => {
    expect(audited('perline-20-80-bar-wrong-score.txt')).toEqual(
      otherFixtures.get('perline-20-80-bar-wrong-score.txt'),
    );
  });

  test('a trial 部门 report: its 其中 执行数 do not add up, a leaf scores past its weight, and its categories past theirs', () => {
    expect(audited('pipe-trial-score-over-weight.txt')).toEqual(
      otherFixtures.get('pipe-trial-score-over-weight.txt'),
    );
  });

  test('a 序号 sheet (pipe cells) with one leaf score lowered: the 总分 no longer adds up', () => {
    expect(audited('pipe-department-sequence-wrong-score.txt')).toEqual(
      otherFixtures.get('pipe-department-sequence-wrong-score.txt'),
    );
  });
});

/** What every run-on fixture holds, read through readTables, counted by hand from its text. */
const runOnExpected: ReadonlyMap<string, readonly Audited[]> = new Map<string, readonly Audited[]>([
  ['columns-trial-budget-columns.txt', [consistent('column-order', 3, '99.5')]],
  ['columns-trial-budget-rows.txt', [consistent('column-order', 3, '99.5')]],
  ['oneline-trial-merged-leaves.txt', [consistent('one-line', 5, '100')]],
  ['oneline-trial-spaced-names.txt', [consistent('one-line', 4, '99.1')]],
  ['pairs-trial-total-row.txt', [consistent('name-then-pair', 5, '94.5')]],
  ['oneline-example-c.txt', [consistent('one-line', 13, '94.9')]],
  ['oneline-project-national.txt', [consistent('one-line', 8, '95.18')]],
  ['oneline-project-10-90.txt', [consistent('one-line', 3, '98.97')]],
  [
    'oneline-project-10-90-wrong-score.txt',
    [
      {
        layout: 'one-line',
        outcome: 'inconsistent',
        leafRows: 3,
        total: '98.97',
        findings: ['total_sum 总分: 98.97 → 97.97 (9.6 + 60 + 28.37 = 97.97)'],
      },
    ],
  ],
  ['columns-national-output.txt', [{ ...consistent('column-order', 3, ''), total: undefined }]],
  [
    'columns-reordered-weights.txt',
    [
      {
        layout: 'column-order',
        outcome: 'inconsistent',
        leafRows: 3,
        total: undefined,
        findings: ['weights_sum 产出指标（80分）: 80 → 50 (10 + 30 + 10 = 50)'],
      },
    ],
  ],
  [
    'columns-dept-cell-per-line.txt',
    [{ layout: 'column-order', outcome: 'unscored', leafRows: 4, total: undefined, findings: [] }],
  ],
  [
    'columns-unbalanced.txt',
    [{ layout: 'column-order', outcome: 'unscored', leafRows: 0, total: undefined, findings: [] }],
  ],
  ['ocr-department.txt', [consistent('ocr', 8, '95.3')]],
  [
    'ocr-mangled.txt',
    [{ layout: 'ocr', outcome: 'unscored', leafRows: 5, total: '54.85', findings: [] }],
  ],
  ['pairs-decision-tree.txt', [consistent('name-then-pair', 12, '94.5')]],
  ['pairs-two-level.txt', [consistent('name-then-pair', 8, '96')]],
  [
    'pairs-two-level-wrong-score.txt',
    [
      {
        layout: 'name-then-pair',
        outcome: 'inconsistent',
        leafRows: 8,
        total: '96',
        findings: ['total_sum 总分: 96 → 95 (18.5 + 29 + 9 + 29 + 9.5 = 95)'],
      },
    ],
  ],
]);

describe('run-on tables read through every reader (readTables) and checked end to end', () => {
  test('every run-on fixture has its expected reading here, and every expectation its fixture', () => {
    expect([...runOnExpected.keys()].sort()).toEqual([...runOnFixtures].sort());
  });

  test.each([...runOnExpected])(
    '%s gives its layout, outcome, leaf rows, total and exact findings',
    (name, tables) => {
      expect(audited(name, readTables)).toEqual(tables);
    },
  );

  test('one line (c), 10 + 90 form, one leaf score lowered by 1: the 合计 no longer adds up', () => {
    expect(audited('oneline-project-10-90-wrong-score.txt', readTables)).toEqual(
      runOnExpected.get('oneline-project-10-90-wrong-score.txt'),
    );
  });

  test('name then pair (f), one leaf score lowered by 1: the sentence total no longer adds up', () => {
    expect(audited('pairs-two-level-wrong-score.txt', readTables)).toEqual(
      runOnExpected.get('pairs-two-level-wrong-score.txt'),
    );
  });
});

/** The cell texts of every row of a fixture's grids as read by `read`. */
function gridTexts(
  name: string,
  read: (text: string) => readonly CellGrid[] = readTables,
): { layout: string; title: string | undefined; rows: string[][] }[] {
  const text = readFileSync(new URL(name, folder), 'utf8');
  return read(text).map((grid) => ({
    layout: grid.layout,
    title: grid.title?.text,
    rows: grid.rows.map((row) => row.cells.map((cell) => cell.text)),
  }));
}

describe('trial: a budget header with a blank second cell (label-adjacent merged column)', () => {
  test('the 其中 rows are read by header position, and sum to the 总额 in every amount column', () => {
    const table = readScoreTable(
      readTables(
        readFileSync(new URL('markdown-trial-blank-budget-column.md', folder), 'utf8'),
      )[0]!,
    );
    const shown = (value: CellValue | undefined): string | undefined =>
      value?.kind === 'number' ? value.written : value?.kind;
    const amounts = [table.budget?.total, ...(table.budget?.parts ?? [])].map((row) => [
      row?.label,
      shown(row?.values.initialBudget),
      shown(row?.values.budget),
      shown(row?.values.executed),
      shown(row?.values.weight),
      shown(row?.values.score),
    ]);
    expect(amounts).toEqual([
      ['年度资金总额', '500.00', '520.00', '499.20', '10', '9.6'],
      ['其中：当年财政拨款', '500.00', '500.00', '480.00', 'empty', 'empty'],
      ['上年结转资金', '0.00', '20.00', '19.20', 'empty', 'empty'],
    ]);
  });

  test('the whole sheet holds together: no budget_parts finding, no unscored 其中 row', () => {
    expect(audited('markdown-trial-blank-budget-column.md', readTables)).toEqual(
      consistentFixtures.get('markdown-trial-blank-budget-column.md'),
    );
  });

  test('a 其中 row with a weight but a blank 得分 is amounts only, never unscored', () => {
    const text = [
      '| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '|---|---|---|---|---|---|---|',
      '| 年度资金总额 | 500.00 | 520.00 | 499.20 | 10 | 96.00% | 9.6 |',
      '| 其中：当年财政拨款 | 500.00 | 500.00 | 480.00 | 10 | | |',
      '| 上年结转资金 | 0.00 | 20.00 | 19.20 | | | |',
    ].join('\n');
    const report = checkScoreTable(readScoreTable(readTables(text)[0]!));
    expect(report.ok && [report.value.outcome, report.value.unscored.length]).toEqual([
      'consistent',
      0,
    ]);
  });
});

describe('trial: Markdown tables are read as Markdown, and no reader takes a |---| row as data', () => {
  test('t07 (two Markdown tables, a closing narrative line) is read as markdown, title without ##', () => {
    const grids = gridTexts('markdown-trial-project-t07.md');
    expect(grids.map((grid) => [grid.layout, grid.title])).toEqual([
      ['markdown', '项目支出绩效自评表（2024年度）'],
    ]);
    expect(grids[0]?.rows.flat().filter((cell) => cell.includes('---'))).toEqual([]);
  });

  test('t07 end to end: its one real error (产出指标 48.3 of 48.8) and the total it breaks, no 「---」 indicator', () => {
    expect(audited('markdown-trial-project-t07.md', readTables)).toEqual(
      otherFixtures.get('markdown-trial-project-t07.md'),
    );
  });

  test('the | reader, too, skips |---| rows, drops the border |, and strips ## from titles', () => {
    // One `|` line outside the Markdown tables: the text is no longer Markdown only.
    const text = readFileSync(new URL('markdown-trial-project-t07.md', folder), 'utf8');
    const grids = readPipeTables(`${text}\n备注 | 无 |\n`).map((grid) => ({
      title: grid.title?.text,
      rows: grid.rows.map((row) => row.cells.map((cell) => cell.text)),
    }));
    expect(grids.map((grid) => grid.title)).toEqual(['项目支出绩效自评表（2024年度）']);
    expect(grids[0]?.rows.slice(0, 2)).toEqual([
      ['项目名称', '某市示例职业技能提升补贴项目', '', '', '', '', '', ''],
      ['主管部门', '某市人力资源和社会保障局', '实施单位', '某市就业服务中心', '', '', '', ''],
    ]);
    expect(grids[0]?.rows.flat().filter((cell) => cell.includes('---'))).toEqual([]);
  });

  test('a **bold** title line is kept without its markers', () => {
    const text = [
      '**项目支出绩效自评表**',
      '',
      '| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |',
      '|---|---|---|---|---|',
      '| 产出指标 | 数量指标 | 人数 | 100 | 90 |',
    ].join('\n');
    expect(readTables(text).map((grid) => [grid.layout, grid.title?.text])).toEqual([
      ['markdown', '项目支出绩效自评表'],
    ]);
  });
});

describe('trial: a tab-separated table inside a report text is found like a | table', () => {
  test('the table starts at its header (line 10): the narrative lines are not rows of it', () => {
    const grids = readTables(
      readFileSync(new URL('csv-trial-report-with-tab-table.txt', folder), 'utf8'),
    );
    expect(
      grids.map((grid) => [grid.layout, grid.rows.length, grid.rows[0]?.cells[0]?.location]),
    ).toEqual([['csv', 15, { kind: 'text', line: 10, column: 1 }]]);
  });

  test('read and checked end to end like its | twin: 13 leaves, 合计 94.7', () => {
    expect(audited('csv-trial-report-with-tab-table.txt', readTables)).toEqual(
      consistentFixtures.get('csv-trial-report-with-tab-table.txt'),
    );
  });
});

describe('trial: a total that cannot be summed is never printed as "?"', () => {
  test('a 总分 row over an unscored leaf says so in words, its weight and score read by column', () => {
    const text = [
      '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |',
      '|---|---|---|---|---|---|---|---|',
      '| 产出指标 | 数量指标 | 人数 | ≥10 | 10 | 60 | | |',
      '| 效益指标 | 社会效益指标 | 就业率 | ≥70% | 72% | 40 | 40 | |',
      '| 总分 | | | | | 100 | 95.4 | |',
    ].join('\n');
    const table = readScoreTable(readTables(text)[0]!);
    expect(table.totals.map((total) => [total.weight?.written, total.score?.written])).toEqual([
      ['100', '95.4'],
    ]);
    const report = checkScoreTable(table);
    const total = report.ok
      ? report.value.checks.find((check) => check.code === 'total_sum')
      : undefined;
    expect([total?.verdict, total?.arithmetic]).toEqual([
      'unscored',
      '95.4 = 预算执行得分 + 各一级指标得分（有未评分的行）',
    ]);
    expect(
      report.ok && report.value.checks.filter((check) => check.arithmetic.includes('?')),
    ).toEqual([]);
  });
});
