import fc from 'fast-check';
import { decimal } from '../decimal/decimal.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { groupThousands } from '../decimal/groupThousands.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { bandsRule, type BandsRule } from '../rules/BandsRule.js';
import { deductionRule } from '../rules/DeductionRule.js';
import { equalRule } from '../rules/EqualRule.js';
import type { LeafInput } from '../rules/LeafInput.js';
import { levelRule, type LevelRule } from '../rules/LevelRule.js';
import { manualRule } from '../rules/ManualRule.js';
import { ratioRule, type RatioRule } from '../rules/RatioRule.js';
import { reverseRule, type ReverseRule } from '../rules/ReverseRule.js';
import type { Rule } from '../rules/Rule.js';
import { thresholdRule, type ThresholdRule } from '../rules/ThresholdRule.js';
import { category, defineScheme, leaf } from '../scheme/builders.js';
import type { IndicatorNode, Scheme } from '../scheme/Scheme.js';

/** Options of {@link decimalArbitrary}. */
export interface DecimalArbitraryOptions {
  readonly min?: number | string;
  readonly max?: number | string;
  /** Decimal places (default 2). */
  readonly scale?: number;
}

/**
 * Decimals with exactly `scale` places in [min, max], built from integers with `map` (no values
 * are filtered away, so shrinking reaches small, readable counterexamples).
 *
 * @param options - bounds (default 0 and 100,000) and scale
 * @returns the arbitrary
 *
 * @example
 * fc.sample(decimalArbitrary({ min: 0, max: 10, scale: 2 }), 3); // e.g. [4.21, 0, 9.99]
 */
export function decimalArbitrary(options: DecimalArbitraryOptions = {}): fc.Arbitrary<Dec> {
  const scale = options.scale ?? 2;
  const factor = new JixiaoDecimal(10).pow(scale);
  const units = (bound: number | string) => BigInt(decimal(bound).times(factor).toFixed(0));
  return fc.bigInt({ min: units(options.min ?? 0), max: units(options.max ?? 100_000) }).map((value) => new JixiaoDecimal(value.toString()).dividedBy(factor));
}

/**
 * Amounts as people write them, with thousand separators ("23,135.18"), paired with their value.
 *
 * @param options - bounds and scale, as for {@link decimalArbitrary}
 * @returns `{ text, value }` pairs
 */
export function amountTextArbitrary(options: DecimalArbitraryOptions = {}): fc.Arbitrary<{ readonly text: string; readonly value: Dec }> {
  return decimalArbitrary(options).map((value) => ({ text: groupThousands(formatDecimal(value, options.scale ?? 2)), value }));
}

const weightArbitrary = decimalArbitrary({ min: '0.5', max: 30, scale: 1 });
const fractionArbitrary = decimalArbitrary({ min: 0, max: 1, scale: 2 });

