import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import {
  createEngine,
  decimal,
  defineScheme,
  evaluate,
  formatDecimal,
  leaf,
  ratioRule,
  reverseRule,
  thresholdRule,
  type Evaluation,
  type IndicatorNode,
  type LeafInput,
  type NodeResult,
  type Rule,
  type Scheme,
} from '../src/index.js';
import { parseEvaluation, parseScheme, schemeToJson } from '../src/json.js';
import {
  amountArb,
  positiveAmountArb,
  reverseRuleArb,
  ruleAndInputArb,
  schemeWithInputsArb,
  weightArb,
} from './support/arbitraries.js';
import {
  compare,
  divide,
  fromDecimalString,
  min,
  multiply,
  rational,
  roundHalfUp,
  subtract,
} from './support/rational.js';

const engine = createEngine();

function single(rule: Rule, weight: string, input: LeafInput) {
  const scheme = defineScheme({
    id: 'p',
    version: '1',
    title: 'p',
    fullMarks: weight,
    grades: [{ grade: '-', min: 0 }],
    indicators: [leaf('x', 'x', weight, rule)],
  });
  return engine.evaluate(scheme, { x: input });
}

function scoreOf(result: ReturnType<typeof single>): string {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value.total;
}

function nodes(list: readonly NodeResult[]): NodeResult[] {
  return list.flatMap((node) => [node, ...(node.type === 'category' ? nodes(node.children) : [])]);
}

describe('every rule', () => {
  test.prop([
    weightArb.chain((weight) => ruleAndInputArb(weight).map((ruled) => ({ weight, ...ruled }))),
  ])('scores between 0 and its weight, or returns issues', ({ weight, rule, input }) => {
    const result = single(rule, formatDecimal(weight), input);
    if (!result.ok) {
      expect(result.issues.length).toBeGreaterThan(0);
      return;
    }
    const score = decimal(result.value.total);
    expect(score.greaterThanOrEqualTo(0) && score.lessThanOrEqualTo(weight)).toBe(true);
  });

  test.prop([
    weightArb.chain((weight) => ruleAndInputArb(weight).map((ruled) => ({ weight, ...ruled }))),
  ])('is deterministic: the same input gives byte-identical JSON', ({ weight, rule, input }) => {
    expect(JSON.stringify(single(rule, formatDecimal(weight), input))).toBe(
      JSON.stringify(single(rule, formatDecimal(weight), input)),
    );
  });
});

describe('monotone rules are monotone in the actual value', () => {
  const pair = fc
    .tuple(amountArb, amountArb, positiveAmountArb)
    .map(([a, b, target]) =>
      a.lessThanOrEqualTo(b) ? { low: a, high: b, target } : { low: b, high: a, target },
    );
  const increasing = fc.oneof(
    fc.constant(ratioRule()),
    fc.constant(ratioRule({ roundRateTo: 4 })),
    fc.constant(thresholdRule({ comparison: '>=' })),
    fc.constant(thresholdRule({ comparison: '>', otherwise: 1 })),
  );

  test.prop([increasing, pair])(
    '正向 rules never score less for more',
    (rule, { low, high, target }) => {
      const lower = decimal(scoreOf(single(rule, '10', { actual: low, target })));
      const higher = decimal(scoreOf(single(rule, '10', { actual: high, target })));
      expect(lower.lessThanOrEqualTo(higher)).toBe(true);
    },
  );

  test.prop([reverseRuleArb, pair])(
    '反向 rules never score more for more',
    (rule, { low, high, target }) => {
      const lower = decimal(scoreOf(single(rule, '10', { actual: low, target })));
      const higher = decimal(scoreOf(single(rule, '10', { actual: high, target })));
      expect(lower.greaterThanOrEqualTo(higher)).toBe(true);
    },
  );
});

