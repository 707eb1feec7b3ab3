import { describe, expect, test } from 'vitest';
import { JixiaoError } from '../../issues/JixiaoError.js';
import { gridOf } from '../../../test/fixtures/tables/grid-build.js';
import { exampleARows } from '../../../test/fixtures/tables/grid-exampleA.js';
import { exampleBRows, exampleBTitle } from '../../../test/fixtures/tables/grid-exampleB.js';
import { exampleCRows } from '../../../test/fixtures/tables/grid-exampleC.js';
import {
  flatListRows,
  lineage2013Rows,
  tenNinetyRows,
  twentyEightyRows,
  unscoredRows,
} from '../../../test/fixtures/tables/grid-variants.js';
import { readCellValue } from './readCellValue.js';
import { readScoreTable } from './readScoreTable.js';
import type { CellValue, IndicatorNode, RowValues, ScoreTable } from './ScoreTable.js';
import { splitNameWeight } from './splitNameWeight.js';

const at = { kind: 'text', line: 1 } as const;
const cell = (text: string) => ({ text, location: at });

/** The tree as lines: indented names, the name-cell weight in brackets, then role=text pairs. */
function outline(nodes: readonly IndicatorNode[], indent = ''): string[] {
  return nodes.flatMap((node) => [
    `${indent}${node.name}${node.nameWeight === undefined ? '' : `(${node.nameWeight.written})`}${valuesText(node.values)}`,
    ...outline(node.children, `${indent}  `),
  ]);
}

function valuesText(values: RowValues | undefined): string {
  if (values === undefined) return '';
  const shown = Object.entries(values)
    .filter(
      ([role]) => role === 'weight' || role === 'score' || role === 'target' || role === 'actual',
    )
    .map(
      ([role, value]: [string, CellValue]) =>
        `${role}=${value.kind === 'empty' ? '∅' : value.cell.text}`,
    );
  return shown.length === 0 ? '' : ` ${shown.join(' ')}`;
}

const budgetText = (table: ScoreTable): string[] =>
  [
    ...(table.budget?.total === undefined ? [] : [table.budget.total]),
    ...(table.budget?.parts ?? []),
  ].map(
    (row) =>
      `${row.kind} ${row.label}: ${Object.entries(row.values)
        .map(
          ([role, value]: [string, CellValue]) =>
            `${role}=${value.kind === 'empty' ? '∅' : value.cell.text}`,
        )
        .join(' ')}`,
  );

describe('Example A (§5.1, `|` layout)', () => {
  const table = readScoreTable(gridOf('pipe', exampleARows));

  test('reads the year from the title row that follows the title', () => {
    expect(table.year?.value).toBe(2024);
    expect(table.title?.text).toBe('项目支出绩效自评表');
  });

  test('reads the budget block by its headers, past the empty label cell', () => {
    expect(budgetText(table)).toEqual([
      'total 年度资金总额: initialBudget=120.00 budget=150.00 executed=144.00 weight=10 rate=96.00% score=9.6',
      'part 其中：当年财政拨款: initialBudget=100.00 budget=130.00 executed=126.00 weight=∅ rate=∅ score=∅',
      'part 上年结转资金: initialBudget=20.00 budget=20.00 executed=18.00 weight=∅ rate=∅ score=∅',
      'part 其他资金: initialBudget=∅ budget=∅ executed=∅ weight=∅ rate=∅ score=∅',
    ]);
  });

  test('aligns shorter rows from the right and carries 一级/二级 names down', () => {
    expect(outline(table.indicators?.roots ?? [])).toEqual([
      '产出指标(50)',
      '  数量指标',
      '    助餐服务覆盖老人数 target=≥800人 actual=856人 weight=10 score=10',
      '    上门探访次数 target=≥2400次 actual=2300次 weight=10 score=9.58',
      '  质量指标',
      '    服务对象档案完整率 target=≥95% actual=98% weight=10 score=10',
      '  时效指标',
      '    补助资金按季拨付及时率 target=100% actual=100% weight=10 score=10',
      '  成本指标',
      '    每餐助餐补助标准 target=≤15元 actual=15元 weight=10 score=10',
      '效益指标(30)',
      '  社会效益指标',
      '    独居老人紧急求助响应 target=及时响应 actual=达成 weight=15 score=15',
      '  可持续影响指标',
      '    站点长效运营机制 target=建立并运行 actual=部分达成 weight=15 score=11',
      '满意度指标(10)',
      '  服务对象满意度指标',
      '    受助老人满意度 target=≥90% actual=93% weight=10 score=10',
    ]);
  });

  test('reads the 总分 row as weight then score, and the conclusion total and grade', () => {
    expect(
      table.totals.map((total) => [total.weight?.written, total.score?.written, total.decidedBy]),
    ).toEqual([['100', '95.18', 'order']]);
    expect(table.statedTotals.map((stated) => [stated.written, stated.how])).toEqual([
      ['95.18', 'sentence'],
    ]);
    expect(table.grades.map((grade) => grade.written)).toEqual(['优']);
  });

  test('keeps each value with its source cell', () => {
    const visits = table.indicators?.roots[0]?.children[0]?.children[1];
    expect(visits?.values?.score).toMatchObject({
      kind: 'number',
      written: '9.58',
      places: 2,
      cell: { location: { kind: 'text', line: 14, column: 5 } },
    });
    expect(table.indicators?.roots[0]?.nameWeight?.cell.location).toEqual({
      kind: 'text',
      line: 13,
      column: 1,
    });
  });

  test('reads every row it sees, with no guess', () => {
    expect([table.rowsSeen, table.rowsRead, table.skipped, table.guesses]).toEqual([
      25,
      25,
      [],
      [],
    ]);
  });
});

