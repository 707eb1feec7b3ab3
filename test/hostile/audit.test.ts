// Hostile input, the audit (src/audit): report text and schemes from outside. No id a scheme can
// hold writes onto Object.prototype; a report that states a number twice, differently, is a
// finding; reading takes work linear in the text's length, whatever the text (counted in
// characters read, never in wall time); every line end counts; untyped callers get issues or an
// invalid_argument error, never a TypeError; messages show control characters visibly.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { afterEach, describe, expect, test } from 'vitest';
import {
  category,
  decimal,
  defineScheme,
  evaluate,
  JixiaoError,
  leaf,
  manualRule,
  type Evaluation,
  type IndicatorNode,
  type Scheme,
} from '../../src/index.js';
import { gzDepartmentOverall2023 } from '../../src/presets.js';
import {
  auditEvaluation,
  checkClaims,
  extractClaims,
  renderReport,
  type AuditCheck,
  type ClaimedSheet,
} from '../../src/audit.js';
import { parseDataFile } from '../../src/json.js';
import { readClaims } from '../../src/audit/readClaims.js';
import { schemeOutline } from '../../src/audit/schemeOutline.js';

const skeleton = gzDepartmentOverall2023.skeleton();

const nanzhou = (() => {
  const json: unknown = JSON.parse(
    readFileSync(new URL('../../examples/nanzhou-2023.json', import.meta.url), 'utf8'),
  );
  const parsed = parseDataFile(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const evaluated = evaluate(parsed.value.scheme, parsed.value.inputs);
  if (!evaluated.ok) throw new Error(JSON.stringify(evaluated.issues));
  return { json, scheme: parsed.value.scheme, evaluation: evaluated.value };
})();
/** The scoring section of the Nanzhou report, as renderReport writes it (lines end in \n). */
const generated = renderReport(nanzhou.evaluation, { department: '南洲街道办事处' });

function read(text: string, scheme: Scheme = skeleton): ClaimedSheet {
  const result = extractClaims(text, { scheme });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const brief = (checks: readonly AuditCheck[]) =>
  checks.map((check) => [
    check.code,
    check.path.join('/'),
    check.claimed,
    check.recomputed,
    check.difference,
    check.source?.line,
  ]);

describe('prototype pollution in the audit', () => {
  const hostileIds = new Map([
    ['procurement', '__proto__'],
    ['contract', 'constructor'],
    ['intent', 'toString'],
    ['compliance', 'valueOf'],
  ]);
  const built = defineScheme({
    id: 'hostile-ids',
    version: '1',
    title: '采购',
    fullMarks: 10,
    grades: [
      { grade: '优', min: 9 },
      { grade: '差', min: 0 },
    ],
    indicators: [
      category('procurement', '采购管理', 10, [
        leaf('contract', '采购合同签订时效性', 3, manualRule()),
        leaf('intent', '采购意向公开', 3, manualRule()),
        leaf('compliance', '采购活动合规性', 4, manualRule()),
      ]),
    ],
  });
  const renamed = (node: IndicatorNode): IndicatorNode => {
    const id = hostileIds.get(node.id) ?? node.id;
    return node.type === 'category'
      ? { ...node, id, children: node.children.map(renamed) }
      : { ...node, id };
  };
  // The ids a builder may refuse, put in afterwards, as an unvalidated scheme from untyped code
  // would hold them.
  const scheme: Scheme = { ...built, indicators: built.indicators.map(renamed) };
  const evaluation: Evaluation = (() => {
    const result = evaluate(built, {
      contract: { score: decimal('3') },
      intent: { score: decimal('2'), reason: '一项未公开' },
      compliance: { score: decimal('4') },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    // Plain JSON data: ids and paths renamed throughout.
    const rename = (value: unknown, key = ''): unknown => {
      if (typeof value === 'string' && (key === 'id' || key === 'path'))
        return hostileIds.get(value) ?? value;
      if (Array.isArray(value)) return value.map((item: unknown) => rename(item, key));
      if (typeof value !== 'object' || value === null) return value;
      return Object.fromEntries(
        Object.entries(value).map(([field, item]) => [field, rename(item, field)]),
      );
    };
    // The evaluation with its ids renamed: the same shape, from JSON.
    return rename(JSON.parse(JSON.stringify(result.value))) as Evaluation;
  })();
  const report = [
    '处 2023 年整体绩效自评得分 9 分。',
    '1.采购管理。该项指标分值 10 分，本次自评得分 9 分，得分率为 90%。',
    '序号 指标名称 指标分值 指标得分',
    '1 采购合同签订时效性 3 3',
    '2 采购意向公开 3 2',
    '3 采购活动合规性 4 4',
  ].join('\n');

  const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
  const objectNames = Object.getOwnPropertyNames(Object).sort();
  const builtIns = () =>
    ['toString', 'valueOf', 'constructor', 'hasOwnProperty'].map((name) =>
      Object.getOwnPropertyDescriptor(Object.prototype, name),
    );
  const builtInsBefore = builtIns();
  afterEach(() => {
    // Should a regression pollute, the other tests of the process are not to fail with it.
    for (const name of ['weight', 'score', 'scoreRate'])
      Reflect.deleteProperty(Object.prototype, name);
  });

  test('ids __proto__, constructor, toString, valueOf: claims land on them and no built-in changes', () => {
    const claims = read(report, scheme);
    const internal = checkClaims(scheme, claims);
    const external = auditEvaluation(evaluation, claims);

    expect([
      ({} as Record<string, unknown>)['weight'],
      ({} as Record<string, unknown>)['score'],
      ({} as Record<string, unknown>)['scoreRate'],
    ]).toEqual([undefined, undefined, undefined]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
    expect(Object.getOwnPropertyNames(Object).sort()).toEqual(objectNames);
    expect(builtIns()).toEqual(builtInsBefore);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    // A later parse still works (zod sees no inherited keys).
    expect(parseDataFile(nanzhou.json).ok).toBe(true);

    expect(Object.keys(claims.nodes)).toEqual(['__proto__', 'constructor', 'toString', 'valueOf']);
    expect(Object.getPrototypeOf(claims.nodes)).toBe(null);
    expect(
      Object.entries(claims.nodes).map(([id, node]) => [
        id,
        node.weight.map((claim) => claim.value),
        node.score.map((claim) => claim.value),
        node.scoreRate.map((claim) => claim.value),
      ]),
    ).toEqual([
      ['__proto__', ['10'], ['9'], ['90%']],
      ['constructor', ['3'], ['3'], []],
      ['toString', ['3'], ['2'], []],
      ['valueOf', ['4'], ['4'], []],
    ]);
    // JSON keeps "__proto__" an ordinary key both ways.
    const again = JSON.parse(JSON.stringify(claims)) as { nodes: Record<string, unknown> };
    expect(Object.hasOwn(again.nodes, '__proto__')).toBe(true);

    expect(brief(internal.checks)).toEqual([
      ['weight_matches_scheme', '__proto__', '10', '10', '0', 2],
      ['score_within_weight', '__proto__', '9', '9', '0', 2],
      ['score_rate', '__proto__', '90%', '90%', '0%', 2],
      ['children_sum', '__proto__', '9', '9', '0', 2],
      ['weight_matches_scheme', '__proto__/constructor', '3', '3', '0', 4],
      ['score_within_weight', '__proto__/constructor', '3', '3', '0', 4],
      ['weight_matches_scheme', '__proto__/toString', '3', '3', '0', 5],
      ['score_within_weight', '__proto__/toString', '2', '2', '0', 5],
      ['weight_matches_scheme', '__proto__/valueOf', '4', '4', '0', 6],
      ['score_within_weight', '__proto__/valueOf', '4', '4', '0', 6],
      ['total_sum', '', '9', '9', '0', 1],
    ]);
    expect([internal.findings, external.findings, external.checks.length]).toEqual([[], [], 10]);
  });

  test('a sheet built by hand as a plain object has no claims for constructor or toString', () => {
    const handBuilt = { nodes: {}, total: [{ value: '9' }] };
    expect(brief(checkClaims(scheme, handBuilt as unknown as ClaimedSheet).checks)).toEqual([]);
    expect(brief(auditEvaluation(evaluation, handBuilt as unknown as ClaimedSheet).checks)).toEqual(
      [['matches_recomputation', '', '9', '9', '0', undefined]],
    );
  });
});

describe('conflicting claims', () => {
  const withLine = (line: string) => `${generated}${line}\n`;
  const lastLine = generated.split('\n').length;

  test('采购管理 stated as 10 分 and later as 8 分 is a conflicting_claims finding naming both lines', () => {
    const claims = read(
      withLine('5.采购管理。该项指标分值 8 分，本次自评得分 8 分，得分率为 100%。'),
    );
    expect(
      claims.nodes['procurement']?.weight.map((claim) => [claim.value, claim.source?.line]),
    ).toEqual([
      ['10', 67],
      ['8', lastLine],
    ]);
    const report = checkClaims(skeleton, claims);
    const conflicts = report.findings.filter((check) => check.code === 'conflicting_claims');
    expect(brief(conflicts)).toEqual([
      ['conflicting_claims', 'management/procurement', '8', '10', '-2', lastLine],
      ['conflicting_claims', 'management/procurement', '8', '10', '-2', lastLine],
    ]);
    expect(conflicts.map((check) => check.message.zh)).toEqual([
      `「采购管理」的分值前后矛盾：第 67 行为 10，第 ${lastLine} 行为 8（相差 -2）`,
      `「采购管理」的得分前后矛盾：第 67 行为 10，第 ${lastLine} 行为 8（相差 -2）`,
    ]);
    expect(conflicts[0]?.message.en).toBe(
      `"采购管理" contradicts itself: its weight is 10 on line 67 but 8 on line ${lastLine} (off by -2)`,
    );
    expect(conflicts[0]?.check.zh).toBe('与第 67 行所述分值 10 相比');
    expect(conflicts[0]?.related?.map((source) => source.line)).toEqual([67]);
    // Each occurrence is also checked on its own: the later 分值 8 is not the scheme's 10.
    expect(brief(report.findings.filter((check) => check.code !== 'conflicting_claims'))).toEqual([
      ['weight_matches_scheme', 'management/procurement', '8', '10', '-2', lastLine],
      ['children_sum', 'management/procurement', '8', '10', '-2', lastLine],
    ]);
    expect(report.consistent).toBe(false);
  });

  test('a total of 91.46 and later 95.00 is a finding; the recomputation checks both', () => {
    const claims = read(withLine('整体绩效自评得分 95.00 分。'));
    expect(claims.total.map((claim) => [claim.value, claim.source?.line])).toEqual([
      ['91.46', 3],
      ['95.00', lastLine],
    ]);
    expect(brief(checkClaims(skeleton, claims).findings)).toEqual([
      ['total_sum', '', '95.00', '91.46', '3.54', lastLine],
      ['conflicting_claims', '', '95.00', '91.46', '3.54', lastLine],
    ]);
    expect(
      brief(
        auditEvaluation(
          nanzhou.evaluation,
          read(withLine('整体绩效自评得分 95.00 分。'), nanzhou.scheme),
        ).findings,
      ),
    ).toEqual([['matches_recomputation', '', '95.00', '91.46', '3.54', lastLine]]);
  });

  test('a restatement equal as a decimal (91.46 and 91.460, 100% and 100.0%) agrees', () => {
    const claims = read(
      withLine(
        '整体绩效自评得分 91.460 分。5.采购管理。该项指标分值 10.00 分，本次自评得分 10 分，得分率为 100.0%。',
      ),
    );
    const report = checkClaims(skeleton, claims);
    expect(report.findings).toEqual([]);
    expect(brief(report.checks.filter((check) => check.code === 'conflicting_claims'))).toEqual([
      ['conflicting_claims', 'management/procurement', '10.00', '10', '0', lastLine],
      ['conflicting_claims', 'management/procurement', '10', '10', '0', lastLine],
      ['conflicting_claims', 'management/procurement', '100.0%', '100%', '0%', lastLine],
      ['conflicting_claims', '', '91.460', '91.46', '0', lastLine],
    ]);
  });

  test('a budget sentence stated twice with different amounts is a finding', () => {
    const claims = read(
      withLine('部门全年预算数 23,000.00 万元，执行数 22,898.47 万元，完成预算的 99.56%。'),
    );
    expect(
      brief(
        checkClaims(skeleton, claims).findings.filter(
          (check) => check.code === 'conflicting_claims',
        ),
      ),
    ).toEqual([
      [
        'conflicting_claims',
        'performance/budget-execution-rate',
        '23,000.00',
        '23,135.18',
        '-135.18',
        lastLine,
      ],
      [
        'conflicting_claims',
        'performance/budget-execution-rate',
        '22,898.47',
        '23,033.06',
        '-134.59',
        lastLine,
      ],
    ]);
  });

  test('a grade stated twice differently, in a sheet built by hand, is a finding', () => {
    const sheet = { ...read(generated), grade: [{ value: '优' }, { value: '良' }] };
    expect(brief(checkClaims(skeleton, sheet).findings)).toEqual([
      ['grade', '', '良', '优', '良 ≠ 优', undefined],
      ['conflicting_claims', '', '良', '优', '良 ≠ 优', undefined],
    ]);
  });
});

describe('linear-time patterns', () => {
  /** Every regular expression written in src/audit (renderReport.ts writes text, reads none). */
  function auditPatterns(): { readonly file: string; readonly pattern: string }[] {
    const folder = new URL('../../src/audit/', import.meta.url);
    const found: { file: string; pattern: string }[] = [];
    for (const file of readdirSync(folder)) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file === 'renderReport.ts')
        continue;
      const source = ts.createSourceFile(
        file,
        readFileSync(new URL(file, folder), 'utf8'),
        ts.ScriptTarget.Latest,
        true,
      );
      const visit = (node: ts.Node): void => {
        if (ts.isRegularExpressionLiteral(node)) found.push({ file, pattern: node.text });
        if (
          (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === 'RegExp'
        )
          found.push({
            file,
            pattern: `RegExp(${node.arguments?.map((each) => each.getText()).join(', ') ?? ''})`,
          });
        node.forEachChild(visit);
      };
      visit(source);
    }
    return found;
  }

  /**
   * The rule every audit pattern keeps, which makes a search over n characters take O(n) steps
   * in a backtracking engine: it is a regex literal (no pattern assembled at run time), and its
   * only quantifier, if any, is its last token, on a single character or class. A search then
   * fails at a position after reading a fixed number of characters, or succeeds and consumes
   * what it read. (A quantifier followed by anything that can fail, such as `[一二]+、` or
   * `\s*` before `[^。]`, rescans a run from each of its positions: quadratic or worse.)
   */
  function isLinear(pattern: string): boolean {
    if (!pattern.startsWith('/')) return false;
    const body = pattern.slice(1, pattern.lastIndexOf('/'));
    // Escapes and classes are single tokens.
    const tokens = body.replace(/\\./g, 'e').replace(/\[(?:\\.|[^\]\\])*\]/g, 'c');
    const quantifier = /[*+?{]/;
    const last = tokens.search(quantifier);
    if (last < 0) return true;
    const tail = tokens.slice(last);
    return /^[*+][?]?$/.test(tail) && /[ec.]/.test(tokens[last - 1] ?? '');
  }

  test('every pattern in the audit is a literal whose only quantifier ends it', () => {
    const patterns = auditPatterns();
    expect(patterns.length).toBeGreaterThan(4);
    expect(patterns.filter(({ pattern }) => !isLinear(pattern))).toEqual([]);
  });

  test('the rule rejects the patterns the audit used before (the 二级 sentence, rows, headings)', () => {
    const before = [
      // The 二级 sentence (abridged): `\s*` next to `[^。]`, both able to take the same spaces.
      '/(?:\\d+\\s*[.．]|[(（]\\s*\\d+\\s*[)）])\\s*([^。]{2,80}?)\\s*[。.]\\s*该\\s*项/dg',
      '/(?:^|\\s)(\\d{1,2})\\s+([^\\d\\s].{1,160}?)\\s+(\\d+(?:\\.\\d+)?)\\s+(\\d+(?:\\.\\d+)?)(?=\\s|$|[\\u4e00-\\u9fff])/dg',
      '/(?:（|\\()[一二三四五六七八九十]+(?:）|\\))|[一二三四五六七八九十]+、/g',
      '/(?:\\d+\\s*[.．]|[(（]\\s*\\d+\\s*[)）])(?!\\d)/g',
      '/^[—–-]\\s*\\d+\\s*[—–-]$/',
      "RegExp(`${phrase('全年预算数')}${gap}${number}`, 'gd')",
    ];
    expect(before.map(isLinear)).toEqual([false, false, false, false, false, false]);
    expect(
      ['/\\s+/g', '/[\\s:：]/g', '/\\r\\n|[\\r\\n\\u2028\\u2029]/', '/[%％]$/'].map(isLinear),
    ).toEqual([true, true, true, true]);
  });

  const outline = (() => {
    const result = schemeOutline(skeleton);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.value;
  })();
  /** The characters the reader reads for a text: its work, counted. */
  const steps = (text: string): number => {
    const meter = { steps: 0 };
    readClaims(text, outline, meter);
    return meter.steps;
  };
  const fill = (unit: string, length: number): string =>
    unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const sentence = '1.采购管理。该项指标分值 10 分，本次自评得分 10 分，得分率为 100%。';
  const pathological: Readonly<Record<string, (length: number) => string>> = {
    'a mark, spaces, no sentence (1. + spaces + x)': (n) => `1.${' '.repeat(n)}x`,
    'a mark, spaces, a full stop (1. + spaces + x。)': (n) => `1.${' '.repeat(n)}x。`,
    'a mark, spaces, then a sentence': (n) =>
      `1.${' '.repeat(n)}x。该项指标分值 10 分，本次自评得分 9 分，得分率为 90%`,
    digits: (n) => fill('9', n),
    'digits after 该项指标分值': (n) => `该项指标分值 ${fill('1', n)}`,
    'marks 1.1.1.… before a sentence': (n) =>
      `${fill('1.', n)}。该项指标分值 10 分，本次自评得分 9 分，得分率为 90%`,
    'marks （1）（1）… before a sentence': (n) =>
      `${fill('（1）', n)}。该项指标分值 10 分，本次自评得分 9 分，得分率为 90%`,
    '该项指标分值 repeated': (n) => fill('该项指标分值', n),
    'sentences cut short, repeated': (n) => fill('1.采购管理。该项指标分值 1 分，本次自评得分 ', n),
    'whole sentences, repeated': (n) => fill(sentence, n),
    'rows that never end (1 a 1 x …)': (n) => sentence + fill(' 1 a 1 x', n),
    'rows of long numbers': (n) => sentence + ' 1 采购' + fill(' 1999', n),
    'numerals with no 、': (n) => `${sentence} （${fill('一', n)}`,
    'budget sentences cut short': (n) => fill('全年预算数 1 万元，执行数 ', n),
    '“三公” sentences cut short': (n) => fill('“三公”经费支出 1 万元，比年初预算数减少 ', n),
    'one long line of report text': (n) =>
      fill(
        `${sentence}1 采购合同签订时效性 3 3 （三）全年预算数 23,135.18 万元，执行数 23,033.06 万元，完成预算的 99.56% “三公”经费支出 27.90 万元，比年初预算数减少 0.64 万元，下降 2.24%`,
        n,
      ),
    'CR line ends only': (n) => fill('1.\r', n),
  };

  test('reading pathological text of 5k, 20k and 80k characters takes at most 32 steps a character, at every size', () => {
    const perCharacter = Object.entries(pathological).map(([name, make]) => {
      const counts = [5_000, 20_000, 80_000].map((length) => steps(make(length)) / length);
      const [smallest = 0, , largest = 0] = counts;
      return [name, counts.every((count) => count <= 32), largest <= smallest * 1.05 + 0.01];
    });
    expect(perCharacter).toEqual(Object.keys(pathological).map((name) => [name, true, true]));
  });

  test('the issue’s case, 1. + 32,000 spaces + x (and x。), reads in a handful of steps, and gives nothing', () => {
    // The pattern before took 1.5 s on 1. + 4,000 spaces + x。, growing as the cube.
    for (const end of ['x', 'x。']) {
      const text = `1.${' '.repeat(32_000)}${end}`;
      expect([end, steps(text) < 100]).toEqual([end, true]);
      expect(read(text)).toMatchObject({ total: [], budget: [], threePublic: [], unplaced: [] });
    }
  });

  test('a single line of 200,000 characters of report text takes at most 32 steps a character', () => {
    const make = pathological['one long line of report text'];
    const text = make === undefined ? '' : make(200_000);
    expect([text.length, steps(text) <= 32 * text.length]).toEqual([200_000, true]);
  });

  test('the meter counts real work: the generated report reads each character a few times', () => {
    const count = steps(generated);
    expect([count > generated.length, count < generated.length * 32]).toEqual([true, true]);
  });
});

describe('line ends', () => {
  const lines = (claims: ClaimedSheet) => [
    claims.total.map((claim) => claim.source?.line),
    Object.entries(claims.nodes).map(([id, node]) => [
      id,
      node.weight.map((claim) => claim.source?.line),
      node.score.map((claim) => claim.source?.line ?? claim.derived?.from.map((from) => from.line)),
    ]),
    claims.budget.map((budget) => budget.rate?.source?.line),
    claims.unplaced,
  ];
  const expected = lines(read(generated));

  test('CR-only line ends (old Mac, PDF exports) give every line its own number', () => {
    const claims = read(generated.replaceAll('\n', '\r'));
    expect(claims.total[0]?.source).toEqual({
      line: 3,
      text: '广州市（海珠区）2023 年部门整体支出绩效自评指标体系设计总分值为 100 分，根据指标评分表，南洲街道办事处整体绩效自评得分 91.46 分，等级为优。',
    });
    expect(lines(claims)).toEqual(expected);
  });

  test('CRLF, LF, CR, U+2028 and U+2029 mixed give the same lines', () => {
    const ends = ['\r\n', '\n', '\r', '\u2028', '\u2029'];
    const mixed = generated
      .split('\n')
      .map((line, index) => `${line}${ends[index % ends.length] ?? ''}`)
      .join('');
    expect(lines(read(mixed))).toEqual(expected);
    expect(checkClaims(skeleton, read(mixed)).checks.length).toBe(
      checkClaims(skeleton, read(generated)).checks.length,
    );
  });
});

describe('untyped callers of the audit', () => {
  const untyped = extractClaims as (...args: unknown[]) => ReturnType<typeof extractClaims>;
  const claims = read(generated);

  test('extractClaims(5, { scheme }) returns invalid_argument for the report', () => {
    expect(untyped(5, { scheme: skeleton })).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_argument',
          path: ['report'],
          message: {
            zh: '参数「report」应为报告文本（字符串），收到的是数字',
            en: 'The argument "report" must be the report text (a string); it is a number',
          },
          expected: 'the report text (a string)',
          received: 'number',
        },
      ],
    });
  });

  test('extractClaims(text, null) and extractClaims(text, 5) return invalid_argument for the options', () => {
    for (const [options, found] of [
      [null, '空值（null）'],
      [5, '数字'],
    ] as const) {
      const result = untyped(generated, options);
      expect(
        result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path, issue.message.zh]),
      ).toEqual([
        [
          'invalid_argument',
          ['options'],
          `参数「options」应为选项对象（可含 scheme：评价方案），收到的是${found}`,
        ],
      ]);
    }
  });

  test('extractClaims(text) and extractClaims(text, {}) read the report without a scheme', () => {
    // Issue 12: a report is read by its generic phrasings when no scheme is given.
    for (const options of [undefined, {}]) {
      const result = untyped(generated, options);
      expect(
        result.ok
          ? [result.value.total.map((claim) => claim.value), Object.keys(result.value.nodes)]
          : result.issues,
      ).toEqual([['91.46'], []]);
    }
  });

  test('extractClaims(text, { scheme: null }) returns invalid_scheme', () => {
    expect(untyped(generated, { scheme: null })).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_scheme',
          path: ['options', 'scheme'],
          message: {
            zh: '评价方案不可用：此处应为评价方案（对象），收到的是空值（null）',
            en: 'The scheme cannot be used: a scheme (an object) belongs here; it is null',
          },
          expected: 'a scheme (an object)',
          received: 'null',
        },
      ],
    });
  });

  test('an unusable scheme from untyped code is reported at the part that is wrong', () => {
    const looped: Record<string, unknown> = { type: 'category', id: 'loop', name: { zh: '环' } };
    looped['children'] = [looped];
    const cases: readonly [unknown, string][] = [
      [{ indicators: 'x' }, 'options.scheme.indicators'],
      [{ indicators: [null] }, 'options.scheme.indicators[0]'],
      [{ indicators: [{ id: 5, name: { zh: '预算' } }] }, 'options.scheme.indicators[0].id'],
      [{ indicators: [{ id: 'a', name: '预算' }] }, 'options.scheme.indicators[0].name.zh'],
      [
        { indicators: [{ id: 'a', name: { zh: '预算' }, type: 'category' }] },
        'options.scheme.indicators[0].children',
      ],
      [{ indicators: [looped] }, 'options.scheme.indicators[0].children[0]'],
    ];
    for (const [scheme, where] of cases) {
      const result = untyped(generated, { scheme });
      expect([
        where,
        result.ok ? [] : result.issues.map((issue) => [issue.code, formatPath(issue.path)]),
      ]).toEqual([where, [['invalid_scheme', where]]]);
    }
  });

  test('checkClaims and auditEvaluation throw invalid_argument for values the library did not make', () => {
    const check = checkClaims as (...args: unknown[]) => unknown;
    const audit = auditEvaluation as (...args: unknown[]) => unknown;
    const calls: readonly [string, () => unknown][] = [
      ['scheme', () => check(undefined, claims)],
      ['scheme', () => check({}, claims)],
      ['claims', () => check(skeleton, undefined)],
      ['claims', () => check(skeleton, 5)],
      // The shape before every occurrence was kept: one claim, not a list.
      ['claims.total', () => check(skeleton, { ...claims, total: { value: '91.46' } })],
      ['claims.total[0]', () => check(skeleton, { ...claims, total: [5] })],
      ['claims.nodes', () => check(skeleton, { ...claims, nodes: [] })],
      ['claims.nodes.outputs.score', () => check(skeleton, { nodes: { outputs: { score: 'x' } } })],
      [
        'claims.budget[0].rate',
        // The rate may be absent (a sentence that states none), but not of another type.
        () =>
          check(skeleton, {
            budget: [{ budget: { value: '1' }, executed: { value: '1' }, rate: 5 }],
          }),
      ],
      ['options', () => check(skeleton, claims, null)],
      ['options', () => check(skeleton, claims, { ruleKinds: 5 })],
      ['evaluation', () => audit({}, claims)],
      ['evaluation', () => audit(undefined, claims)],
      ['claims', () => audit(nanzhou.evaluation, null)],
    ];
    const thrown = calls.map(([, call]) => {
      try {
        call();
        return ['returned'];
      } catch (error) {
        return error instanceof JixiaoError
          ? [error.issues[0].code, error.issues[0].path.join('.')]
          : [error instanceof Error ? error.name : typeof error];
      }
    });
    expect(thrown).toEqual(calls.map(([where]) => ['invalid_argument', where]));
  });
});