/** Built-in rules of every kind with valid parameters, for a given weight. */
export function ruleArbitrary(weight: Dec): fc.Arbitrary<Rule> {
  return fc.oneof(
    fc
      .record({ cap: decimalArbitrary({ min: '0.5', max: '1.5', scale: 2 }), roundRateTo: fc.option(fc.integer({ min: 2, max: 6 }), { nil: undefined }), fixed: fc.option(decimalArbitrary({ min: '0.01', max: 5000 }), { nil: undefined }) })
      .map(({ cap, roundRateTo, fixed }) => ratioRule({ cap, ...(roundRateTo === undefined ? {} : { roundRateTo }), ...(fixed === undefined ? {} : { target: fixed }) })),
    fc.option(decimalArbitrary({ min: 0, max: 100 }), { nil: undefined }).map((fixed) => equalRule(fixed === undefined ? {} : { target: fixed })),
    fc.oneof(
      fc.constant(reverseRule({ formula: { type: 'linear' } })),
      fc.constant(reverseRule({ formula: { type: 'inverse' } })),
      fc
        .record({ points: decimalArbitrary({ min: '0.1', max: 2, scale: 1 }), excess: fc.constantFrom('points' as const, 'relative' as const), interpolate: fc.boolean() })
        .map((formula) => reverseRule({ formula: { type: 'perPoint', ...formula } })),
    ),
    fc
      .record({ comparison: fc.constantFrom('>=' as const, '>' as const, '=' as const, '<=' as const, '<' as const, 'yes' as const), share: fractionArbitrary })
      .map(({ comparison, share }) => thresholdRule({ comparison, otherwise: weight.times(share) })),
    fc
      .record({ awards: fc.array(fractionArbitrary, { minLength: 1, maxLength: 5 }), edges: fc.uniqueArray(fc.integer({ min: 1, max: 199 }), { maxLength: 4 }), measure: fc.constantFrom('actual' as const, 'rate' as const) })
      .map(({ awards, edges, measure }) => {
        const cuts = [...edges].sort((a, b) => a - b).slice(0, awards.length - 1).map((edge) => new JixiaoDecimal(edge).dividedBy(100));
        return bandsRule({
          measure,
          bands: awards.slice(0, cuts.length + 1).map((award, index) => ({
            ...(index === 0 ? {} : { from: [cuts[index - 1] ?? 0, true] as const }),
            ...(index === cuts.length ? {} : { to: [cuts[index] ?? 0, false] as const }),
            fraction: award,
          })),
        });
      }),
    fc.constantFrom(
      levelRule([
        { id: 'done', name: { zh: '完成' }, fraction: 1 },
        { id: 'partial', name: { zh: '部分完成' }, range: { min: 0, max: 1, minInclusive: false, maxInclusive: false } },
        { id: 'not-done', name: { zh: '未完成' }, fraction: 0 },
      ]),
      levelRule([
        { id: 'achieved', name: { zh: '达成' }, range: { min: '0.8', max: 1 } },
        { id: 'partly', name: { zh: '部分达成' }, range: { min: '0.6', max: '0.8', maxInclusive: false } },
        { id: 'not', name: { zh: '未达成' }, range: { min: 0, max: '0.6', maxInclusive: false } },
      ]),
    ),
    fc
      .record({ pointsEach: decimalArbitrary({ min: 0, max: 2, scale: 1 }), maxDeduction: fc.option(decimalArbitrary({ min: 0, max: 10, scale: 1 }), { nil: undefined }) })
      .map(({ pointsEach, maxDeduction }) => deductionRule({ pointsEach, ...(maxDeduction === undefined ? {} : { maxDeduction }) })),
    fc.constant(manualRule()),
  );
}

/** Values worth trying against a target: the target itself, the review and zero-score edges, and anything. */
function actualNear(target: Dec): fc.Arbitrary<Dec> {
  return fc.oneof(
    fc.constant(target),
    fc.constant(target.times(2)),
    fc.constant(target.times('1.2')),
    fc.constant(new JixiaoDecimal(0)),
    decimalArbitrary({ min: 0, max: 3, scale: 4 }).map((share) => target.times(share)),
    decimalArbitrary({ min: 0, max: 100_000 }),
  );
}

function measured(rule: RatioRule | ReverseRule | ThresholdRule | BandsRule | { readonly kind: 'equal'; readonly target?: Dec; readonly deviationReason?: unknown }, allowZeroTarget: boolean): fc.Arbitrary<LeafInput> {
  // Rules that require a deviation reason get one, so that every generated input scores.
  const reason = 'deviationReason' in rule && rule.deviationReason !== undefined ? { reason: '偏差原因：测试' } : {};
  if (rule.target !== undefined) {
    const fixed = rule.target;
    return actualNear(fixed).map((actual) => ({ actual, ...reason }));
  }
  const targets = allowZeroTarget ? fc.oneof(fc.constant(new JixiaoDecimal(0)), decimalArbitrary({ min: '0.01', max: 100_000 })) : decimalArbitrary({ min: '0.01', max: 100_000 });
  return targets.chain((target) => actualNear(target).map((actual) => ({ actual, target, ...reason })));
}

function bandEdges(rule: BandsRule): readonly Dec[] {
  return rule.bands.flatMap((band) => [band.from?.value, band.to?.value].filter((value): value is Dec => value !== undefined));
}

function levelInput(rule: LevelRule, weight: Dec): fc.Arbitrary<LeafInput> {
  return fc.constantFrom(...rule.levels).chain((level) => {
    const award = level.award;
    if ('fraction' in award) return fc.constant({ level: level.id });
    const { min, max, minInclusive, maxInclusive } = award.range;
    // Range edges where they are included, points just inside where they are not, and between.
    const inside = (share: Dec) => JixiaoDecimal.min(JixiaoDecimal.max(share, min), max);
    const step = new JixiaoDecimal('0.0001');
    const low = minInclusive ? min : min.plus(step);
    const high = maxInclusive ? max : max.minus(step);
    return fc
      .oneof(fc.constant(low), fc.constant(high), decimalArbitrary({ min: 0, max: 1, scale: 4 }).map(inside).map((share) => JixiaoDecimal.min(JixiaoDecimal.max(share, low), high)))
      .map((share) => ({ level: level.id, score: weight.times(share), reason: '评价人判断' }));
  });
}