describe('Example B (§5.2, one cell per line)', () => {
  const table = readScoreTable(gridOf('cell-per-line', exampleBRows, 'cell', exampleBTitle));

  test('takes the title and year from the grid title', () => {
    expect([table.title?.text, table.year?.value]).toEqual([exampleBTitle, 2024]);
  });

  test('reads a budget header without a label column, and 其他资金 with its cells dropped', () => {
    expect(budgetText(table)).toEqual([
      'total 年度资金总额: initialBudget=75.00 budget=80.00 executed=67.20 weight=10 rate=84.00% score=9',
      'part 其中：当年财政拨款: initialBudget=55.00 budget=60.00 executed=50.40 weight=∅ rate=∅ score=∅',
      'part 上年结转资金: initialBudget=20.00 budget=20.00 executed=16.80 weight=∅ rate=∅ score=∅',
      'part 其他资金: initialBudget=∅ budget=∅ executed=∅ weight=∅ rate=∅ score=∅',
    ]);
  });

  test('places 质量指标 under 产出指标 though its 一级 cell is missing', () => {
    expect(outline(table.indicators?.roots ?? []).slice(0, 5)).toEqual([
      '产出指标(50)',
      '  数量指标',
      '    养护农村公路里程 target=≥60公里 actual=62公里 weight=25 score=25',
      '  质量指标',
      '    养护路段检查合格率 target=≥95% actual=93% weight=25 score=24.47',
    ]);
  });
});

describe('Example C (§5.3, one line, 分值 before 年度指标值)', () => {
  const table = readScoreTable(gridOf('one-line', exampleCRows));

  test('maps the columns by header, not by the national order', () => {
    const rate = table.indicators?.roots[1]?.children[0]?.children[0];
    expect(`${rate?.name ?? ''}${valuesText(rate?.values)}`).toBe(
      '预算执行率 weight=10 target=100% actual=96.00% score=9.6',
    );
  });

  test('reads the title with a space before （2024年度）, and the 资金来源 label column', () => {
    expect(table.year?.value).toBe(2024);
    expect(budgetText(table)[0]).toBe(
      'total 年度资金总额: initialBudget=1650.00 budget=1860.00 executed=1785.60',
    );
  });

  test('reads the goal texts as text rows, not cells', () => {
    expect(table.texts.map((text) => text.label)).toEqual([
      '部门（单位）名称',
      '年度总体目标',
      '完成年度重点任务，业务事项按时办结。',
    ]);
  });

  test('reads the 二级 weights written in name cells', () => {
    expect(
      outline(table.indicators?.roots ?? []).filter((line) => !line.startsWith('    ')),
    ).toEqual([
      '规划(20)',
      '  目标设定(12)',
      '  预算编制(8)',
      '执行(30)',
      '  预算执行(16)',
      '  管理规范(14)',
      '效果(50)',
      '  履职产出(30)',
      '  履职效益(20)',
    ]);
  });
});

