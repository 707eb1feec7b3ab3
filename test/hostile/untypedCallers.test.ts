// Hostile input, class "untyped callers": every public function, called from JavaScript with
// arguments of the wrong type, either returns (a failure Result carries coded, bilingual issues)
// or throws a JixiaoError whose issues have codes — never a TypeError, RangeError or any other
// error from deep inside — and nothing it does adds a property to Object.prototype. Then the
// determinism and shared-state cases: the same input scores the same, a caller's later mutation
// changes nothing scored, and nothing a result hands out reaches the engine's cached schemes.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as mainEntry from '../../src/index.js';
import * as jsonEntry from '../../src/json.js';
import * as testingEntry from '../../src/testing.js';
import * as documentsEntry from '../../src/documents.js';
import * as batchEntry from '../../src/batch.js';
import * as compareEntry from '../../src/compare.js';
import * as auditEntry from '../../src/audit.js';
import * as presetsEntry from '../../src/presets.js';
import * as renderEntry from '../../src/render.js';
import * as lintEntry from '../../src/lint.js';
import {
  createEngine,
  decimal,
  defineScheme,
  evaluate,
  JixiaoError,
  leaf,
  manualRule,
  ratioRule,
  ratioRuleKind,
  type Evaluation,
  type Inputs,
  type Issue,
  type LeafResult,
  type Scheme,
} from '../../src/index.js';
import { extractClaims } from '../../src/audit.js';
import { isDeepFrozen } from '../../src/evaluate/isDeepFrozen.js';
import { leafInputArbitrary } from '../../src/testing.js';
import { smallInputs, smallScheme } from '../fixtures/smallScheme.js';

type AnyFunction = (...args: unknown[]) => unknown;

/** The wrong arguments every function is called with, in every position tried. */
function wrongArguments(): readonly (readonly [string, unknown])[] {
  return [
    ['undefined', undefined],
    ['null', null],
    ['5', 5],
    ['NaN', NaN],
    ["'text'", 'text'],
    ["''", ''],
    ['[]', []],
    ['{}', {}],
    // Own keys "__proto__" and "constructor", as JSON.parse makes them.
    [
      '{"__proto__", "constructor"}',
      JSON.parse('{"__proto__": {"x": 1}, "constructor": {"prototype": {"polluted": 1}}}'),
    ],
    ['a function', () => 1],
    ['a symbol', Symbol('wrong')],
    ['a bigint', 10n],
  ];
}

/** A one-leaf scheme, cheap for the functions that run laws over a scheme. */
function oneLeaf(): Scheme {
  return defineScheme({
    id: 'one',
    version: '1',
    title: 'one',
    fullMarks: 10,
    grades: [{ grade: '-', min: 0 }],
    indicators: [leaf('x', '指标', 10, manualRule())],
  });
}