describe('agreement with an exact rational reference', () => {
  test.prop([weightArb, amountArb, positiveAmountArb])(
    'ratio: round(w × min(a ÷ t, 1), 2)',
    (weight, actual, target) => {
      const [w, a, t] = [weight, actual, target].map((value) =>
        fromDecimalString(formatDecimal(value)),
      ) as [ReturnType<typeof rational>, ReturnType<typeof rational>, ReturnType<typeof rational>];
      const expected = roundHalfUp(multiply(w, min(divide(a, t), rational(1n))), 2);
      expect(
        scoreOf(
          single(ratioRule({ reviewAbove: false }), formatDecimal(weight), { actual, target }),
        ),
      ).toBe(expected);
    },
  );

  test.prop([weightArb, amountArb, positiveAmountArb])(
    'reverse linear: full to t, (1 − (a − t) ÷ t) × w, 0 from 2t',
    (weight, actual, target) => {
      const [w, a, t] = [weight, actual, target].map((value) =>
        fromDecimalString(formatDecimal(value)),
      ) as [ReturnType<typeof rational>, ReturnType<typeof rational>, ReturnType<typeof rational>];
      const two = rational(2n);
      const exact =
        compare(a, t) <= 0
          ? w
          : compare(a, multiply(two, t)) >= 0
            ? rational(0n)
            : multiply(subtract(rational(1n), divide(subtract(a, t), t)), w);
      expect(scoreOf(single(reverseRule(), formatDecimal(weight), { actual, target }))).toBe(
        roundHalfUp(exact, 2),
      );
    },
  );

  test.prop([weightArb, amountArb.map((value) => value.plus('0.01')), positiveAmountArb])(
    'reverse inverse: w × t ÷ a beyond the limit',
    (weight, actual, target) => {
      const [w, a, t] = [weight, actual, target].map((value) =>
        fromDecimalString(formatDecimal(value)),
      ) as [ReturnType<typeof rational>, ReturnType<typeof rational>, ReturnType<typeof rational>];
      const exact = compare(a, t) <= 0 ? w : divide(multiply(w, t), a);
      expect(
        scoreOf(
          single(reverseRule({ formula: { type: 'inverse' } }), formatDecimal(weight), {
            actual,
            target,
          }),
        ),
      ).toBe(roundHalfUp(exact, 2));
    },
  );
});

/** Generated schemes and inputs are valid by construction, so every evaluation must succeed. */
function evaluated(scheme: Scheme, inputs: Parameters<typeof evaluate>[1]): Evaluation {
  const result = evaluate(scheme, inputs);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function reversed(list: readonly IndicatorNode[]): IndicatorNode[] {
  return [...list]
    .reverse()
    .map((node) =>
      node.type === 'category' ? { ...node, children: reversed(node.children) } : node,
    );
}

describe('schemes', () => {
  test.prop([schemeWithInputsArb])(
    'every category is the exact sum of its children; the total of the top level',
    ({ scheme, inputs }) => {
      const evaluation = evaluated(scheme, inputs);
      for (const node of nodes(evaluation.indicators)) {
        if (node.type !== 'category') continue;
        const sum = node.children.reduce(
          (total, child) => total.plus(child.score ?? '0'),
          decimal(0),
        );
        expect(formatDecimal(sum, 2)).toBe(node.score);
      }
      const total = evaluation.indicators.reduce(
        (sum, node) => sum.plus(node.score ?? '0'),
        decimal(0),
      );
      expect(formatDecimal(total, 2)).toBe(evaluation.total);
      const band = scheme.grades.find((grade) =>
        decimal(evaluation.total).greaterThanOrEqualTo(grade.min),
      );
      expect(evaluation.grade.grade).toBe(band?.grade);
    },
  );

  test.prop([schemeWithInputsArb])('sibling order changes no score', ({ scheme, inputs }) => {
    const original = evaluated(scheme, inputs);
    const shuffled = evaluated({ ...scheme, indicators: reversed(scheme.indicators) }, inputs);
    const scores = (evaluation: Evaluation) =>
      Object.fromEntries(nodes(evaluation.indicators).map((node) => [node.id, node.score]));
    expect(scores(shuffled)).toEqual(scores(original));
    expect(shuffled.total).toBe(original.total);
  });

  test.prop([schemeWithInputsArb])(
    'schemes and evaluations round-trip through JSON',
    ({ scheme, inputs }) => {
      const json = JSON.parse(JSON.stringify(schemeToJson(scheme))) as unknown;
      const parsed = parseScheme(json);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      expect(schemeToJson(parsed.value)).toEqual(schemeToJson(scheme));
      const evaluation = evaluated(scheme, inputs);
      const read = parseEvaluation(JSON.parse(JSON.stringify(evaluation)));
      expect(read.ok ? read.value : read.issues).toEqual(evaluation);
      expect(JSON.stringify(evaluated(parsed.value, inputs))).toBe(JSON.stringify(evaluation));
    },
  );
});