describe('regional variants', () => {
  test('20 + 80: weights only in name cells and block titles, the rule printed in the header', () => {
    const table = readScoreTable(gridOf('pipe', twentyEightyRows));
    expect([table.budget?.titleWeight?.written, table.indicators?.titleWeight?.written]).toEqual([
      '20',
      '80',
    ]);
    expect(budgetText(table)).toEqual([
      'total 年度财政资金总额: budget=12.50 executed=12.00 rate=96.00% score=19.2',
    ]);
    expect(outline(table.indicators?.roots ?? [])[2]).toBe(
      '    保洁河道长度 target=≥30公里 actual=30公里 score=15',
    );
  });

  test('20 + 80: a 总分 row with one number equal to the scores is the score total', () => {
    const table = readScoreTable(gridOf('pipe', twentyEightyRows));
    expect(
      table.totals.map((total) => [total.weight?.written, total.score?.written, total.decidedBy]),
    ).toEqual([[undefined, '93.7', 'score-sum']]);
    expect(table.guesses.map((guess) => guess.code)).toEqual(['total_single_number']);
  });

  test('10 + 90: 年度预算数(万元) is the label column, 其中 rows hold `/`, the block title weighs 90', () => {
    const table = readScoreTable(gridOf('cell-per-line', tenNinetyRows, 'cell'));
    expect(budgetText(table)[1]).toBe(
      'part 其中：财政资金: initialBudget=40.00 budget=48.00 executed=46.00 rate=95.83% weight=/ score=/ reason=∅',
    );
    expect([table.budget?.titleWeight?.written, table.indicators?.titleWeight?.written]).toEqual([
      '10',
      '90',
    ]);
  });

  test('10 + 90: a 二级 name split over two cells (经济效益 | 指标) is joined, and the join recorded', () => {
    const table = readScoreTable(gridOf('cell-per-line', tenNinetyRows, 'cell'));
    expect(table.indicators?.roots[1]?.children[0]?.name).toBe('经济效益指标');
    expect(table.guesses.map((guess) => guess.code)).toEqual(['name_fragments_joined']);
  });

  test('flat list: 序号 is no name, and the 自评总分(分) cell in the header area is a stated total', () => {
    const table = readScoreTable(gridOf('pipe', flatListRows));
    expect(
      table.indicators?.roots.map((root) => [root.depth, root.name, root.values?.sequence?.kind]),
    ).toEqual([
      [1, '档案数字化完成率', 'number'],
      [1, '业务培训次数', 'number'],
      [1, '窗口服务差评率', 'number'],
      [1, '制度执行规范性', 'number'],
    ]);
    expect(table.statedTotals.map((stated) => [stated.written, stated.how])).toEqual([
      ['30.6', 'label-cell'],
    ]);
    expect(table.indicators?.columns.find((column) => column.role === 'coefficient')?.percent).toBe(
      true,
    );
  });

  test('2013 lineage: a header split over two rows, empty merged cells carried, category rows with values', () => {
    const table = readScoreTable(gridOf('csv', lineage2013Rows));
    expect(outline(table.indicators?.roots ?? []).slice(0, 5)).toEqual([
      '投入(20) weight=20 score=18',
      '  目标设定(8)',
      '    绩效目标合理性 weight=8 score=7',
      '  预算配置(12)',
      '    在职人员控制率 weight=12 score=11',
    ]);
    expect(table.guesses.map((guess) => guess.code)).toEqual(['header_joined']);
    expect(table.totals.map((total) => total.decidedBy)).toEqual(['columns']);
  });

  test('an unscored sheet: the 合计 row’s one number is the weight total', () => {
    const table = readScoreTable(gridOf('pipe', unscoredRows));
    expect(
      table.totals.map((total) => [total.weight?.written, total.score?.written, total.decidedBy]),
    ).toEqual([['100', undefined, 'unscored-sheet']]);
  });
});

