// `jixiao audit` reads score tables as well as narrative sentences: every table in the text (any
// text or run-on layout) is read into a score table and checked without a scheme, its checks join
// the narrative's, and a total the narrative states must agree with the table's 总分/合计 row. Run
// through the in-process CLI (test/support/runJixiao.ts), and through `auditText` directly.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
}
interface JsonAudit {
  readonly exit: number;
  readonly status: string;
  readonly coverage: {
    readonly tables: readonly JsonTable[];
    readonly notes?: readonly { zh: string; en: string }[];
    readonly checks: number;
    readonly read?: { readonly totals: number };
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

  test('the table output lists each table: layout, rows read of rows seen, repairs, outcome', () => {
    const run = runJixiao('audit', fixture('pipe-project-10-90.txt'));
    expect([run.code, run.stdout.split('\n').slice(2, 5)]).toEqual([
      0,
      [
        '评分表：2 张（不依赖方案核对）',
        '  表 1：第 1 行起，版式 pipe，「部门预算项目支出绩效自评表（2023年度）」，读出 16/16 行，修补 3 处，推测 0 处，自洽',
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
      ['budget_score 年度资金总额: 9 → 8 @11:1'],
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
        '  第 11 行第 1 列：「年度资金总额」得分为 9，但 min(67.20 ÷ 80.00, 100%) × 10 = 8.4（相差 0.6）',
        '    核对: 得分 = min(执行数 ÷ 全年预算数, 100%) × 分值：min(67.20 ÷ 80.00, 100%) × 10 = 8.4  «67.20»',
      ],
    ]);
  });

  test('a 20 + 80 sheet whose budget score was raised: the budget score and the total', () => {
    const audit = auditJson(fixture('perline-20-80-bar-wrong-score.txt'));
    expect([audit.exit, audit.findings.map(findingLine)]).toEqual([
      1,
      ['budget_score 年度财政资金总额: 19.6 → 19.2 @11:1', 'total_sum 总分: 88.02 → 88.42 @45:1'],
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
      audit.checks.length,
    ]).toEqual([0, 1, ['one-line 22/22 consistent'], [['consistent', '94.9', 26, [12]]], 10, 54]);
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
    ).toEqual(['consistent', ['one-line'], 54, 0]);
  });

  test('auditText returns issues for a text that is not a string or options that are not an object', () => {
    const notText = auditText(42 as unknown as string);
    const notOptions = auditText('综合评分为94.9分', null as unknown as object);
    expect([
      notText.ok ? [] : notText.issues.map((issue) => [issue.code, issue.path]),
      notOptions.ok ? [] : notOptions.issues.map((issue) => [issue.code, issue.path]),
    ]).toEqual([[['invalid_argument', ['report']]], [['invalid_argument', ['options']]]]);
  });

  test('with --scheme, tables are still checked without it, and the coverage says so', () => {
    const audit = auditJson(
      fixture('pipe-example-a.txt'),
      '--scheme',
      'gz-department-overall@2023',
    );
    expect([audit.exit, audit.coverage.tables.map(tableLine), audit.coverage.notes]).toEqual([
      0,
      ['pipe 23/23 consistent'],
      [
        {
          zh: '表格行未按方案归位：评分表只做不依赖方案的核对',
          en: 'table rows not placed on the scheme: score tables are checked without it',
        },
      ],
    ]);
  });
});

const reportPath = new URL('../../shared/reports/nanzhou-2023-self-evaluation.txt', import.meta.url)
  .pathname;

describe('the reference report', () => {
  test.skipIf(!existsSync(reportPath))(
    'holds no table the readers find: its 93 narrative checks, 0 inconsistent, exit 0',
    () => {
      const audit = auditJson(reportPath);
      expect([audit.exit, audit.coverage.tables, audit.checks.length, audit.findings]).toEqual([
        0,
        [],
        93,
        [],
      ]);
    },
  );
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
