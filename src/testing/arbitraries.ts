import fc from 'fast-check';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { groupThousands } from '../decimal/groupThousands.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { builtInRuleArbitraries } from '../rules/builtInRuleArbitraries.js';
import { isBuiltInRule } from '../rules/isBuiltInRule.js';
import type { LeafInput } from '../rules/LeafInput.js';
import { manualRule } from '../rules/manual/index.js';
import type { Rule } from '../rules/Rule.js';
import type { RuleArbitrary } from '../rules/RuleArbitrary.js';
import {
  decimalArbitrary,
  type DecimalArbitraryOptions,
} from '../rules/support/decimalArbitrary.js';
import { isRecord } from '../issues/isRecord.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { category, defineScheme, leaf } from '../scheme/builders.js';
import { requireCount, requireOptions, requireRule, requireWeight } from './testingArguments.js';
import type { IndicatorNode, Scheme } from '../scheme/Scheme.js';

/**
 * Amounts as people write them, with thousand separators ("23,135.18"), paired with their value.
 *
 * @param options - bounds and scale, as for {@link decimalArbitrary}
 * @returns `{ text, value }` pairs
 * @throws JixiaoError for options {@link decimalArbitrary} refuses
 *
 * @example
 * fc.sample(amountTextArbitrary({ min: 1000, max: 9999, scale: 2 }), 1);
 * // → e.g. [{ text: '6,767.93', value: 6767.93 }]
 */
export function amountTextArbitrary(
  options: DecimalArbitraryOptions = {},
): fc.Arbitrary<{ readonly text: string; readonly value: Dec }> {
  // decimalArbitrary checks the options first, so that reading the scale here cannot fail.
  const values = decimalArbitrary(options);
  return values.map((value) => ({
    text: groupThousands(formatDecimal(value, options.scale ?? 2)),
    value,
  }));
}

const weightArbitrary = decimalArbitrary({ min: '0.5', max: 30, scale: 1 });

/**
 * Built-in rules of every kind with valid parameters, for a given weight: one of each kind's own
 * generator (`src/rules/<kind>/<kind>Arbitrary.ts`).
 *
 * @param weight - the leaf's weight
 * @returns the arbitrary
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes a weight that is
 *   not a decimal
 *
 * @example
 * fc.sample(ruleArbitrary(decimal(10)), 3).map((rule) => rule.kind);
 * // → e.g. ['manual', 'reverse', 'level']
 */
export function ruleArbitrary(weight: Dec): fc.Arbitrary<Rule> {
  requireWeight(weight);
  const [first, ...rest] = Object.values(builtInRuleArbitraries).map((each: RuleArbitrary<Rule>) =>
    each.rule(weight),
  );
  if (first === undefined) throw new Error('unreachable: there are built-in rule kinds');
  return fc.oneof(first, ...rest);
}

/**
 * Inputs that fit a built-in rule, favouring the values where rules change behaviour: actual =
 * target, actual = 2 × target, 120% of target, zero, band edges, level-range edges.
 *
 * @param rule - a built-in rule
 * @param weight - the leaf's weight
 * @returns the arbitrary
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes something other
 *   than a built-in rule, or a weight that is not a decimal
 *
 * @example
 * fc.sample(leafInputArbitrary(ratioRule(), decimal(10)), 1);
 * // → e.g. [{ actual: 100000, target: 74117.91 }]
 */
export function leafInputArbitrary(rule: Rule, weight: Dec): fc.Arbitrary<LeafInput> {
  requireRule(rule);
  requireWeight(weight);
  // Own keys only: a kind such as "toString" is no built-in kind, not an inherited function.
  if (!Object.hasOwn(builtInRuleArbitraries, rule.kind)) {
    throw invalidArgument('rule', aBuiltInRule, rule.kind);
  }
  // The registry holds, under each kind, the generator of exactly that kind's rules.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
  const generator = builtInRuleArbitraries[rule.kind] as RuleArbitrary<Rule>;
  return generator.input(rule, weight);
}

