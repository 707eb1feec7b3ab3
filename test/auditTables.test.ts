// `jixiao audit` reads score tables as well as narrative sentences: every table in the text (any
// text or run-on layout) is read into a score table and checked without a scheme, its checks join
// the narrative's, and a total the narrative states must agree with the table's 总分/合计 row. Run
// through the in-process CLI (test/support/runJixiao.ts), and through `auditText` directly.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { auditText } from '../src/audit/auditText.js';
import { runJixiao } from './support/runJixiao.js';

const folder = new URL('fixtures/tables/', import.meta.url).pathname;
const fixture = (name: string): string => join(folder, name);
const scratch = mkdtempSync(join(tmpdir(), 'jixiao-audit-tables-'));
function withFile(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

interface Located {
  readonly line: number;
  readonly column?: number;
}
interface JsonCheck {
  readonly code: string;
  readonly verdict: string;
  readonly name: string;
  readonly claimed: string;
  readonly recomputed: string;
  readonly source?: Located;
  readonly related?: readonly Located[];
}
interface JsonTable {
  readonly layout: string;
  readonly rowsSeen: number;
  readonly rowsRead: number;
  readonly outcome: string;
  readonly skippedRows?: readonly unknown[];
  readonly guessed?: readonly unknown[];
}
interface JsonAudit {
  readonly exit: number;
  readonly status: string;
  readonly coverage: {
    readonly tables: readonly JsonTable[];
    readonly notes?: readonly { zh: string; en: string }[];
    readonly checks: number;
    readonly read?: { readonly totals: number };
    readonly placement: {
      readonly placed: readonly { names: string[]; id: string; how: string }[];
      readonly withinSlots: number;
      readonly unplaced: readonly { names: string[] }[];
      readonly missing: readonly { id: string; name: string }[];
    };
  };
  readonly checks: readonly JsonCheck[];
  readonly findings: readonly JsonCheck[];
  readonly issues?: readonly { code: string }[];
}

/** The audit of a file as JSON, with its exit code. */
function auditJson(path: string, ...options: readonly string[]): JsonAudit {
  const run = runJixiao('audit', path, '--format', 'json', ...options);
  const parsed = JSON.parse(run.stdout) as JsonAudit;
  expect(parsed.exit).toBe(run.code);
  return parsed;
}

/** A table as the coverage states it: layout, rows read of rows seen, outcome. */
const tableLine = (table: JsonTable): string =>
  `${table.layout} ${table.rowsRead}/${table.rowsSeen} ${table.outcome}`;

/** A finding in one line: code, subject, claimed → recomputed, at line[:column]. */
const findingLine = (check: JsonCheck): string =>
  `${check.code} ${check.name}: ${check.claimed} → ${check.recomputed} @${check.source?.line ?? '?'}${check.source?.column === undefined ? '' : `:${check.source.column}`}`;

/** Every text fixture test/tables.test.ts reads as consistent, with its tables' coverage. */
const consistentFixtures: readonly (readonly [string, readonly string[]])[] = [
  ['csv-20-80-tab.tsv', ['csv 10/10 consistent']],
  ['csv-project-10-90.csv', ['csv 10/10 consistent']],
  ['markdown-20-80.md', ['markdown 12/12 consistent']],
  ['markdown-department-flat.md', ['markdown 8/8 consistent']],
  ['paragraph-10-90.txt', ['cell-per-paragraph 9/9 consistent']],
  ['paragraph-national.txt', ['cell-per-paragraph 12/12 consistent']],
  ['perline-20-80-bar.txt', ['cell-per-line 9/9 consistent']],
  ['perline-department-sequence.txt', ['cell-per-line 7/7 consistent']],
  ['pipe-department-sequence.txt', ['pipe 13/13 consistent']],
  ['pipe-example-a.txt', ['pipe 23/23 consistent']],
  ['pipe-project-10-90.txt', ['pipe 16/16 consistent', 'pipe 7/7 consistent']],
];

describe('consistent tables audit clean, stating their layout', () => {
  test.each(consistentFixtures)('%s exits 0 with its tables in the coverage', (name, tables) => {
    const audit = auditJson(fixture(name));
    expect([
      audit.exit,
      audit.status,
      audit.coverage.tables.map(tableLine),
      audit.findings.map(findingLine),
      audit.checks.length > 0,
    ]).toEqual([0, 'consistent', tables, [], true]);
  });

  test('the table output lists each table: layout, rows read of rows seen, repairs by kind with their places, outcome', () => {
    const run = runJixiao('audit', fixture('pipe-project-10-90.txt'));
    expect([run.code, run.stdout.split('\n').slice(2, 7)]).toEqual([
      0,
      [
        '评分表：2 张（表内核对不依赖方案）',
        '  表 1：第 1 行起，版式 pipe，「部门预算项目支出绩效自评表（2023年度）」，读出 16/16 行，修补 3 处，推测 0 处，自洽',
        '    修补：第 12 行接续上一单元格的文字（单元格内换行） [cell_wrapped]（第 12 行第 1 列、第 13 行第 1 列）',
        '    修补：第 15 行接续上一行的表格行（行在单元格之间断开） [row_continued]（第 15 行第 1 列）',
        '  表 2：第 21 行起，版式 pipe，「部门预算项目支出绩效自评表（2023年度）」，读出 7/7 行，修补 0 处，推测 0 处，自洽',
      ],
    ]);
  });
});

describe('detection over the text and run-on layouts together', () => {
  test('cells in column order win over a one-cell-per-line reading that gives no row', () => {
    const audit = auditJson(fixture('columns-dept-cell-per-line.txt'));
    expect(audit.coverage.tables.map(tableLine)).toEqual(['column-order 5/5 unscored']);
  });
});

describe('inconsistent tables exit 1 with exactly their findings, each at its line', () => {
  test('Example B (one cell per line): only the budget score 9 of 8.4, on line 11', () => {
    const audit = auditJson(fixture('perline-example-b.txt'));
    expect([
      audit.exit,
      audit.coverage.tables.map(tableLine),
      audit.findings.map(findingLine),
    ]).toEqual([
      1,
      ['cell-per-line 11/11 inconsistent'],
      ['budget_score 年度资金总额: 9 → 8.40 @14:1'],
    ]);
  });

  test('a narrative 其中 list whose category scores are not the table’s: one finding per category, at the narrative line', () => {
    const audit = auditJson(fixture('pipe-narrative-category-disagrees.txt'));
    expect([
      audit.exit,
      audit.coverage.tables.map(tableLine),
      audit.findings.map(findingLine),
    ]).toEqual([
      1,
      ['pipe 5/5 consistent'],
      ['matches_table 过程: 37 → 36 @1', 'matches_table 产出: 35 → 36 @1'],
    ]);
  });

  test('Example B in the table output: the finding names its line and the arithmetic', () => {
    const run = runJixiao('audit', fixture('perline-example-b.txt'));
    const lines = run.stdout.split('\n');
    const at = lines.indexOf('发现 1 处不一致：');
    expect([run.code, lines.slice(at, at + 3)]).toEqual([
      1,
      [
        '发现 1 处不一致：',
        '  第 14 行第 1 列：「年度资金总额」得分为 9，但 min(67.20 ÷ 80.00, 100%) × 10 = 8.4（相差 0.6）',
        '    核对: 得分 = min(执行数 ÷ 全年预算数, 100%) × 分值：min(67.20 ÷ 80.00, 100%) × 10 = 8.4  «9»',
      ],
    ]);
  });

  test('a 20 + 80 sheet whose budget score was raised: the budget score and the total', () => {
    const audit = auditJson(fixture('perline-20-80-bar-wrong-score.txt'));
    expect([audit.exit, audit.findings.map(findingLine)]).toEqual([
      1,
      ['budget_score 年度财政资金总额: 19.6 → 19.20 @13:1', 'total_sum 总分: 88.02 → 88.42 @45:1'],
    ]);
  });

  test('a 序号 sheet (pipe cells) with one leaf score lowered: the 总分 on line 17', () => {
    const audit = auditJson(fixture('pipe-department-sequence-wrong-score.txt'));
    expect([audit.exit, audit.findings.map(findingLine)]).toEqual([
      1,
      ['total_sum 总分: 94.9 → 94.4 @17:22'],
    ]);
  });
});

describe('too little to check, and nothing to read', () => {
  test('a sheet with empty 得分 cells exits 3: unscored rows are never consistent', () => {
    const audit = auditJson(fixture('perline-20-80-unscored.txt'));
    expect([
      audit.exit,
      audit.status,
      audit.coverage.tables.map(tableLine),
      audit.checks
        .filter((check) => check.verdict === 'unscored')
        .map((check) => `${check.code} ${check.name} @${check.source?.line ?? '?'}`),
    ]).toEqual([
      3,
      'too_little_to_check',
      ['cell-per-line 9/9 unscored'],
      ['unscored_row 居民满意度 @43', 'total_sum 总分 @45'],
    ]);
  });

  test('a text with no table and no sentence exits 2, with JSON saying no table was found', () => {
    const audit = auditJson(
      withFile('poem.txt', '床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n'),
    );
    expect([audit.exit, audit.issues?.map((issue) => issue.code), audit.coverage.tables]).toEqual([
      2,
      ['no_claims'],
      [],
    ]);
  });
});

describe('narrative and table read together', () => {
  const exampleC = readFileSync(fixture('oneline-example-c.txt'), 'utf8');

  test('Example C: 综合评分为94.9分 (line 12) agrees with the one-line table’s 合计 94.9, exit 0', () => {
    const audit = auditJson(fixture('oneline-example-c.txt'));
    const restated = audit.checks.filter((check) => check.code === 'repeated_total');
    expect([
      audit.exit,
      audit.coverage.read?.totals,
      audit.coverage.tables.map(tableLine),
      restated.map((check) => [
        check.verdict,
        check.claimed,
        check.source?.line,
        check.related?.map((each) => each.line),
      ]),
      audit.checks.filter((check) => check.source?.column === undefined).length,
      audit.checks.filter((check) => check.code === 'matches_table').map((check) => check.name),
      audit.checks.length,
    ]).toEqual([
      0,
      1,
      ['one-line 22/22 consistent'],
      [['consistent', '94.9', 26, [12]]],
      // The narrative's 10 checks, and its 9 scores by name, each agreeing with the table's.
      19,
      [
        '规划',
        '执行',
        '效果',
        '目标设定',
        '预算编制',
        '预算执行率',
        '管理规范',
        '履职产出',
        '履职效益',
      ],
      69,
    ]);
  });

  test('Example C with 综合评分为95.9分: the narrative total and the table’s disagree, exit 1', () => {
    const altered = exampleC.replace('综合评分为94.9分', '综合评分为95.9分');
    const audit = auditJson(withFile('example-c-95.9.txt', altered));
    expect([
      audit.exit,
      audit.findings.map(findingLine),
      audit.findings.map((check) => check.related?.map((each) => each.line)),
    ]).toEqual([
      1,
      // The narrative's own sum of its categories, and the table's 合计 against the narrative.
      ['total_sum 总分: 95.9 → 94.9 @12', 'repeated_total 总分: 95.9 → 94.9 @26:812'],
      [undefined, [12]],
    ]);
  });

  test('auditText gives servers the same audit without the CLI', () => {
    const audit = auditText(exampleC);
    expect(
      audit.ok && [
        audit.value.status,
        audit.value.tables.map((table) => table.layout),
        audit.value.checks.length,
        audit.value.findings.length,
      ],
    ).toEqual(['consistent', ['one-line'], 69, 0]);
  });

  test('auditText returns issues for a text that is not a string or options that are not an object', () => {
    const notText = auditText(42 as unknown as string);
    const notOptions = auditText('综合评分为94.9分', null as unknown as object);
    expect([
      notText.ok ? [] : notText.issues.map((issue) => [issue.code, issue.path]),
      notOptions.ok ? [] : notOptions.issues.map((issue) => [issue.code, issue.path]),
    ]).toEqual([[['invalid_argument', ['report']]], [['invalid_argument', ['options']]]]);
  });

  test('with --scheme, the rows are placed on the scheme by name: a project table against the 2023 department preset is three findings', () => {
    const audit = auditJson(
      fixture('pipe-example-a.txt'),
      '--scheme',
      'gz-department-overall@2023',
    );
    expect([
      audit.exit,
      audit.coverage.tables.map(tableLine),
      audit.coverage.placement.placed.map(
        (row) => `${row.names.join(' › ')} → ${row.id} (${row.how})`,
      ),
      audit.coverage.placement.withinSlots,
      audit.coverage.placement.unplaced.map((row) => row.names.join(' › ')),
      audit.coverage.placement.missing.length,
      audit.findings.map(
        (finding) => `${finding.code} ${finding.name} ${finding.claimed} ≠ ${finding.recomputed}`,
      ),
    ]).toEqual([
      1,
      ['pipe 23/23 consistent'],
      [
        '产出指标 → outputs (part)',
        '效益指标 → benefits (part)',
        '年度资金总额 → budget-execution-rate (role)',
      ],
      7,
      [
        '满意度指标',
        '满意度指标 › 服务对象满意度指标',
        '满意度指标 › 服务对象满意度指标 › 受助老人满意度',
      ],
      23,
      [
        'scheme_period gz-department-overall@2023 2024 ≠ 2023',
        'weight_matches_scheme 部门整体绩效目标：产出指标 50 ≠ 20',
        'weight_matches_scheme 部门整体绩效目标：效益指标 30 ≠ 20',
      ],
    ]);
  });

  test('against the national project preset the same table places every 一级 row and agrees, exit 0', () => {
    const audit = auditJson(fixture('pipe-example-a.txt'), '--scheme', 'national-project@2020');
    expect([
      audit.exit,
      audit.coverage.placement.placed.map((row) => row.id),
      audit.coverage.placement.unplaced,
      audit.coverage.placement.missing,
      audit.checks
        .filter((check) => ['weight_matches_scheme', 'scheme_period'].includes(check.code))
        .map((check) => `${check.code} ${check.claimed} ${check.verdict}`),
    ]).toEqual([
      0,
      ['outputs', 'benefits', 'satisfaction', 'budget-execution-rate'],
      [],
      [],
      [
        'scheme_period 2024 consistent',
        'weight_matches_scheme 10 consistent',
        'weight_matches_scheme 50 consistent',
        'weight_matches_scheme 30 consistent',
        'weight_matches_scheme 10 consistent',
      ],
    ]);
  });
});

const reportPath = new URL('../../shared/reports/nanzhou-2023-self-evaluation.txt', import.meta.url)
  .pathname;

describe('the reference report', () => {
  test('holds no table the readers find: its 93 narrative checks, 0 inconsistent, exit 0', () => {
    const audit = auditJson(reportPath);
    expect([audit.exit, audit.coverage.tables, audit.checks.length, audit.findings]).toEqual([
      0,
      [],
      93,
      [],
    ]);
  });
});

/** Words, numbers and separators of score tables and narratives, mixed at random. */
const tableish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '总分',
        '合计',
        '分值',
        '得分',
        '一级指标',
        '三级指标',
        '年度资金总额',
        '其中：',
        '综合评分为',
        '分',
        '评价等级为优',
        '|',
        '\n',
        '\n\n',
        ',',
        '\t',
        ' ',
        '（20分）',
        '---',
      ),
      fc.stringMatching(/^[0-9]{1,3}(?:\.[0-9]{1,2})?%?$/),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('auditText never throws', () => {
  property.prop([tableish], { numRuns: 100 })(
    'on random mixes of table words, numbers and separators it returns an audit',
    (text) => {
      const audit = auditText(text);
      expect(audit.ok && typeof audit.value.status).toBe('string');
    },
  );
});