describe('rows and headers the layouts break', () => {
  const header = [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ];

  test('a row whose empty reason cell was dropped is realigned, and the guess recorded', () => {
    const table = readScoreTable(
      gridOf('one-line', [header, ['产出指标', '数量指标', '甲', '≥10个', '9个', '10', '9']]),
    );
    expect(outline(table.indicators?.roots ?? [])[2]).toBe(
      '    甲 target=≥10个 actual=9个 weight=10 score=9',
    );
    expect(table.guesses.map((guess) => guess.code)).toEqual(['row_realigned']);
  });

  test('a header split into fragments within one row (全年 | 预算数) is joined', () => {
    const table = readScoreTable(
      gridOf('cell-per-paragraph', [
        ['项目资金', '年初预算数', '全年', '预算数', '全年执行数'],
        ['年度资金总额', '10.00', '12.00', '11.00'],
      ]),
    );
    expect(budgetText(table)).toEqual([
      'total 年度资金总额: initialBudget=10.00 budget=12.00 executed=11.00',
    ]);
    expect(table.guesses.map((guess) => guess.code)).toEqual(['header_joined']);
  });

  test('a budget row missing a cell is aligned at its percentage, and the guess recorded', () => {
    const table = readScoreTable(
      gridOf('one-line', [
        ['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', '80', '67.2', '10', '84%', '8.4'],
      ]),
    );
    expect(budgetText(table)).toEqual([
      'total 年度资金总额: initialBudget=∅ budget=80 executed=67.2 weight=10 rate=84% score=8.4',
    ]);
    expect(table.guesses.map((guess) => guess.code)).toEqual(['budget_row_anchored']);
  });

  test('a total row with one number that equals the weight sum, not the score sum, is the weight total', () => {
    const table = readScoreTable(
      gridOf('pipe', [
        ['一级指标', '三级指标', '分值', '得分'],
        ['产出指标', '甲', '60', '50'],
        ['效益指标', '乙', '40', '30'],
        ['合计', '100'],
      ]),
    );
    expect(
      table.totals.map((total) => [total.weight?.written, total.score?.written, total.decidedBy]),
    ).toEqual([['100', undefined, 'weight-sum']]);
  });

  test('a row before any header is skipped with its reason', () => {
    const table = readScoreTable(gridOf('pipe', [['某某', '12'], ...exampleBRows]));
    expect(table.skipped.map((skipped) => skipped.reason.en)).toEqual([
      'a row before any header, not recognised',
    ]);
    expect([table.rowsSeen, table.rowsRead]).toEqual([12, 11]);
  });

  test('a grid that is no grid is an invalid argument', () => {
    expect(() => readScoreTable(null as never)).toThrow(JixiaoError);
  });
});

describe('cell values', () => {
  test.each([
    ['１，８６０．００', 'number', '1860.00', 2],
    ['96.00％', 'number', '96.00%', 2],
    ['1,140.00', 'number', '1140.00', 2],
    ['10分', 'number', '10', 0],
    ['/', 'notApplicable', undefined, undefined],
    ['—', 'notApplicable', undefined, undefined],
    ['无', 'notApplicable', undefined, undefined],
    ['\u00a0', 'empty', undefined, undefined],
    ['≥95%', 'text', undefined, undefined],
  ])('%s reads as %s', (text, kind, written, places) => {
    const value = readCellValue(cell(text));
    expect([
      value.kind,
      value.kind === 'number' ? value.written : undefined,
      value.kind === 'number' ? value.places : undefined,
    ]).toEqual([kind, written, places]);
  });

  test('a weight in a name cell is split off, other brackets stay', () => {
    expect(splitNameWeight(cell('预算执行情况（万元）（20分）'))).toMatchObject({
      name: '预算执行情况（万元）',
      weight: { written: '20' },
    });
    expect(splitNameWeight(cell('决策（30 分）')).weight?.written).toBe('30');
    expect(splitNameWeight(cell('项目资金（万元）')).weight).toBeUndefined();
  });
});

/**
 * The two forms of a row shorter than its header (see {@link readScoreTable}): merged and dropped
 * cells left out (the `|` reader), or the row filled out with empty cells (the per-line and
 * per-paragraph readers, sheets). Both read into the same score table.
 */