const aBuiltInRule = {
  zh: `内置规则（kind 为 ${Object.keys(builtInRuleArbitraries).join('、')} 之一）`,
  en: `a built-in rule (kind one of ${Object.keys(builtInRuleArbitraries).join(', ')})`,
};

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
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes options that are
 *   not an object, or limits that are not whole numbers (at least 1; the depth at least 0)
 *
 * @example
 * fc.assert(fc.property(schemeArbitrary({ maxDepth: 2 }), (scheme) => validateScheme(scheme).ok));
 */
export function schemeArbitrary(options: SchemeArbitraryOptions = {}): fc.Arbitrary<Scheme> {
  requireOptions(options, 'options');
  requireCount(options.maxCategories, 'options.maxCategories', 1);
  requireCount(options.maxChildren, 'options.maxChildren', 1);
  requireCount(options.maxDepth, 'options.maxDepth', 0);
  const maxChildren = options.maxChildren ?? 4;
  const leafSpec = weightArbitrary.chain((weight) =>
    ruleArbitrary(weight).map((rule) => ({ weight, rule })),
  );
  type Spec =
    { readonly weight: Dec; readonly rule: Rule } | { readonly children: readonly Spec[] };
  const { tree } = fc.letrec<{ tree: Spec }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leafSpec,
      fc
        .array(tie('tree'), { minLength: 1, maxLength: maxChildren })
        .map((children): Spec => ({ children })),
    ),
  }));
  return fc
    .tuple(
      fc.array(fc.array(tree, { minLength: 1, maxLength: maxChildren }), {
        minLength: 1,
        maxLength: options.maxCategories ?? 3,
      }),
      fc.constantFrom('rescale' as const, 'full' as const),
    )
    .map(([groups, notApplicable]) => {
      let counter = 0;
      const build = (spec: Spec, depth: number): IndicatorNode => {
        counter += 1;
        const id = `n${counter}`;
        if ('rule' in spec) return leaf(id, `指标 ${counter}`, spec.weight, spec.rule);
        // Trees deeper than allowed are flattened into their first leaf-bearing child.
        const children =
          depth >= (options.maxDepth ?? 2)
            ? spec.children.filter((child) => 'rule' in child)
            : spec.children;
        const built = (
          children.length === 0 ? [{ weight: new JixiaoDecimal(1), rule: manualRule() }] : children
        ).map((child) => build(child, depth + 1));
        return category(
          id,
          `分类 ${counter}`,
          built.reduce((sum, node) => sum.plus(node.weight), new JixiaoDecimal(0)),
          built,
        );
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
export type CustomInputArbitraries = Readonly<
  Record<string, (rule: { readonly kind: string }, weight: Dec) => fc.Arbitrary<LeafInput>>
>;

const aScheme = { zh: '评价方案（含 indicators 数组）', en: 'a scheme (with an indicators array)' };
const aNode = {
  zh: '指标 { type: "leaf", id, weight, rule } 或 { type: "category", children }',
  en: 'an indicator { type: "leaf", id, weight, rule } or { type: "category", children }',
};
const anInputFunction = {
  zh: '函数 (rule, weight) → 输入生成器',
  en: 'a function (rule, weight) → input arbitrary',
};
const customExpected = {
  zh: '对象（规则类型 → 输入生成器函数）',
  en: 'an object (rule kind → input arbitrary function)',
};

function requireScheme(scheme: unknown): void {
  if (!isRecord(scheme) || !Array.isArray(scheme['indicators'])) {
    throw invalidArgument('scheme', aScheme, scheme);
  }
}

/** A node's shape, checked as the walk reaches it (the walk is the check's only cost). */
function requireNode(node: unknown): void {
  const isNode =
    isRecord(node) &&
    ((node['type'] === 'leaf' && typeof node['id'] === 'string' && isRecord(node['rule'])) ||
      (node['type'] === 'category' && Array.isArray(node['children'])));
  if (!isNode) throw invalidArgument('scheme.indicators', aNode, node);
}

/** Options of {@link inputsArbitrary}. */
export interface InputsArbitraryOptions {
  /** Input arbitraries for custom rule kinds. */
  readonly custom?: CustomInputArbitraries;
  /** Mark some leaves 不适用 (default: when the scheme allows it). */
  readonly notApplicable?: boolean;
}

/**
 * Inputs for every leaf of a scheme, from {@link leafInputArbitrary} (or the custom arbitraries
 * given), with some leaves marked not applicable where the scheme allows it (never all of them).
 *
 * @param scheme - the scheme
 * @param options - custom kinds' input arbitraries; whether to mark leaves not applicable
 * @returns the arbitrary
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes something other
 *   than a scheme or options, or the scheme has a rule kind with no input arbitrary
 *
 * @example
 * fc.sample(inputsArbitrary(scheme), 1); // → e.g. [{ execution: { actual: 100000, target: 74117.91 } }]
 */
export function inputsArbitrary(
  scheme: Scheme<{ readonly kind: string }>,
  options: InputsArbitraryOptions = {},
): fc.Arbitrary<Readonly<Record<string, LeafInput>>> {
  const leaves: {
    readonly id: string;
    readonly rule: { readonly kind: string };
    readonly weight: Dec;
  }[] = [];
  requireScheme(scheme);
  requireOptions(options, 'options');
  requireOptions(options.custom, 'options.custom', customExpected);
  const visit = (node: IndicatorNode<{ readonly kind: string }>): void => {
    requireNode(node);
    if (node.type === 'leaf') leaves.push({ id: node.id, rule: node.rule, weight: node.weight });
    else node.children.forEach(visit);
  };
  scheme.indicators.forEach(visit);
  const allowNotApplicable = (options.notApplicable ?? true) && scheme.notApplicable !== 'forbid';
  const perLeaf = leaves.map(({ id, rule, weight }) => {
    // Own keys only: a kind such as "constructor" finds no inherited function.
    const custom =
      options.custom !== undefined && Object.hasOwn(options.custom, rule.kind)
        ? options.custom[rule.kind]
        : undefined;
    let input: fc.Arbitrary<LeafInput>;
    if (custom !== undefined) {
      if (typeof custom !== 'function') {
        throw invalidArgument(`options.custom.${rule.kind}`, anInputFunction, custom);
      }
      input = custom(rule, weight);
    }
    // A built-in kind name means the rule is that built-in rule.
    else if (isBuiltInRule(rule)) input = leafInputArbitrary(rule, weight);
    else
      throw invalidArgument(
        'options.custom',
        {
          zh: `含规则类型「${rule.kind}」输入生成器的对象`,
          en: `an object with an input arbitrary for the rule kind "${rule.kind}"`,
        },
        options.custom,
      );
    return { id, input };
  });
  const notApplicableInput: LeafInput = { notApplicable: true, reason: '本年度不适用' };
  const flags = (count: number) =>
    allowNotApplicable
      ? fc.array(
          fc.oneof(
            { weight: 9, arbitrary: fc.constant(false) },
            { weight: 1, arbitrary: fc.constant(true) },
          ),
          { minLength: count, maxLength: count },
        )
      : fc.constant(new Array<boolean>(count).fill(false));
  return fc
    .tuple(fc.tuple(...perLeaf.map(({ input }) => input)), flags(perLeaf.length))
    .map(([values, marked]) => {
      // At least one leaf keeps its real input, so there is always something to score.
      const excluded = marked.every(Boolean)
        ? marked.map((flag, index) => flag && index > 0)
        : marked;
      const inputs: Record<string, LeafInput> = {};
      perLeaf.forEach(({ id }, index) => {
        inputs[id] = excluded[index] === true ? notApplicableInput : (values[index] ?? {});
      });
      return inputs;
    });
}