/**
 * An invented 项目支出 sheet in `|` cells (a village e-commerce project, 总分 94.08 on line
 * `offset + 21`, 评价结论 on `offset + 22`), after `narrative` (its lines come first).
 */
function pipeSheet(
  narrative: readonly string[],
  conclusion = '项目自评得分94.08分，评价等级为优。',
) {
  return [
    ...narrative,
    '项目支出绩效自评表 | |||||||',
    '（2024年度） | |||||||',
    '项目名称 | 某县示例村级电商服务站建设项目 | |||||||',
    '主管部门 | 某县商务局 | 实施单位 | 某县电子商务服务中心 | |||||',
    '项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
    '年度资金总额： | 80.00 | 90.00 | 86.40 | 10 | 96.00% | 9.6 |',
    '其中：本年财政拨款 | 70.00 | 80.00 | 77.40 | | | |',
    '上年结转资金 | 10.00 | 10.00 | 9.00 | | | |',
    '其他资金 | |||||||',
    '年度总体目标 | 预期目标 | 实际完成情况 |',
    '新建村级电商服务站20个，培训从业人员500人次。 | 服务站全部建成，培训460人次。 |',
    '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分 值 | 得 分 | 偏差原因 分析及改进措施 |',
    '产出指标(50分) | 数量指标 | 新建村级电商服务站数量 | ≥20个 | 20个 | 15 | 15 ||',
    '培训农村电商从业人员 | ≥500人次 | 460人次 | 10 | 9.2 | 农忙时节部分学员未到课，',
    '下年度改为夜校和线上授课 |',
    '质量指标 | 服务站验收合格率 | 100% | 100% | 10 | 10 ||',
    '时效指标 | 站点建成时限 | 9月底前 | 9月底前 | 5 | 5 ||',
    '成本指标 | 单站建设补助标准 | ≤3万元 | 2.8万元 | 10 | 10 ||',
    '效益指标（30分） | 经济效益指标 | 带动农产品线上销售额 | ≥800万元 | 845万元 | 15 | 15 ||',
    '社会效益指标 | 带动农户增收 | 效果明显 | 部分达成 | 15 | 10.5 | 部分站点运营时间短 |',
    '满意度指标(10分) | 服务对象满意度指标 | 入驻农户满意度 | ≥90% | 88% | 10 | 9.78 | 物流时效有待提升 |',
    '总分 | 100 | 94.08 | ||||||',
    `评价结论 | ${conclusion} |`,
    '项目负责人：陈某 | 财务负责人：刘某 |',
  ].join('\n');
}