describe('short rows: cells left out or filled with empty cells read the same', () => {
  /**
   * What a reading holds, without cell locations (which differ between the two forms) and without
   * how a total row was decided (by its columns in a full row, by its order in a short one).
   */
  const reading = (table: ScoreTable) => ({
    outline: outline(table.indicators?.roots ?? []),
    sequences: sequencesOf(table.indicators?.roots ?? []),
    budget: budgetText(table),
    totals: table.totals.map((total) => [total.weight?.written, total.score?.written]),
    skipped: table.skipped.length,
    rowsRead: table.rowsRead,
  });
  const sequenceHeader = ['序号', '一级指标', '二级指标', '三级指标', '分值', '得分'];
  // 决策 20 = 目标设定 8 (4 + 4) + 预算配置 12; 过程 30; scores 4 + 3 + 11 + 28 = 46.
  const sequenceShort = [
    sequenceHeader,
    ['1', '决策（20分）', '目标设定（8分）', '绩效目标合理性', '4', '4'],
    ['2', '绩效指标明确性', '4', '3'],
    ['3', '预算配置（12分）', '预算编制科学性', '12', '11'],
    ['4', '过程（30分）', '资金管理（30分）', '资金使用合规性', '30', '28'],
    ['合计', '50', '46'],
  ];
  const sequenceFilled = [
    sequenceHeader,
    ['1', '决策（20分）', '目标设定（8分）', '绩效目标合理性', '4', '4'],
    ['2', '', '', '绩效指标明确性', '4', '3'],
    ['3', '', '预算配置（12分）', '预算编制科学性', '12', '11'],
    ['4', '过程（30分）', '资金管理（30分）', '资金使用合规性', '30', '28'],
    ['合计', '', '', '', '50', '46'],
  ];
  const sequenceTree = [
    '决策(20)',
    '  目标设定(8)',
    '    绩效目标合理性 weight=4 score=4',
    '    绩效指标明确性 weight=4 score=3',
    '  预算配置(12)',
    '    预算编制科学性 weight=12 score=11',
    '过程(30)',
    '  资金管理(30)',
    '    资金使用合规性 weight=30 score=28',
  ];

  test('a 序号 column with merged 一级/二级 cells left out: the 序号 is read from the left, the names from the right', () => {
    const table = readScoreTable(gridOf('pipe', sequenceShort));
    expect(outline(table.indicators?.roots ?? [])).toEqual(sequenceTree);
    expect(sequencesOf(table.indicators?.roots ?? [])).toEqual(['1', '2', '3', '4']);
  });

  test('a 序号 column with merged cells filled with empty cells reads the same as with them left out', () => {
    const filled = readScoreTable(gridOf('cell-per-line', sequenceFilled, 'cell'));
    expect(reading(filled)).toEqual(reading(readScoreTable(gridOf('pipe', sequenceShort))));
    expect(outline(filled.indicators?.roots ?? [])).toEqual(sequenceTree);
  });

  test('a 序号 column with the reason and method columns after the score reads the same in both forms', () => {
    const header = ['序号', '一级指标', '二级指标', '三级指标', '指标分值', '评分标准', '自评得分'];
    const short = [
      header,
      ['1', '规划（12分）', '目标设定（12分）', '绩效目标合理性', '7', '符合得满分', '7'],
      ['2', '绩效目标细化程度', '5', '每缺一项扣0.5分', '3.5'],
    ];
    const filled = [
      header,
      ['1', '规划（12分）', '目标设定（12分）', '绩效目标合理性', '7', '符合得满分', '7'],
      ['2', '', '', '绩效目标细化程度', '5', '每缺一项扣0.5分', '3.5'],
    ];
    const left = readScoreTable(gridOf('pipe', short));
    expect(reading(left)).toEqual(reading(readScoreTable(gridOf('csv', filled))));
    expect(outline(left.indicators?.roots ?? [])).toEqual([
      '规划(12)',
      '  目标设定(12)',
      '    绩效目标合理性 weight=7 score=7',
      '    绩效目标细化程度 weight=5 score=3.5',
    ]);
  });

  test('rows without 序号, merged cells left out or filled with empty cells, read the same', () => {
    const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
    const short = [
      header,
      ['产出指标(20分)', '数量指标', '甲', '≥10个', '10个', '10', '10'],
      ['乙', '≥5个', '4个', '10', '8'],
      ['效益指标(10分)', '社会效益指标', '丙', '≥90%', '', '', ''],
      ['总分', '30', '18'],
    ];
    const filled = [
      header,
      ['产出指标(20分)', '数量指标', '甲', '≥10个', '10个', '10', '10'],
      ['', '', '乙', '≥5个', '4个', '10', '8'],
      ['效益指标(10分)', '社会效益指标', '丙', '≥90%', '', '', ''],
      ['总分', '', '', '', '', '30', '18'],
    ];
    const left = readScoreTable(gridOf('pipe', short));
    expect(reading(left)).toEqual(
      reading(readScoreTable(gridOf('cell-per-paragraph', filled, 'cell'))),
    );
    expect(outline(left.indicators?.roots ?? [])).toEqual([
      '产出指标(20)',
      '  数量指标',
      '    甲 target=≥10个 actual=10个 weight=10 score=10',
      '    乙 target=≥5个 actual=4个 weight=10 score=8',
      '效益指标(10)',
      '  社会效益指标',
      '    丙 target=≥90% actual=∅ weight=∅ score=∅',
    ]);
  });
});

/** The 序号 of every leaf, in order (`-` where none was read). */
function sequencesOf(nodes: readonly IndicatorNode[]): string[] {
  return nodes.flatMap((node) =>
    node.children.length === 0
      ? [node.values?.sequence?.kind === 'number' ? node.values.sequence.written : '-']
      : sequencesOf(node.children),
  );
}