describe('control characters in audit messages', () => {
  test('an unplaced heading shows its control and bidi characters as escapes', () => {
    const claims = read(
      '1.采\u0007购\u202e管理。该项指标分值 10 分，本次自评得分 10 分，得分率为 100%。',
    );
    expect(claims.unplaced).toEqual([
      {
        line: 1,
        text: '1.采\u0007购\u202e管理。该项指标分值 10 分，本次自评得分 10 分，得分率为 100%。',
        reason: 'no indicator of the scheme is named in the heading "采\\u{0007}购\\u{202E}管理"',
      },
    ]);
  });

  test('an indicator name with a newline is quoted visibly in a check’s message', () => {
    const scheme = defineScheme({
      id: 'newline-name',
      version: '1',
      title: '换行',
      fullMarks: 10,
      grades: [{ grade: '-', min: 0 }],
      indicators: [leaf('x', '采购\n总分 100', 10, manualRule())],
    });
    const report = checkClaims(scheme, {
      ...read(''),
      nodes: { x: { weight: [{ value: '9' }], score: [], scoreRate: [] } },
    });
    expect(report.findings.map((check) => check.message.zh)).toEqual([
      '「采购\\n总分 100」声称 9，但方案规定的分值为 10（相差 -1）',
    ]);
  });
});

function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join('');
}