/**
 * Inputs that fit a built-in rule, favouring the values where rules change behaviour: actual =
 * target, actual = 2 × target, 120% of target, zero, band edges, level-range edges.
 *
 * @param rule - a built-in rule
 * @param weight - the leaf's weight
 * @returns the arbitrary
 */
export function leafInputArbitrary(rule: Rule, weight: Dec): fc.Arbitrary<LeafInput> {
  switch (rule.kind) {
    case 'ratio':
      return measured(rule, false);
    case 'equal':
      return measured(rule, true);
    case 'reverse':
      return measured(rule, true);
    case 'threshold':
      return rule.comparison === 'yes' ? fc.boolean().map((answer) => ({ answer })) : measured(rule, true);
    case 'bands': {
      const edges = bandEdges(rule);
      const values = edges.length === 0 ? decimalArbitrary({ min: 0, max: 3, scale: 4 }) : fc.oneof(fc.constantFrom(...edges), decimalArbitrary({ min: 0, max: 3, scale: 4 }));
      if (rule.measure === 'actual') return values.map((actual) => ({ actual }));
      if (rule.target !== undefined) {
        const fixed = rule.target;
        return values.map((share) => ({ actual: fixed.times(share) }));
      }
      return fc.tuple(values, decimalArbitrary({ min: '0.01', max: 10_000 })).map(([share, target]) => ({ actual: share.times(target), target }));
    }
    case 'level':
      return levelInput(rule, weight);
    case 'deduction':
      return fc.oneof(
        fc.integer({ min: 0, max: 40 }).map((occurrences) => ({ occurrences })),
        fc.array(fc.record({ text: fc.constantFrom('合同备案超期', '采购意向未公开', '资产未入账'), points: fc.option(decimalArbitrary({ min: 0, max: 2, scale: 1 }), { nil: undefined }) }), { maxLength: 6 }).map((items) => ({
          items: items.map((item) => (item.points === undefined ? { text: item.text } : { text: item.text, points: item.points })),
        })),
      );
    case 'manual':
      return fc.oneof(fc.constant(weight), fc.constant(new JixiaoDecimal(0)), decimalArbitrary({ min: 0, max: 1, scale: 2 }).map((share) => weight.times(share))).map((score) => ({ score, reason: '评价人判断' }));
    default: {
      const unknown: never = rule;
      throw new Error(`unreachable: ${JSON.stringify(unknown)}`);
    }
  }
}

/** Options of {@link schemeArbitrary}. */
export interface SchemeArbitraryOptions {
  /** Most top-level categories (default 3). */
  readonly maxCategories?: number;
  /** Most children per category (default 4). */
  readonly maxChildren?: number;
  /** Deepest nesting below the top level (default 2). */
  readonly maxDepth?: number;
}

/**
 * Whole valid schemes: random trees whose category weights are the exact sums of their
 * children's, every built-in rule kind at the leaves, grades scaled to the full marks.
 *
 * @param options - tree size limits
 * @returns the arbitrary
 */