/** The audit of a text through auditText, or a thrown error. */
function audited(text: string) {
  const result = auditText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('one comparison is one check, whichever side states it', () => {
  test('a narrative total that disagrees with the table’s 总分 is one finding, naming both lines', () => {
    const audit = audited(pipeSheet(['示例单位自评报告', '本项目绩效自评综合评分为94.5分。']));
    expect(
      audit.findings.map((check) => [
        check.code,
        check.message.zh,
        check.check.zh,
        check.source?.line,
        check.related?.map((each) => each.line),
      ]),
    ).toEqual([
      [
        'repeated_total',
        '综合评分 94.5（第 2 行）与评分表总分 94.08（第 24 行）不一致',
        '叙述所写总分与评分表总分应一致（按叙述所写的位数）：94.5 与 94.08',
        24,
        [2],
      ],
    ]);
  });

  test('a narrative total that agrees with the table’s says so in the same words', () => {
    const audit = audited(pipeSheet(['该项目绩效自评得分94.08分。']));
    expect(
      audit.checks
        .filter((check) => check.related?.some((each) => each.line === 1) === true)
        .map((check) => [check.code, check.verdict, check.message.zh]),
    ).toEqual([
      [
        'repeated_total',
        'consistent',
        '自评得分 94.08（第 1 行）与评分表总分 94.08（第 23 行）一致',
      ],
    ]);
  });

  test('a wrong grade in the table’s 评价结论 row is one finding, not one from each reader', () => {
    const audit = audited(pipeSheet([], '项目自评得分94.08分，评价等级为良。'));
    expect(audit.findings.map((check) => [check.code, check.source?.line])).toEqual([
      ['grade', 23],
    ]);
  });

  test('the table’s total sentence is not a narrative total, nor a note that it was stated once', () => {
    const audit = audited(pipeSheet([]));
    expect([audit.claims.total.length, audit.claims.grade.length, audit.skipped]).toEqual([
      0,
      0,
      [],
    ]);
  });
});

describe('the text of a table’s cells is not read as narrative', () => {
  const sheet = [
    '某区示例局2024年度部门整体支出绩效自评报告',
    '本局综合评分为95分，评价等级为优。',
    '附件：部门整体支出绩效评价指标表',
    '序号\t一级指标\t二级指标\t三级指标\t指标分值\t评分标准\t自评得分',
    '1\t规划（20分）\t目标设定（20分）\t绩效目标合理性\t10\t相符得10分，每有1项不符扣2分\t10',
    '2\t\t\t绩效目标明确性\t10\t明确得10分，每缺1项扣1分\t9',
    '3\t执行（30分）\t预算执行（30分）\t预算执行率\t15\t执行率×15分\t15',
    '4\t\t\t资金使用合规性\t15\t合规得15分，发现1起扣5分\t15',
    '5\t效果（50分）\t履职产出（50分）\t重点工作完成率\t25\t完成率×25分\t25',
    '6\t\t\t工作完成及时性\t25\t每超1个百分点扣1分\t21',
    '合计\t\t\t\t100\t\t95',
  ].join('\n');

  test('the 评分标准 column’s deductions are neither unplaced text nor unchecked claims', () => {
    const audit = audited(sheet);
    expect([
      audit.tables.length,
      audit.claims.unplaced,
      audit.claims.named ?? [],
      audit.skipped,
      audit.findings,
    ]).toEqual([1, [], [], [], []]);
  });

  test('a deduction rule in a sentence (每…扣, 发现…扣, 否则扣) is a rule, not a claim', () => {
    const audit = audited(
      '自评得分为96分。绩效目标按每缺1项扣1分评分；资金使用合规性以发现1起扣5分为准；未按期报送的否则扣2分。',
    );
    expect([audit.claims.unplaced, audit.claims.named ?? [], audit.skipped.length]).toEqual([
      [],
      [],
      1,
    ]);
  });

  test('a deduction stated as a fact is still read', () => {
    const audit = audited('绩效目标明确性扣1分。');
    expect(audit.claims.named?.map((entry) => entry.name)).toEqual(['绩效目标明确性']);
  });
});

describe('the coverage says which rows were not read, and what 推测 means', () => {
  test('a row the reader could not read is named by its reason, and listed in the JSON', () => {
    const text = [
      '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |',
      '产出指标(50分) | 数量指标 | 甲指标 | 30 | 30 |',
      '质量指标 | 乙指标 | 20 | 19 |',
      '| | 5 | 4 |',
      '合计 | | |',
      '效益指标(50分) | 社会效益指标 | 丙指标 | 50 | 48 |',
      '合计 | 100 | 97 |',
    ].join('\n');
    const path = withFile('unread-rows.txt', text);
    const run = runJixiao('audit', path);
    const audit = auditJson(path);
    expect([
      run.stdout.split('\n').filter((line) => line.includes('未读')),
      audit.coverage.tables.map((table) => table.skippedRows),
    ]).toEqual([
      [
        '  表 1：第 1 行起，版式 pipe，读出 5/7 行（未读 2 行：指标行没有名称 1 行，合计行没有数 1 行），修补 0 处，推测 1 处，自洽',
        '  「推测」为读取时所作、表格本身未写明的判断；「未读」的行未计入核对：逐条见 --format json 的 coverage.tables[].guessed 与 skippedRows',
      ],
      [
        [
          {
            row: 3,
            line: 4,
            reason: { zh: '指标行没有名称', en: 'an indicator row without a name' },
          },
          { row: 4, line: 5, reason: { zh: '合计行没有数', en: 'a total row without numbers' } },
        ],
      ],
    ]);
  });

  test('推测 is explained once, after the tables, pointing at the JSON’s guessed list; the OCR reader’s guessed repairs are guesses', () => {
    const run = runJixiao('audit', fixture('ocr-department.txt'));
    const audit = auditJson(fixture('ocr-department.txt'));
    expect([
      run.stdout.split('\n').filter((line) => line.includes('推测')),
      audit.coverage.tables.map((table) => table.guessed?.length),
    ]).toEqual([
      [
        // Every repair of the OCR reader chose among readings: 15 of them, and the score
        // table's 2.
        '  表 1：第 1 行起，版式 ocr，「部门整体支出绩效自评表（2023年度）」，读出 13/13 行，修补 0 处，推测 17 处，自洽',
        '  「推测」为读取时所作、表格本身未写明的判断：逐条见 --format json 的 coverage.tables[].guessed',
      ],
      [17],
    ]);
  });

  test('the unusable exit gives findings: [] beside its issues (the file not found), so tools read one shape', () => {
    const audit = auditJson(join(scratch, 'no-such-report.txt'));
    expect([
      audit.exit,
      audit.status,
      audit.findings,
      audit.issues?.map((each) => each.code),
    ]).toEqual([2, 'unusable', [], ['file_not_found']]);
  });
});

describe('a report of several project tables audited with one project’s data file', () => {
  test('only the table naming the data file’s project is compared with the recomputation', () => {
    const out = join(scratch, 'first-project.json');
    expect(runJixiao('import', fixture('pipe-two-projects.txt'), '-o', out).code).toBe(0);
    const audit = auditJson(fixture('pipe-two-projects.txt'), '--data', out);
    const recomputed = audit.checks.filter((check) => check.code === 'matches_recomputation');
    expect([
      audit.exit,
      audit.coverage.tables.map(tableLine),
      audit.findings.map(findingLine),
      // Table 2 (示例社区食堂建设项目, from line 28: 150.00 executed, 10, 95.58) is not compared.
      recomputed.filter((check) => (check.source?.line ?? 0) >= 28).length,
      recomputed.length > 0,
    ]).toEqual([0, ['pipe 23/23 consistent', 'pipe 23/23 consistent'], [], 0, true]);
  });
});

describe('category weights a table states by its rows only', () => {
  test('against the national project preset, Σ 分值 of a category’s rows is its weight: 60 ≠ 50 and 20 ≠ 30 are findings', () => {
    const audit = auditJson(
      fixture('markdown-category-weights-from-rows.md'),
      '--scheme',
      'national-project@2020',
    );
    expect([
      audit.exit,
      audit.findings
        .filter((finding) => finding.code === 'weight_matches_scheme')
        .map((finding) => `${finding.name} ${finding.claimed} ≠ ${finding.recomputed}`),
    ]).toEqual([1, ['产出指标 60 ≠ 50', '效益指标 20 ≠ 30']]);
  });
});