function scored(scheme: Scheme, inputs: Inputs): Evaluation {
  const result = evaluate(scheme, inputs);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const evaluation = scored(smallScheme(), smallInputs);
const firstLeaf = (): LeafResult => {
  const top = evaluation.indicators[0];
  const node = top?.type === 'category' ? top.children[0] : top;
  if (node?.type !== 'leaf') throw new Error('expected a leaf');
  return node;
};
const report = '一、总体情况\n总分 90.00 分';
/** The claims of the report: extractClaims' value (a Result's, as the audit now returns one). */
const claims: unknown = ((): unknown => {
  const extracted: unknown = extractClaims(report, { scheme: smallScheme() });
  if (typeof extracted !== 'object' || extracted === null || !('ok' in extracted)) return extracted;
  return 'value' in extracted ? extracted.value : undefined;
})();
const edgeCases = JSON.parse(
  readFileSync(new URL('../cases/rule-edges.cases.json', import.meta.url), 'utf8'),
) as { readonly cases: readonly { readonly scheme: unknown }[] };
const schemeJson: unknown = edgeCases.cases[0]?.scheme;
const caseFile = {
  cases: [
    {
      name: 'one',
      scheme: schemeJson,
      inputs: { x: { actual: 1, target: 1 } },
      expect: { total: '10.00' },
    },
  ],
};
const access = { readFile: () => undefined, resolve: (path: string) => path };
const lawOptions = { rules: ratioRule(), inputs: leafInputArbitrary, numRuns: 1 };

/**
 * A valid call of each function that takes more than the one argument swept: the sweep keeps
 * the first argument valid and puts each wrong argument in every later position in turn.
 */
const validCalls: Readonly<Record<string, readonly unknown[]>> = {
  roundDecimal: [decimal('1.005'), { scale: 2, mode: 'half-up' }],
  formatDecimal: [decimal('1.5'), 2],
  parseDecimal: ['1.5', ['x']],
  createIssue: ['code', ['x'], { zh: '中', en: 'en' }, {}],
  explain: [evaluation, { lang: 'en' }],
  explainLeaf: [firstLeaf(), 'en'],
  category: ['c', '分类', 10, [leaf('x', '指标', 10, manualRule())]],
  leaf: ['x', '指标', 10, manualRule(), {}],
  evaluate: [smallScheme(), smallInputs],
  findPreset: ['national-project@2020', { year: 2024 }],
  renderTable: [evaluation, {}],
  renderMarkdown: [evaluation, {}],
  renderCsv: [evaluation, {}],
  scoreSheetRows: [evaluation, {}],
  summarizeLeaf: [firstLeaf(), 'en'],
  describeRule: [ratioRule(), 'en', {}],
  extractClaims: [report, { scheme: smallScheme() }],
  checkClaims: [smallScheme(), claims, {}],
  auditEvaluation: [evaluation, claims],
  renderReport: [evaluation, {}],
  parseWrittenTarget: ['≥95%', ['target']],
  parseScheme: [schemeJson, {}],
  parseDataFile: [{ scheme: 'national-project@2020' }, {}],
  runCases: [caseFile, access],
  leafInputArbitrary: [ratioRule(), decimal(10)],
  inputsArbitrary: [oneLeaf(), {}],
  checkRuleLaws: [ratioRuleKind, lawOptions],
  verifyScheme: [oneLeaf(), { numRuns: 1 }],
  compareEvaluations: [evaluation, evaluation, {}],
  renderComparisonTable: [compareEntry.compareEvaluations(evaluation, evaluation), {}],
  renderComparisonMarkdown: [compareEntry.compareEvaluations(evaluation, evaluation), {}],
  renderComparisonCsv: [compareEntry.compareEvaluations(evaluation, evaluation), {}],
  scoreDocument: [{ name: 'a.json', text: '{}' }, 0, {}],
  scoreDocuments: [[], {}],
  auditReport: [{ name: 'a.txt', text: report }, 0, {}],
  auditReports: [[], {}],
  renderSummaryTable: [batchEntry.createBatchSummary().summary(), {}],
  renderSummaryMarkdown: [batchEntry.createBatchSummary().summary(), {}],
  renderSummaryCsv: [batchEntry.createBatchSummary().summary(), {}],
};

/**
 * Exports that are functions at run time but not functions to sweep, each with the reason.
 */
const notSwept: Readonly<Record<string, string>> = {
  JixiaoError: 'a class: `new JixiaoError(issues)` is the error itself, never an entry for input',
  JixiaoDecimal:
    "the decimal constructor (a decimal.js clone): it throws decimal.js's own error by design; " +
    'values from users go through parseDecimal',
};

interface SweptFunction {
  readonly name: string;
  readonly run: AnyFunction;
}

/** Every function the ten entries export, by the name a caller imports it under. */
function exportedFunctions(): readonly SweptFunction[] {
  const found = new Map<string, SweptFunction>();
  for (const entry of [
    mainEntry,
    jsonEntry,
    testingEntry,
    presetsEntry,
    auditEntry,
    documentsEntry,
    batchEntry,
    compareEntry,
    renderEntry,
    lintEntry,
  ]) {
    for (const [name, value] of Object.entries(entry)) {
      if (typeof value !== 'function' || Object.hasOwn(notSwept, name)) continue;
      // The sweep calls each export as an untyped caller would.
      found.set(name, { name, run: value as AnyFunction });
    }
  }
  return [...found.values()];
}

/**
 * The methods of exported objects that read input: the shipped presets' `build` and
 * `skeleton`, the preset registry's `find`, an engine's methods. Not swept: the rule kinds'
 * methods (`ratioRuleKind.evaluate`, `validateRule`, …), the extension interface an engine calls
 * with rules it has validated, and the zod schemas' methods (`jsonSchemas()`, `evaluationJson`).
 */
function exportedMethods(): readonly SweptFunction[] {
  const engine = createEngine();
  const methods: SweptFunction[] = [
    {
      name: 'shippedPresets.find',
      run: (...args) => presetsEntry.shippedPresets.find(...(args as [string])),
    },
    { name: 'engine.evaluate', run: (...args) => engine.evaluate(...(args as [Scheme, Inputs])) },
    {
      name: 'engine.validateScheme',
      run: (...args) => engine.validateScheme(...(args as [Scheme])),
    },
    { name: 'engine.ruleKind', run: (...args) => engine.ruleKind(...(args as [string])) },
  ];
  for (const preset of presetsEntry.presets) {
    methods.push({
      name: `${preset.reference}.build`,
      run: (...args) => preset.build(...(args as [never])),
    });
  }
  for (const preset of presetsEntry.presets) {
    methods.push({ name: `${preset.reference}.skeleton`, run: () => preset.skeleton() });
  }
  return methods;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What is wrong with an issue list, or `undefined` when every issue is coded and bilingual. */
function issueListProblem(issues: unknown): string | undefined {
  if (!Array.isArray(issues) || issues.length === 0) return 'issues is not a non-empty array';
  const list: readonly unknown[] = issues;
  const bad = list.findIndex(
    (issue) =>
      !isRecord(issue) ||
      typeof issue['code'] !== 'string' ||
      issue['code'] === '' ||
      !Array.isArray(issue['path']) ||
      !isRecord(issue['message']) ||
      typeof issue['message']['zh'] !== 'string' ||
      typeof issue['message']['en'] !== 'string',
  );
  return bad < 0
    ? undefined
    : `issue ${bad} lacks code, path or message.zh/en: ${String(list[bad])}`;
}

function describeThrown(error: unknown): string {
  if (error instanceof Error) return `throws ${error.name}: ${error.message.split('\n')[0] ?? ''}`;
  return `throws a non-error: ${String(error)}`;
}

/** What went wrong with one call, or `undefined` when it behaved. */
async function misbehaviourOf(run: () => unknown): Promise<string | undefined> {
  try {
    let result = run();
    if (result instanceof Promise) result = await (result as Promise<unknown>);
    if (isRecord(result) && result['ok'] === false) {
      const problem = issueListProblem(result['issues']);
      return problem === undefined ? undefined : `returns a failure whose ${problem}`;
    }
    return undefined;
  } catch (error) {
    if (!(error instanceof JixiaoError)) return describeThrown(error);
    const problem = issueListProblem(error.issues);
    return problem === undefined ? undefined : `throws a JixiaoError whose ${problem}`;
  }
}

/** Every argument list the sweep calls a function with, each with a label. */
function callsOf(name: string): readonly (readonly [string, readonly unknown[]])[] {
  const calls: (readonly [string, readonly unknown[]])[] = [['()', []]];
  for (const [label, value] of wrongArguments()) calls.push([`(${label})`, [value]]);
  const valid = validCalls[name];
  if (valid === undefined) return calls;
  for (let position = 1; position < valid.length; position += 1) {
    for (const [label, value] of wrongArguments()) {
      const args = valid.map((each, index) => (index === position ? value : each));
      calls.push([`(valid…, argument ${position + 1} = ${label})`, args]);
    }
  }
  return calls;
}

function prototypeKeys(): readonly string[] {
  return [Object.prototype, Array.prototype, Function.prototype].flatMap((prototype) =>
    Reflect.ownKeys(prototype).map(String),
  );
}

const keysBefore = prototypeKeys();
const swept = [...exportedFunctions(), ...exportedMethods()];
const names = swept.map(({ name }) => name);

describe('untyped callers: wrong-typed arguments give issues or a JixiaoError, never a crash', () => {
  test('the sweep reaches every export and method named in it', () => {
    expect(names.length).toBeGreaterThan(60);
    for (const name of Object.keys(validCalls)) {
      expect(names, name).toContain(name);
    }
  });

  test.each(names)('%s', async (name) => {
    const found = swept.find((each) => each.name === name);
    if (found === undefined) throw new Error(`unreachable: ${name} is swept`);
    const valid = validCalls[name];
    if (valid !== undefined) {
      // The valid call itself behaves, so the later positions are tried on a working call.
      expect(await misbehaviourOf(() => found.run(...valid))).toBeUndefined();
    }
    const misbehaviours: string[] = [];
    for (const [label, args] of callsOf(name)) {
      const wrong = await misbehaviourOf(() => found.run(...args));
      if (wrong !== undefined) misbehaviours.push(`${name}${label} ${wrong}`);
    }
    expect(misbehaviours).toEqual([]);
    expect(prototypeKeys()).toEqual(keysBefore);
  });

  test('Object.prototype, Array.prototype and Function.prototype gain no property over the sweep', () => {
    expect(prototypeKeys()).toEqual(keysBefore);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

/** The code and path of each issue a JixiaoError carries, or the error itself if it is none. */
function thrownIssues(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (!(error instanceof JixiaoError)) return error;
    return error.issues.map((found) => [found.code, found.path]);
  }
  return 'returned';
}

function issuesOf(result: { readonly ok: boolean; readonly issues?: readonly Issue[] }): unknown {
  return result.ok ? 'ok' : result.issues?.map((found) => [found.code, found.path]);
}

describe('untyped callers: wrong types deeper inside the engine, builders, presets and tools', () => {
  test('createEngine refuses options, rule-kind lists and rule kinds of the wrong shape with invalid_argument', () => {
    expect(thrownIssues(() => createEngine(null as never))).toEqual([
      ['invalid_argument', ['options']],
    ]);
    expect(thrownIssues(() => createEngine({ ruleKinds: 5 as never }))).toEqual([
      ['invalid_argument', ['ruleKinds']],
    ]);
    expect(thrownIssues(() => createEngine({ ruleKinds: [{ kind: 'x' }] as never }))).toEqual([
      ['invalid_argument', ['ruleKinds[0]']],
    ]);
    expect(thrownIssues(() => createEngine({ ruleKinds: [null] as never }))).toEqual([
      ['invalid_argument', ['ruleKinds[0]']],
    ]);
  });

  test('a duplicate rule kind is still duplicate_rule_kind, its name shown visibly', () => {
    const impostor = { ...ratioRuleKind };
    expect(thrownIssues(() => createEngine({ ruleKinds: [impostor] }))).toEqual([
      ['duplicate_rule_kind', ['ruleKinds', 'ratio']],
    ]);
  });

  test('rule builders refuse parts of the wrong type with invalid_argument naming the part', () => {
    expect(thrownIssues(() => ratioRule({ deviationReason: null as never }))).toEqual([
      ['invalid_argument', ['options.deviationReason']],
    ]);
    expect(thrownIssues(() => mainEntry.reverseRule({ formula: 5 as never }))).toEqual([
      ['invalid_argument', ['options.formula']],
    ]);
    expect(thrownIssues(() => mainEntry.reverseRule({ deviationReason: 'x' as never }))).toEqual([
      ['invalid_argument', ['options.deviationReason']],
    ]);
    expect(thrownIssues(() => mainEntry.bandsRule({ bands: [null] as never }))).toEqual([
      ['invalid_argument', ['options.bands[0]']],
    ]);
    expect(
      thrownIssues(() => mainEntry.bandsRule({ bands: [{ from: 'x', points: 1 }] as never })),
    ).toEqual([['invalid_argument', ['options.bands[0].from']]]);
    expect(thrownIssues(() => mainEntry.levelRule([{ id: 'a', range: null }] as never))).toEqual([
      ['invalid_argument', ['levels[0].range']],
    ]);
  });

  test('a malformed decimal in a builder is still the JixiaoError of decimal()', () => {
    expect(thrownIssues(() => mainEntry.deductionRule({ pointsEach: 'abc' }))).toEqual([
      ['invalid_number', []],
    ]);
  });

  test('roundDecimal and formatDecimal refuse a mode or scale that is none with invalid_argument', () => {
    const value = decimal('1.005');
    expect(
      thrownIssues(() => mainEntry.roundDecimal(value, { scale: 2, mode: 'toString' as never })),
    ).toEqual([['invalid_argument', ['policy']]]);
    expect(
      thrownIssues(() => mainEntry.roundDecimal(value, { scale: 2.5, mode: 'half-up' })),
    ).toEqual([['invalid_argument', ['policy']]]);
    expect(thrownIssues(() => mainEntry.formatDecimal(value, -1))).toEqual([
      ['invalid_argument', ['scale']],
    ]);
    expect(thrownIssues(() => mainEntry.formatDecimal(value, 1e9))).toEqual([
      ['invalid_argument', ['scale']],
    ]);
    expect(thrownIssues(() => mainEntry.formatDecimal(5 as never))).toEqual([
      ['invalid_argument', ['value']],
    ]);
  });

  test('the invalid_argument message says what was expected and what was found, in both languages', () => {
    let message: unknown;
    try {
      mainEntry.formatDecimal('5' as never);
    } catch (error) {
      if (error instanceof JixiaoError) message = error.issues[0].message;
    }
    expect(message).toEqual({
      zh: '参数「value」应为小数（decimal），收到的是字符串',
      en: 'The argument "value" must be a decimal; it is a string',
    });
  });

  test('findPreset returns invalid_type for a reference or a year of the wrong type', () => {
    expect(issuesOf(presetsEntry.findPreset(5 as never))).toEqual([['invalid_type', ['scheme']]]);
    expect(issuesOf(presetsEntry.findPreset('national-project', null as never))).toEqual([
      ['invalid_type', ['options']],
    ]);
    expect(
      issuesOf(presetsEntry.findPreset('national-project', { year: '2024' as never })),
    ).toEqual([['invalid_type', ['year']]]);
    expect(issuesOf(presetsEntry.findPreset('national-project', { year: 2024 }))).toBe('ok');
  });

  test('an unknown preset reference is quoted with its invisible characters shown', () => {
    const found = presetsEntry.findPreset('national\u200b-project');
    expect(found.ok ? '' : found.issues[0].message.en).toMatch(
      /^No shipped scheme "national\\u\{200B\}-project" \(available: /,
    );
  });

  test('createPresetRegistry refuses what is not a list of presets with invalid_argument', () => {
    expect(thrownIssues(() => presetsEntry.createPresetRegistry(5 as never))).toEqual([
      ['invalid_argument', ['presets']],
    ]);
    expect(thrownIssues(() => presetsEntry.createPresetRegistry([{ id: 'x' }] as never))).toEqual([
      ['invalid_argument', ['presets']],
    ]);
  });

  test('a preset build returns issues at data-file paths for indicators of the wrong type', () => {
    const preset = presetsEntry.nationalProject2020;
    expect(issuesOf(preset.build(null as never))).toEqual([['invalid_type', ['indicators']]]);
    expect(issuesOf(preset.build({ outputs: 5 } as never))).toEqual([
      ['invalid_type', ['indicators', 'outputs']],
    ]);
    expect(
      issuesOf(
        preset.build({
          outputs: [null, { id: 7, name: '产出', weight: 'abc', comparison: '~' }],
        } as never),
      ),
    ).toEqual([
      ['invalid_type', ['indicators', 'outputs', 0]],
      ['invalid_type', ['indicators', 'outputs', 1, 'id']],
      ['invalid_type', ['indicators', 'outputs', 1, 'name']],
      ['invalid_value', ['indicators', 'outputs', 1, 'comparison']],
      ['invalid_number', ['indicators', 'outputs', 1, 'weight']],
    ]);
    expect(
      issuesOf(preset.build({}, { deviationReason: { above: 'x', whenMissed: 'yes' } } as never)),
    ).toEqual([
      ['invalid_type', ['deviationReason', 'whenMissed']],
      ['invalid_number', ['deviationReason', 'above']],
    ]);
  });

  test('a preset build reads a slot named __proto__ as an unknown slot, polluting nothing', () => {
    const indicators: unknown = JSON.parse('{"__proto__": []}');
    expect(issuesOf(presetsEntry.nationalProject2020.build(indicators as never))).toEqual([
      ['unknown_slot', ['indicators', '__proto__']],
      ['missing_slot', ['indicators', 'outputs']],
      ['missing_slot', ['indicators', 'benefits']],
      ['missing_slot', ['indicators', 'satisfaction']],
    ]);
    expect(prototypeKeys()).toEqual(keysBefore);
  });

  test('parseWrittenTarget returns invalid_type for a target that is not text', () => {
    const read = presetsEntry.parseWrittenTarget(95 as never, [
      'indicators',
      'outputs',
      0,
      'target',
    ]);
    expect(
      read.ok ? [] : read.issues.map((found) => [found.code, found.path, found.message.en]),
    ).toEqual([
      [
        'invalid_type',
        ['indicators', 'outputs', 0, 'target'],
        'The annual target must be text (such as ≥95% or 达成); it is a number',
      ],
    ]);
  });

  test('indexNodes refuses what is not an evaluation, at the top or inside, with invalid_argument', () => {
    expect(thrownIssues(() => mainEntry.indexNodes({ indicators: 5 } as never))).toEqual([
      ['invalid_argument', ['evaluation']],
    ]);
    const broken = { indicators: [{ type: 'category', id: 'c', children: [null] }] };
    expect(thrownIssues(() => mainEntry.indexNodes(broken as never))).toEqual([
      ['invalid_argument', ['evaluation.indicators']],
    ]);
  });

  test('the testing tools refuse options of the wrong type with invalid_argument', () => {
    expect(thrownIssues(() => testingEntry.decimalArbitrary({ min: 10, max: 1 }))).toEqual([
      ['invalid_argument', ['options.max']],
    ]);
    expect(thrownIssues(() => testingEntry.schemeArbitrary({ maxChildren: 0 }))).toEqual([
      ['invalid_argument', ['options.maxChildren']],
    ]);
    expect(
      thrownIssues(() =>
        testingEntry.leafInputArbitrary({ kind: 'toString' } as never, decimal(1)),
      ),
    ).toEqual([['invalid_argument', ['rule']]]);
    expect(thrownIssues(() => testingEntry.verifyScheme(oneLeaf(), { numRuns: 0 }))).toEqual([
      ['invalid_argument', ['options.numRuns']],
    ]);
    expect(
      thrownIssues(() =>
        testingEntry.checkRuleLaws(ratioRuleKind, { ...lawOptions, inputs: 5 as never }),
      ),
    ).toEqual([['invalid_argument', ['options.inputs']]]);
  });

  test('inputsArbitrary finds no inherited arbitrary for a custom kind named constructor', () => {
    const scheme = {
      indicators: [{ type: 'leaf', id: 'x', weight: decimal(1), rule: { kind: 'constructor' } }],
    };
    expect(
      thrownIssues(() => testingEntry.inputsArbitrary(scheme as never, { custom: {} })),
    ).toEqual([['invalid_argument', ['options.custom']]]);
  });

  test('verifyScheme reports a scheme of the wrong shape as its failed valid law', () => {
    const report = testingEntry.verifyScheme(null as never);
    expect([
      report.passed,
      report.results.map((result) => [result.law, result.subject, result.status]),
    ]).toEqual([false, [['valid', '(not a scheme)', 'failed']]]);
  });
});

function createIssueFor(code: string): Issue {
  return mainEntry.createIssue(code, [], { zh: code, en: code });
}

describe('determinism and shared state', () => {
  const json = (value: unknown): string => JSON.stringify(value);

  /** A scheme an untyped caller wrote as plain, mutable data: decimals as text, nothing frozen. */
  function mutableScheme() {
    return {
      id: 'mutable',
      version: '1',
      title: { zh: '可变方案' },
      fullMarks: '10',
      rounding: { scale: 2, mode: 'half-up' },
      notApplicable: 'rescale',
      grades: [{ grade: '-', name: { zh: '-' }, min: '0' }],
      indicators: [
        { type: 'leaf', id: 'x', name: { zh: '指标' }, weight: '10', rule: { kind: 'manual' } },
      ],
    };
  }

  test('the same scheme and inputs give the same evaluation JSON, evaluated twice', () => {
    const scheme = smallScheme();
    expect(json(evaluate(scheme, smallInputs))).toBe(json(evaluate(scheme, smallInputs)));
  });

  test('a cached (deep-frozen) scheme and a fresh copy of it give the same evaluation JSON', () => {
    const frozen = smallScheme();
    const copy = { ...frozen, indicators: [...frozen.indicators] };
    expect(Object.isFrozen(copy)).toBe(false);
    expect(json(evaluate(copy, smallInputs))).toBe(json(evaluate(frozen, smallInputs)));
  });

  test('an evaluation is frozen through and through, its scheme identity included', () => {
    const result = evaluate(smallScheme(), smallInputs);
    const value = result.ok ? result.value : undefined;
    expect(isDeepFrozen(value)).toBe(true);
    expect(Object.isFrozen(value?.scheme)).toBe(true);
    expect(Object.isFrozen(value?.scheme.title)).toBe(true);
  });

  test('mutating the inputs after evaluate changes nothing in the evaluation', () => {
    const items = [{ text: '合同备案超期' }];
    const reason = { score: decimal('7.5'), reason: '推进中' };
    const inputs = { ...smallInputs, procurement: { items }, assets: reason };
    const result = evaluate(smallScheme(), inputs);
    const before = json(result);
    items.push({ text: '追加的事项' });
    items[0] = { text: '改写的事项' };
    reason.score = decimal(0);
    expect(json(result)).toBe(before);
    expect(json(evaluate(smallScheme(), inputs))).not.toBe(before);
  });

  test('mutating a plain scheme after evaluate changes nothing scored, and the next evaluate sees the change', () => {
    const scheme = mutableScheme();
    const inputs = { x: { score: '5', reason: '部分完成' } };
    const first = evaluate(scheme as never, inputs as never);
    const before = json(first);
    expect(first.ok && first.value.total).toBe('5.00');
    scheme.indicators[0]!.weight = '20';
    scheme.fullMarks = '20';
    scheme.title.zh = '改过的方案';
    expect(json(first)).toBe(before);
    const second = evaluate(scheme as never, inputs as never);
    expect(second.ok && [second.value.scheme.title.zh, second.value.indicators[0]?.weight]).toEqual(
      ['改过的方案', '20'],
    );
  });

  test('what a result hands out cannot reach the cached scheme: the next evaluation is unchanged', () => {
    const scheme = smallScheme();
    const first = evaluate(scheme, smallInputs);
    const before = json(first);
    const value = first.ok ? first.value : undefined;
    const leafResult =
      value?.indicators[0]?.type === 'category' ? value.indicators[0].children[0] : undefined;
    const attempts = [
      () => Reflect.set(value?.scheme.title ?? {}, 'zh', '改'),
      () => Reflect.set(leafResult?.name ?? {}, 'zh', '改'),
      () => Reflect.set(leafResult?.path ?? [], 0, '改'),
      () => Reflect.set(leafResult?.type === 'leaf' ? (leafResult.rule as object) : {}, 'cap', '9'),
    ];
    expect(attempts.map((attempt) => attempt())).toEqual([false, false, false, false]);
    expect(json(evaluate(scheme, smallInputs))).toBe(before);
  });

  test('two evaluations of one cached scheme share no mutable part: each result is frozen whole', () => {
    const scheme = smallScheme();
    const first = evaluate(scheme, smallInputs);
    const second = evaluate(scheme, smallInputs);
    expect(first.ok && second.ok && first.value !== second.value).toBe(true);
    expect([isDeepFrozen(first), isDeepFrozen(second)]).toEqual([true, true]);
  });

  test('a failure from a cached scheme is frozen, its issues list included', () => {
    const broken = defineScheme({
      id: 'broken',
      version: '1',
      title: 'broken',
      fullMarks: 20,
      grades: [{ grade: '-', min: 0 }],
      indicators: [leaf('x', '指标', 10, manualRule())],
    });
    const first = evaluate(broken, { x: { score: decimal('1'), reason: '-' } });
    expect(isDeepFrozen(first)).toBe(true);
    expect(Reflect.set(first.ok ? [] : first.issues, 1, 'x')).toBe(false);
    expect(json(evaluate(broken, { x: { score: decimal('1'), reason: '-' } }))).toBe(json(first));
  });

  test("the issues validateScheme returns for a cached scheme cannot be changed into the engine's", () => {
    const scheme = oneLeaf();
    const issues = mainEntry.validateScheme(scheme);
    const forged = createIssueFor('forged');
    try {
      // An untyped caller's push onto the list it was given (refused if the list is frozen).
      Reflect.apply(Array.prototype.push, issues, [forged]);
    } catch {
      // frozen: nothing was changed
    }
    expect([
      Object.isFrozen(issues),
      issuesOf(evaluate(scheme, { x: { score: decimal('10') } })),
    ]).toEqual([true, 'ok']);
  });

  test('an input keyed __proto__ is an unknown_input, and pollutes nothing', () => {
    const inputs: unknown = JSON.parse('{"__proto__": {"actual": 1}, "constructor": {}}');
    const result = evaluate(oneLeaf(), inputs as never);
    expect(issuesOf(result)).toEqual([
      ['unknown_input', ['inputs', '__proto__']],
      ['unknown_input', ['inputs', 'constructor']],
      ['missing_input', ['inputs', 'x']],
    ]);
    expect(prototypeKeys()).toEqual(keysBefore);
  });

  test('a failure and its issues are the same on every call', () => {
    expect(json(evaluate(null as never, {}))).toBe(json(evaluate(null as never, {})));
    expect(json(evaluate(smallScheme(), 5 as never))).toBe(
      json(evaluate(smallScheme(), 5 as never)),
    );
  });
});

describe('grids passed by untyped code', () => {
  const broken: readonly (readonly [string, unknown])[] = [
    ['[null]', [null]],
    ['[{}]', [{}]],
    ['a grid whose rows hold null', [{ layout: 'pipe', repairs: [], rows: [null] }]],
    [
      'a grid with a cell without a location',
      [{ layout: 'pipe', repairs: [], rows: [{ cells: [{ text: '分值' }] }] }],
    ],
  ];

  test.each(broken)('auditText and importGrids return invalid_argument for %s', (_name, grids) => {
    const audited = auditEntry.auditText('自评得分为95分。', { tables: grids as never });
    const imported = documentsEntry.importGrids(grids as never);
    expect([
      audited.ok ? 'ok' : audited.issues.map((issue) => issue.code),
      imported.ok ? 'ok' : imported.issues.map((issue) => issue.code),
    ]).toEqual([['invalid_argument'], ['invalid_argument']]);
  });
});
