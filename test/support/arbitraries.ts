import fc from 'fast-check';
import { decimalArbitrary } from '../../src/testing.js';
import {
  bandsRule,
  category,
  decimal,
  deductionRule,
  defineScheme,
  equalRule,
  formatDecimal,
  leaf,
  levelRule,
  manualRule,
  ratioRule,
  reverseRule,
  thresholdRule,
  type Dec,
  type IndicatorNode,
  type Inputs,
  type LeafInput,
  type Rule,
  type Scheme,
} from '../../src/index.js';

/** Decimals with `scale` places in [min, max] (the testing kit's own arbitrary). */
export function decimalArb(min: number, max: number, scale = 2): fc.Arbitrary<Dec> {
  return decimalArbitrary({ min, max, scale });
}

export const weightArb = decimalArb(0, 50, 1).map((value) => value.plus('0.5'));
export const amountArb = decimalArb(0, 100_000, 2);
export const positiveAmountArb = decimalArb(0, 100_000, 2).map((value) => value.plus('0.01'));

export const ratioRuleArb: fc.Arbitrary<Rule> = fc
  .record({ cap: decimalArb(0, 2, 2).map((value) => value.plus('0.5')), reviewAbove: fc.option(decimalArb(1, 2, 2), { nil: undefined }), roundRateTo: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }) })
  .map((options) => ratioRule({ cap: options.cap, ...(options.reviewAbove === undefined ? {} : { reviewAbove: options.reviewAbove }), ...(options.roundRateTo === undefined ? {} : { roundRateTo: options.roundRateTo }) }));

export const reverseRuleArb: fc.Arbitrary<Rule> = fc.oneof(
  fc.constant(reverseRule({ formula: { type: 'linear' } })),
  fc.constant(reverseRule({ formula: { type: 'inverse' } })),
  fc
    .record({ points: decimalArb(0, 3, 2).map((value) => value.plus('0.05')), excess: fc.constantFrom('points' as const, 'relative' as const), interpolate: fc.boolean() })
    .map((formula) => reverseRule({ formula: { type: 'perPoint', ...formula } })),
);

/** A rule of any built-in kind with an input that fits it, for a given weight. */
export function ruleAndInputArb(weight: Dec): fc.Arbitrary<{ rule: Rule; input: LeafInput }> {
  const measured = fc.record({ actual: amountArb, target: positiveAmountArb });
  const fraction = decimalArb(0, 1, 2);
  return fc.oneof(
    fc.tuple(ratioRuleArb, measured).map(([rule, input]) => ({ rule, input })),
    fc.tuple(reverseRuleArb, measured).map(([rule, input]) => ({ rule, input })),
    fc.tuple(fc.boolean(), amountArb).map(([zero, actual]) => ({ rule: equalRule(), input: { actual, target: zero ? decimal(0) : actual.plus(1) } })),
    fc
      .tuple(fc.constantFrom('>=' as const, '>' as const, '=' as const, '<=' as const, '<' as const), fraction, measured)
      .map(([comparison, share, input]) => ({ rule: thresholdRule({ comparison, otherwise: weight.times(share) }), input })),
    fc
      .tuple(fc.array(fraction, { minLength: 1, maxLength: 5 }), fc.array(decimalArb(0, 200, 2), { minLength: 0, maxLength: 4 }), amountArb)
      .map(([awards, cuts, actual]) => {
        const edges = [...new Set(cuts.map((cut) => formatDecimal(cut)))].map((edge) => decimal(edge)).sort((a, b) => a.comparedTo(b)).slice(0, awards.length - 1);
        const bands = awards.slice(0, edges.length + 1).map((award, index) => ({
          ...(index === 0 ? {} : { from: [edges[index - 1] ?? 0, true] as const }),
          ...(index === edges.length ? {} : { to: [edges[index] ?? 0, false] as const }),
          fraction: award,
        }));
        return { rule: bandsRule({ bands }), input: { actual: actual.dividedBy(500) } };
      }),
    fc.tuple(fraction, fc.boolean()).map(([share, full]) => ({
      rule: levelRule([
        { id: 'done', name: { zh: '完成' }, fraction: 1 },
        { id: 'partial', name: { zh: '部分完成' }, range: { min: 0, max: 1 } },
      ]),
      input: full ? { level: 'done' } : { level: 'partial', score: weight.times(share), reason: '评价人判断' },
    })),
    fc
      .tuple(decimalArb(0, 2, 2), fc.option(decimalArb(0, 5, 1), { nil: undefined }), fc.integer({ min: 0, max: 30 }))
      .map(([pointsEach, maxDeduction, occurrences]) => ({ rule: deductionRule({ pointsEach, ...(maxDeduction === undefined ? {} : { maxDeduction }) }), input: { occurrences } })),
    fraction.map((share) => ({ rule: manualRule(), input: { score: weight.times(share), reason: '评价人判断' } })),
  );
}

interface Generated {
  readonly scheme: Scheme;
  readonly inputs: Inputs;
}

/** Random valid schemes: trees whose category weights are the exact sums of their children. */
export const schemeWithInputsArb: fc.Arbitrary<Generated> = fc
  .array(fc.array(fc.array(weightArb.chain((weight) => ruleAndInputArb(weight).map((ruled) => ({ weight, ...ruled }))), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
  .map((groups) => {
    const inputs: Record<string, LeafInput> = {};
    const sum = (nodes: readonly IndicatorNode[]): Dec => nodes.reduce((total, node) => total.plus(node.weight), decimal(0));
    const top = groups.map((subgroups, i) => {
      const children = subgroups.map((leaves, j) => {
        const leafNodes = leaves.map((generated, k) => {
          const id = `l${i}-${j}-${k}`;
          inputs[id] = generated.input;
          return leaf(id, id, generated.weight, generated.rule);
        });
        return category(`c${i}-${j}`, `c${i}-${j}`, sum(leafNodes), leafNodes);
      });
      return category(`c${i}`, `c${i}`, sum(children), children);
    });
    const fullMarks = sum(top);
    const scheme = defineScheme({
      id: 'generated',
      version: '1',
      title: 'generated',
      fullMarks,
      grades: [{ grade: 'A', min: fullMarks.times('0.9') }, { grade: 'B', min: fullMarks.times('0.6') }, { grade: 'C', min: 0 }],
      indicators: top,
    });
    return { scheme, inputs };
  });