export function schemeArbitrary(options: SchemeArbitraryOptions = {}): fc.Arbitrary<Scheme> {
  const maxChildren = options.maxChildren ?? 4;
  const leafSpec = weightArbitrary.chain((weight) => ruleArbitrary(weight).map((rule) => ({ weight, rule })));
  type Spec = { readonly weight: Dec; readonly rule: Rule } | { readonly children: readonly Spec[] };
  const { tree } = fc.letrec<{ tree: Spec }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leafSpec,
      fc.array(tie('tree'), { minLength: 1, maxLength: maxChildren }).map((children): Spec => ({ children })),
    ),
  }));
  return fc
    .tuple(fc.array(fc.array(tree, { minLength: 1, maxLength: maxChildren }), { minLength: 1, maxLength: options.maxCategories ?? 3 }), fc.constantFrom('rescale' as const, 'full' as const))
    .map(([groups, notApplicable]) => {
      let counter = 0;
      const build = (spec: Spec, depth: number): IndicatorNode => {
        counter += 1;
        const id = `n${counter}`;
        if ('rule' in spec) return leaf(id, `指标 ${counter}`, spec.weight, spec.rule);
        // Trees deeper than allowed are flattened into their first leaf-bearing child.
        const children = depth >= (options.maxDepth ?? 2) ? spec.children.filter((child) => 'rule' in child) : spec.children;
        const built = (children.length === 0 ? [{ weight: new JixiaoDecimal(1), rule: manualRule() }] : children).map((child) => build(child, depth + 1));
        return category(id, `分类 ${counter}`, built.reduce((sum, node) => sum.plus(node.weight), new JixiaoDecimal(0)), built);
      };
      const top = groups.map((children) => build({ children }, 0));
      const fullMarks = top.reduce((sum, node) => sum.plus(node.weight), new JixiaoDecimal(0));
      return defineScheme({
        id: 'generated',
        version: '1',
        title: '生成的方案',
        fullMarks,
        notApplicable,
        grades: [
          { grade: '优', min: fullMarks.times('0.9') },
          { grade: '良', min: fullMarks.times('0.8') },
          { grade: '中', min: fullMarks.times('0.6') },
          { grade: '差', min: 0 },
        ],
        indicators: top,
      });
    });
}

/** Input arbitraries for rule kinds the library does not know, keyed by `kind`. */
export type CustomInputArbitraries = Readonly<Record<string, (rule: { readonly kind: string }, weight: Dec) => fc.Arbitrary<LeafInput>>>;

/** Options of {@link inputsArbitrary}. */
export interface InputsArbitraryOptions {
  /** Input arbitraries for custom rule kinds. */
  readonly custom?: CustomInputArbitraries;
  /** Mark some leaves 不适用 (default: when the scheme allows it). */
  readonly notApplicable?: boolean;
}

const builtInKinds = new Set(['ratio', 'equal', 'reverse', 'threshold', 'bands', 'level', 'deduction', 'manual']);

/**
 * Inputs for every leaf of a scheme, from {@link leafInputArbitrary} (or the custom arbitraries
 * given), with some leaves marked not applicable where the scheme allows it (never all of them).
 *
 * @param scheme - the scheme
 * @param options - custom kinds' input arbitraries; whether to mark leaves not applicable
 * @returns the arbitrary
 */
export function inputsArbitrary(scheme: Scheme<{ readonly kind: string }>, options: InputsArbitraryOptions = {}): fc.Arbitrary<Readonly<Record<string, LeafInput>>> {
  const leaves: { readonly id: string; readonly rule: { readonly kind: string }; readonly weight: Dec }[] = [];
  const visit = (node: IndicatorNode<{ readonly kind: string }>): void => {
    if (node.type === 'leaf') leaves.push({ id: node.id, rule: node.rule, weight: node.weight });
    else node.children.forEach(visit);
  };
  scheme.indicators.forEach(visit);
  const allowNotApplicable = (options.notApplicable ?? true) && scheme.notApplicable !== 'forbid';
  const perLeaf = leaves.map(({ id, rule, weight }) => {
    const custom = options.custom?.[rule.kind];
    let input: fc.Arbitrary<LeafInput>;
    if (custom !== undefined) input = custom(rule, weight);
    // A built-in kind name means the rule is that built-in rule.
    else if (builtInKinds.has(rule.kind)) input = leafInputArbitrary(rule as Rule, weight);
    else throw new Error(`no input arbitrary for the rule kind "${rule.kind}": pass one in options.custom`);
    return { id, input };
  });
  const notApplicableInput: LeafInput = { notApplicable: true, reason: '本年度不适用' };
  const flags = (count: number) => (allowNotApplicable ? fc.array(fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }), { minLength: count, maxLength: count }) : fc.constant(new Array<boolean>(count).fill(false)));
  return fc.tuple(fc.tuple(...perLeaf.map(({ input }) => input)), flags(perLeaf.length)).map(([values, marked]) => {
    // At least one leaf keeps its real input, so there is always something to score.
    const excluded = marked.every(Boolean) ? marked.map((flag, index) => flag && index > 0) : marked;
    const inputs: Record<string, LeafInput> = {};
    perLeaf.forEach(({ id }, index) => {
      inputs[id] = excluded[index] === true ? notApplicableInput : (values[index] ?? {});
    });
    return inputs;
  });
}
