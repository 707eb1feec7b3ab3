import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import type { RoundingMode } from '../decimal/RoundingPolicy.js';
import type { Evaluation } from '../evaluation/Evaluation.js';
import { success, type Result } from '../issues/Result.js';
import { bandsRule } from '../rules/bands/bandsRule.js';
import { builtInRuleKinds } from '../rules/builtInRuleKinds.js';
import { deductionRule } from '../rules/deduction/deductionRule.js';
import { equalRule } from '../rules/equal/equalRule.js';
import type { Inputs } from '../rules/LeafInput.js';
import { completionLevelRule } from '../rules/level/levelRule.js';
import { manualRule } from '../rules/manual/manualRule.js';
import { ratioRule } from '../rules/ratio/ratioRule.js';
import { reverseRule } from '../rules/reverse/reverseRule.js';
import type { Rule } from '../rules/Rule.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';
import { thresholdRule } from '../rules/threshold/thresholdRule.js';
import { category, defineScheme, leaf } from '../scheme/builders.js';
import type { Scheme } from '../scheme/Scheme.js';
import { createEngine } from './createEngine.js';
import { evaluate } from './evaluate.js';
import { isDeepFrozen } from './isDeepFrozen.js';
import { validateScheme } from './validateScheme.js';

/** One manual leaf of `weight` scored `score`, and one of the rest of 100 marked 不适用. */
function rescaled(weight: string, score: string, mode: RoundingMode) {
  const rest = decimal(100).minus(weight);
  const scheme = defineScheme({
    id: 'rescale',
    version: '1',
    title: '折算',
    rounding: { scale: 2, mode },
    indicators: [
      category('all', '全部', 100, [
        leaf('scored', '计分', weight, manualRule()),
        leaf('left-out', '不适用', rest, manualRule()),
      ]),
    ],
  });
  const result = evaluate(scheme, {
    scored: { score: decimal(score), reason: '部分完成' },
    'left-out': { notApplicable: true, reason: '本年度无此项业务' },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const [all] = result.value.indicators;
  return {
    total: result.value.total,
    scoreRatePercent: result.value.scoreRatePercent,
    categoryRate: all?.scoreRatePercent,
  };
}

/** 得分率 of one manual leaf of `weight` scored `score`, rounded with `mode`. */
function leafRate(weight: string, score: string, mode: RoundingMode): string | null | undefined {
  const scheme = defineScheme({
    id: 'rate',
    version: '1',
    title: '得分率',
    fullMarks: weight,
    rounding: { scale: 2, mode },
    grades: [{ grade: '-', min: 0 }],
    indicators: [leaf('only', '唯一', weight, manualRule())],
  });
  const result = evaluate(scheme, { only: { score: decimal(score), reason: '部分完成' } });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value.indicators[0]?.scoreRatePercent;
}

describe('a rescaled total divides last', () => {
  test('43.02 of 48 with 52 不适用: 43.02 × 100 ÷ 48 = 89.625 → 89.63 half-up', () => {
    expect(rescaled('48', '43.02', 'half-up')).toEqual({
      total: '89.63',
      scoreRatePercent: '89.63',
      categoryRate: '89.63',
    });
  });

  test('3 of 30 with 70 不适用: 3 × 100 ÷ 30 = 10 → 10.00 truncated', () => {
    expect(rescaled('30', '3', 'down')).toEqual({
      total: '10.00',
      scoreRatePercent: '10.00',
      categoryRate: '10.00',
    });
  });
});

describe('得分率 is exact for every weight', () => {
  test('4.5 of 6 is 75% exactly: 75.00 rounded up', () => {
    expect(leafRate('6', '4.5', 'up')).toBe('75.00');
  });

  test('22.75 of 56 is 40.625% exactly: 40.62 half-down', () => {
    expect(leafRate('56', '22.75', 'half-down')).toBe('40.62');
  });

  test.each([
    ['7', '3.5', 'up', '50.00'],
    ['11', '5.5', 'down', '50.00'],
    ['14', '3.5', 'up', '25.00'],
    ['2.4', '0.6', 'up', '25.00'],
    ['0.6', '0.15', 'up', '25.00'],
    ['3', '1', 'up', '33.34'],
    ['3', '2', 'down', '66.66'],
    ['0.5', '0.13', 'half-even', '26.00'],
    ['2.5', '1.01', 'half-up', '40.40'],
  ] as const)('weight %s scored %s, %s: %s', (weight, score, mode, expected) => {
    expect(leafRate(weight, score, mode)).toBe(expected);
  });
});

/** A one-leaf scheme of weight 10 (full marks 10) with the rule given. */
function oneLeaf(rule: Rule) {
  return defineScheme({
    id: 'one',
    version: '1',
    title: '一项',
    fullMarks: 10,
    grades: [{ grade: '-', min: 0 }],
    indicators: [leaf('rate', '控制率', 10, rule)],
  });
}

/** The issues of a result, as `code path` lines. */
function issuesOf(result: Result<unknown>): readonly string[] {
  return result.ok ? [] : result.issues.map((found) => `${found.code} ${found.path.join('.')}`);
}

/** The total of a result, or its issues. */
function totalOf(result: Result<Evaluation>): string | readonly string[] {
  return result.ok ? result.value.total : issuesOf(result);
}

describe("a host application's own decimals are read onto the library's", () => {
  test('after the host sets Decimal.set({ precision: 3 }), a reverse rule scores 9.96', () => {
    const before = Decimal.precision;
    Decimal.set({ precision: 3 });
    try {
      // 10 × (2 × 28.54 − 28.65) ÷ 28.54 = 9.9614…; at 3 digits 2 × 28.54 would be 57.1.
      const rate = { actual: new Decimal('28.65'), target: new Decimal('28.54') };
      const result = evaluate(oneLeaf(reverseRule()), { rate });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const [node] = result.value.indicators;
      expect([node?.score, node?.type === 'leaf' ? node.input : null]).toEqual([
        '9.96',
        { actual: '28.65', target: '28.54' },
      ]);
    } finally {
      Decimal.set({ precision: before });
    }
  });

  test("a scheme's weight as a host decimal of precision 3 scores as the library's would", () => {
    const Host = Decimal.clone({ precision: 3 });
    const scheme = oneLeaf(ratioRule());
    const [node] = scheme.indicators;
    // As an untyped caller might build it: the weight and full marks are the host's decimals.
    const hosted = {
      ...scheme,
      fullMarks: new Host(10),
      indicators: [{ ...node, weight: new Host(10) }],
    } as unknown as Scheme;
    const rate = { actual: decimal('23033.06'), target: decimal('23135.18') };
    expect(validateScheme(hosted)).toEqual([]);
    // 10 × 23033.06 ÷ 23135.18 = 9.9558…; at 3 digits 10 × 23033.06 would be 230000.
    expect(totalOf(evaluate(hosted, { rate }))).toBe('9.96');
  });
});

describe('a decimal that is not a value is an issue, never a score', () => {
  test.each([
    [new JixiaoDecimal(Number.NaN), 'number_not_finite inputs.rate.actual'],
    [new JixiaoDecimal(Number.POSITIVE_INFINITY), 'number_not_finite inputs.rate.actual'],
    [new JixiaoDecimal('1e400'), 'number_out_of_range inputs.rate.actual'],
    [new JixiaoDecimal('1e-21'), 'number_out_of_range inputs.rate.actual'],
  ])('actual %s', (actual, issue) => {
    const result = evaluate(oneLeaf(ratioRule()), { rate: { actual, target: decimal(10) } });
    expect(issuesOf(result)).toEqual([issue]);
  });

  test('NaN is reported in both languages, with what was received', () => {
    const actual = new JixiaoDecimal(Number.NaN);
    const result = evaluate(oneLeaf(ratioRule()), { rate: { actual, target: decimal(10) } });
    expect(result.ok ? [] : result.issues).toEqual([
      {
        code: 'number_not_finite',
        path: ['inputs', 'rate', 'actual'],
        message: { zh: '数值必须是有限数，收到 NaN', en: 'A number must be finite; received NaN' },
        expected: 'a finite number',
        received: 'NaN',
      },
    ]);
  });
});

describe('callers the compiler did not check get issues, never a crash', () => {
  const untyped = (value: unknown) => value as Inputs;

  test('decimals as JSON strings or JS numbers are read as decimals', () => {
    const scheme = oneLeaf(ratioRule());
    const fromJson: unknown = JSON.parse('{"rate":{"actual":"5","target":"10"}}');
    expect(totalOf(evaluate(scheme, untyped(fromJson)))).toBe('5.00');
    expect(totalOf(evaluate(scheme, untyped({ rate: { actual: 5, target: 10 } })))).toBe('5.00');
    const grouped = { rate: { actual: '23,033.06', target: '23,135.18' } };
    expect(totalOf(evaluate(scheme, untyped(grouped)))).toBe('9.96');
  });

  test('inputs that are not an object of inputs', () => {
    const scheme = oneLeaf(ratioRule());
    for (const inputs of [null, undefined, [], 'rate', 5]) {
      expect(issuesOf(evaluate(scheme, untyped(inputs)))).toEqual(['invalid_type inputs']);
    }
    for (const input of [null, [], 'done', 5, true]) {
      expect(issuesOf(evaluate(scheme, untyped({ rate: input })))).toEqual([
        'invalid_type inputs.rate',
      ]);
    }
  });

  test.each([
    [ratioRule(), { actual: null, target: 'abc' }, 'invalid_type actual, invalid_number target'],
    [ratioRule(), { actual: true, target: {} }, 'invalid_type actual, invalid_type target'],
    [ratioRule(), { actual: '', target: 10 }, 'empty_number actual'],
    [thresholdRule({ comparison: 'yes' }), { answer: 'yes' }, 'invalid_type answer'],
    [completionLevelRule(), { level: 1 }, 'invalid_type level'],
    [completionLevelRule(), { level: 'partial', score: '5', reason: 5 }, 'invalid_type reason'],
    [manualRule(), { score: 5, evidence: ['x'] }, 'invalid_type evidence'],
    [manualRule(), { notApplicable: 'true', reason: '无' }, 'invalid_type notApplicable'],
    [deductionRule({ pointsEach: 1 }), { occurrences: '2' }, 'invalid_type occurrences'],
    [deductionRule({ pointsEach: 1 }), { items: 'late' }, 'invalid_type items'],
    [deductionRule({ pointsEach: 1 }), { items: [null] }, 'invalid_type items.0'],
    [
      deductionRule({ pointsEach: 1 }),
      { items: [{ text: 1 }, { text: '迟报', points: 'x' }, { text: '漏报', point: 1 }] },
      'invalid_type items.0.text, invalid_number items.1.points, ' +
        'unexpected_input_field items.2.point',
    ],
  ] as const)('case %#: %j', (rule, input, expected) => {
    const result = evaluate(oneLeaf(rule), untyped({ rate: input }));
    const issues = expected.split(', ').map((each) => each.replace(' ', ' inputs.rate.'));
    expect(issuesOf(result)).toEqual(issues);
  });

  test('a wrong type is reported in both languages, with what was expected and received', () => {
    const result = evaluate(
      oneLeaf(thresholdRule({ comparison: 'yes' })),
      untyped({ rate: { answer: 'yes' } }),
    );
    expect(result.ok ? [] : result.issues).toEqual([
      {
        code: 'invalid_type',
        path: ['inputs', 'rate', 'answer'],
        message: { zh: '应为布尔值，收到字符串', en: 'Expected a boolean; received string' },
        expected: 'a boolean',
        received: 'string',
      },
    ]);
  });

  test('named values for a custom kind are read as decimals, under any name', () => {
    const summed: RuleKind<{ readonly kind: 'summed' }> = {
      kind: 'summed',
      inputFields: ['values'],
      directionOf: () => 'none',
      validateRule: () => [],
      evaluate: (_rule, input) => {
        const values = Object.values(input.values ?? {});
        const score = values.reduce((sum, value) => sum.plus(value), decimal(0));
        return success({ score, trace: [], findings: [] });
      },
    };
    const engine = createEngine({ ruleKinds: [summed] });
    const scheme = defineScheme<Rule | { readonly kind: 'summed' }>({
      id: 'v',
      version: '1',
      title: 'v',
      fullMarks: 10,
      grades: [{ grade: '-', min: 0 }],
      indicators: [
        leaf<Rule | { readonly kind: 'summed' }>('rate', '合计', 10, { kind: 'summed' }),
      ],
    });
    const values = JSON.parse('{"__proto__": "1.5", "甲": 2, "乙": "0.25"}') as unknown;
    expect(totalOf(engine.evaluate(scheme, untyped({ rate: { values } })))).toBe('3.75');
    const bad = { rate: { values: { 甲: 'x', 乙: null } } };
    expect(issuesOf(engine.evaluate(scheme, untyped(bad)))).toEqual([
      'invalid_number inputs.rate.values.甲',
      'invalid_type inputs.rate.values.乙',
    ]);
    expect(issuesOf(engine.evaluate(scheme, untyped({ rate: { values: [] } })))).toEqual([
      'invalid_type inputs.rate.values',
    ]);
  });
});

describe('schemes from callers the compiler did not check are read, or reported', () => {
  const scheme = oneLeaf(ratioRule());
  const [node] = scheme.indicators;
  const rate = { actual: decimal('23033.06'), target: decimal('23135.18') };
  const untypedScheme = (value: unknown) => value as Scheme;

  test('decimals written as text or numbers are read as decimals', () => {
    const written = untypedScheme({
      ...scheme,
      fullMarks: '10',
      grades: [{ grade: '-', name: { zh: '-' }, min: 0 }],
      indicators: [{ ...node, weight: 10 }],
    });
    expect(validateScheme(written)).toEqual([]);
    expect(totalOf(evaluate(written, { rate }))).toBe('9.96');
  });

  test.each([
    [{ fullMarks: 'abc' }, 'invalid_number fullMarks'],
    [{ fullMarks: new JixiaoDecimal(Number.NaN) }, 'number_not_finite fullMarks'],
    [{ grades: null }, 'invalid_type grades'],
    [{ grades: [{ grade: '-', name: { zh: '-' }, min: null }] }, 'invalid_type grades.0.min'],
    [
      { indicators: [{ ...node, weight: new JixiaoDecimal('1e400') }] },
      'number_out_of_range indicators.0.weight',
    ],
    [{ indicators: {} }, 'invalid_type indicators'],
    [{ indicators: [null] }, 'invalid_type indicators.0'],
    [{ indicators: [{ ...node, type: 'node' }] }, 'invalid_value indicators.0.type'],
    [{ indicators: [{ ...node, rule: null }] }, 'invalid_type indicators.0.rule'],
    [{ indicators: [{ ...node, rule: { kind: 1 } }] }, 'invalid_type indicators.0.rule.kind'],
    [{ indicators: [{ ...node, id: 7 }] }, 'invalid_type indicators.0.id'],
    [{ title: null }, 'invalid_type title'],
    [{ rounding: 2 }, 'invalid_type rounding'],
    [{ notApplicable: 'skip' }, 'invalid_value notApplicable'],
  ])('%j: %s', (change, issue) => {
    const changed = untypedScheme({ ...scheme, ...change });
    expect(validateScheme(changed).map((found) => `${found.code} ${found.path.join('.')}`)).toEqual(
      [issue],
    );
    expect(issuesOf(evaluate(changed, { rate }))).toEqual([issue]);
  });

  test('a rule built by hand with a parameter of the wrong type is reported for that rule', () => {
    const cap = {
      indicators: [{ ...node, rule: { kind: 'ratio', cap: '1', reviewAbove: false } }],
    };
    const changed = untypedScheme({ ...scheme, ...cap });
    expect(validateScheme(changed).map((found) => `${found.code} ${found.path.join('.')}`)).toEqual(
      ['invalid_rule_parameter indicators.0.rule'],
    );
    expect(issuesOf(evaluate(changed, { rate }))).toEqual([
      'invalid_rule_parameter indicators.0.rule',
    ]);
  });

  test("a decimal of another constructor in a rule's parameters is read onto the library's", () => {
    const Host = Decimal.clone({ precision: 3 });
    const rule = { kind: 'reverse', formula: { type: 'linear' }, target: new Host('28.54') };
    const changed = untypedScheme({ ...scheme, indicators: [{ ...node, rule }] });
    expect(validateScheme(changed)).toEqual([]);
    // 10 × (2 × 28.54 − 28.65) ÷ 28.54 = 9.9614…; at 3 digits 2 × 28.54 would be 57.1.
    expect(totalOf(evaluate(changed, { rate: { actual: decimal('28.65') } }))).toBe('9.96');
    const nan = { ...rule, target: new Host(Number.NaN) };
    const broken = untypedScheme({ ...scheme, indicators: [{ ...node, rule: nan }] });
    expect(validateScheme(broken).map((found) => `${found.code} ${found.path.join('.')}`)).toEqual([
      'number_not_finite indicators.0.rule.target',
    ]);
  });

  test('what is not a scheme at all', () => {
    for (const value of [null, undefined, 'scheme', 5, []]) {
      expect(issuesOf(evaluate(untypedScheme(value), {}))).toEqual(['invalid_type ']);
      expect(validateScheme(untypedScheme(value)).map((found) => found.code)).toEqual([
        'invalid_type',
      ]);
    }
  });
});

describe('a result whose traces are built when read is the result built at once', () => {
  // Every built-in kind, in the variants whose traces differ (a cap, a rounded rate, each reverse
  // formula, listed faults, a ranged level, a percent threshold, a zero target, a rate band).
  const rules: Record<string, Rule> = {
    ratio: ratioRule(),
    capped: ratioRule({ cap: '0.9', roundRateTo: 4, rateLabel: { zh: '支出率' } }),
    equal: equalRule({ target: 0 }),
    reverse: reverseRule(),
    inverse: reverseRule({ formula: { type: 'inverse' } }),
    perPoint: reverseRule({ formula: { type: 'perPoint', points: '0.5', excess: 'relative' } }),
    threshold: thresholdRule({ comparison: '>=', target: '90%', unit: 'percent' }),
    answer: thresholdRule({ comparison: 'yes' }),
    bands: bandsRule({
      measure: 'rate',
      bands: [
        { to: ['60%', false], points: 0 },
        { from: ['60%', true], fraction: 1 },
      ],
    }),
    level: completionLevelRule(),
    deduction: deductionRule({ pointsEach: '0.5' }),
    manual: manualRule(),
  };
  const inputs: Inputs = {
    ratio: { actual: decimal('23033.06'), target: decimal('23135.18') },
    capped: { actual: decimal('95'), target: decimal('100') },
    equal: { actual: decimal('1') },
    reverse: { actual: decimal('110'), target: decimal('100') },
    inverse: { actual: decimal('130'), target: decimal('100') },
    perPoint: { actual: decimal('103.7'), target: decimal('100') },
    threshold: { actual: decimal('0.93') },
    answer: { answer: false },
    bands: { actual: decimal('7'), target: decimal('9') },
    level: { level: 'partial', score: decimal('0.4'), reason: '部分完成' },
    deduction: { items: [{ text: '迟报' }, { text: '漏报', points: decimal('0.25') }] },
    manual: { score: decimal('0.75'), reason: '评价人判断' },
  };
  const scheme = defineScheme({
    id: 'deferred',
    version: '1',
    title: '按需生成的计算过程',
    fullMarks: 12,
    grades: [{ grade: '-', min: 0 }],
    indicators: [
      category(
        'all',
        '全部',
        12,
        Object.entries(rules).map(([id, rule]) => leaf(id, id, 1, rule)),
      ),
    ],
  });
  // The same kinds under other names, each scoring through the built-in's public evaluate: the
  // engine takes their traces as data, at once, as it does every custom kind's.
  const eagerKinds = Object.values(builtInRuleKinds).map((kind): RuleKind<RuleBase> => ({
    kind: `eager-${kind.kind}`,
    inputFields: kind.inputFields,
    directionOf: () => 'none',
    validateRule: () => [],
    evaluate: (rule, input, context) =>
      kind.evaluate({ ...rule, kind: kind.kind } as never, input, context),
  }));
  const eagerScheme = {
    ...scheme,
    indicators: scheme.indicators.map((top) =>
      top.type === 'category'
        ? {
            ...top,
            children: top.children.map((child) =>
              child.type === 'leaf'
                ? { ...child, rule: { ...child.rule, kind: `eager-${child.rule.kind}` } }
                : child,
            ),
          }
        : top,
    ),
  } as Scheme<RuleBase>;
  const withoutRules = (evaluation: Evaluation): string =>
    JSON.stringify(evaluation, (key, value: unknown) => (key === 'rule' ? undefined : value));

  test('the same JSON, rule by rule, as traces built while scoring', () => {
    const deferred = evaluate(scheme, inputs);
    const eager = createEngine({ ruleKinds: eagerKinds }).evaluate(eagerScheme, inputs);
    if (!deferred.ok || !eager.ok) throw new Error('both evaluate');
    expect(withoutRules(deferred.value)).toBe(withoutRules(eager.value));
    const [all] = deferred.value.indicators;
    const ratio = all?.type === 'category' ? all.children[0] : undefined;
    expect(ratio?.type === 'leaf' ? ratio.trace.map((step) => step.result.value) : []).toEqual([
      '0.9955859431394093324538646338606399431515',
      '0.9955859431394093324538646338606399431515',
      '1.00',
    ]);
  });

  test('deep-frozen, and unchanged by what the caller changes after', () => {
    const given = { actual: decimal('23033.06'), target: decimal('23135.18') };
    const changing: Record<string, Record<string, unknown>> = { ...inputs, ratio: given };
    const result = evaluate(scheme, changing);
    if (!result.ok) throw new Error('evaluates');
    const before = evaluate(scheme, inputs);
    changing['ratio'] = { actual: decimal(1), target: decimal(2) };
    Object.assign(given, { actual: decimal(1) });
    expect(JSON.stringify(result.value)).toBe(JSON.stringify(before.ok ? before.value : null));
    expect(isDeepFrozen(result.value)).toBe(true);
    const [all] = result.value.indicators;
    const first = all?.type === 'category' ? all.children[0] : undefined;
    expect(() => {
      'use strict';
      Object.assign(first ?? {}, { trace: [] });
    }).toThrow(TypeError);
  });
});
