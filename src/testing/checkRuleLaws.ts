import fc from 'fast-check';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../decimal/roundDecimal.js';
import { roundingModes, type RoundingPolicy } from '../decimal/RoundingPolicy.js';
import { createEngine } from '../evaluate/createEngine.js';
import { isRecord } from '../issues/isRecord.js';
import { isRuleKind } from '../evaluate/isRuleKind.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { toJsonData } from '../decimal/toJsonData.js';
import { defineScheme, leaf } from '../scheme/builders.js';
import type { LeafInput } from '../rules/LeafInput.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';
import type { LawResult } from './LawResult.js';
import { LawViolation, runLaw, type RunOptions } from './lawSupport.js';
import { requireArbitrary, requireRunOptions } from './testingArguments.js';

const aRuleKind = {
  zh: '规则类型（含字符串 kind、数组 inputFields 与函数 directionOf、validateRule、evaluate）',
  en: 'a rule kind (a string kind, an array inputFields, and functions directionOf, validateRule and evaluate)',
};
const lawOptions = {
  zh: '选项 { rules, inputs, weights?, subject?, numRuns?, seed? }',
  en: 'options { rules, inputs, weights?, subject?, numRuns?, seed? }',
};

/** Checks what untyped code passed checkRuleLaws, before any law runs. */
function requireLawArguments(kind: unknown, options: unknown): void {
  if (!isRuleKind(kind)) throw invalidArgument('kind', aRuleKind, kind);
  if (!isRecord(options) || options['rules'] === undefined) {
    throw invalidArgument('options', lawOptions, options);
  }
  if (typeof options['inputs'] !== 'function') {
    throw invalidArgument(
      'options.inputs',
      { zh: '函数 (rule, weight) → 输入生成器', en: 'a function (rule, weight) → input arbitrary' },
      options['inputs'],
    );
  }
  requireArbitrary(options['weights'], 'options.weights');
  const { subject } = options;
  if (subject !== undefined && typeof subject !== 'string') {
    throw invalidArgument('options.subject', { zh: '字符串', en: 'a string' }, subject);
  }
  requireRunOptions(options);
}

/** What {@link checkRuleLaws} checks a rule kind with. */
export interface RuleLawOptions<R extends RuleBase> extends RunOptions {
  /** The rules to try: one rule, or an arbitrary of them. */
  readonly rules: R | fc.Arbitrary<R>;
  /** Leaf weights to try (default: 0.5 to 30 in steps of 0.1). */
  readonly weights?: fc.Arbitrary<Dec>;
  /** Inputs that fit a rule and weight. */
  readonly inputs: (rule: R, weight: Dec) => fc.Arbitrary<LeafInput>;
  /** A label for reports (default: the kind). */
  readonly subject?: string;
}

const defaultWeights = fc
  .integer({ min: 5, max: 300 })
  .map((tenths) => new JixiaoDecimal(tenths).dividedBy(10));
const context = (weight: Dec, rounding: RoundingPolicy = { scale: 2, mode: 'half-up' }) => ({
  weight,
  rounding,
  path: ['inputs', 'x'],
});

/**
 * Checks the laws every rule kind must obey, over generated rules, weights and inputs:
 *
 * - `bounded`: a score is never below 0 or above the weight;
 * - `deterministic`: the same input gives the same outcome;
 * - `monotone`: for rules that declare a direction, more `actual` never scores less (increasing)
 *   or more (decreasing);
 * - `shape`: rules that declare themselves continuous have no jumps; stepwise rules give only
 *   their declared steps;
 * - `rounding`: scored through the engine, the leaf's score is the exact score rounded at the
 *   policy's scale with its mode.
 *
 * A broken law comes back with a shrunk counterexample: the rule, the input and the scores.
 *
 * @param kind - the rule kind (built-in or custom)
 * @param options - rules, weights and inputs to try; run count and seed
 * @returns one result per law
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes something other
 *   than a rule kind, or options without `rules` and an `inputs` function, or run options of the
 *   wrong type (a law that breaks is a failed result, never thrown)
 *
 * @example
 * const results = checkRuleLaws(ratioRuleKind, { rules: ratioRule(), inputs: (rule, weight) => leafInputArbitrary(rule, weight) });
 * expect(results.filter((result) => result.status === 'failed')).toEqual([]);
 */
export function checkRuleLaws<R extends RuleBase>(
  kind: RuleKind<R>,
  options: RuleLawOptions<R>,
): readonly LawResult[] {
  requireLawArguments(kind, options);
  const subject = options.subject ?? kind.kind;
  const rules: fc.Arbitrary<R> =
    options.rules instanceof fc.Arbitrary ? options.rules : fc.constant(options.rules);
  const weights = options.weights ?? defaultWeights;
  const cases = fc
    .tuple(rules, weights)
    .chain(([rule, weight]) =>
      options.inputs(rule, weight).map((input) => ({ rule, weight, input })),
    );
  const exact = (rule: R, input: LeafInput, weight: Dec): Dec | null => {
    const outcome = kind.evaluate(rule, input, context(weight));
    return outcome.ok ? outcome.value.score : null;
  };
  const describe = (rule: R, input: LeafInput) => ({
    rule: toJsonData(rule),
    inputs: toJsonData(input),
  });
  const results: LawResult[] = [];

  results.push(
    runLaw(
      'bounded',
      subject,
      cases,
      ({ rule, weight, input }) => {
        const score = exact(rule, input, weight);
        if (score !== null && (score.isNegative() || score.greaterThan(weight))) {
          throw new LawViolation({
            message: `score ${formatDecimal(score)} lies outside [0, ${formatDecimal(weight)}]`,
            ...describe(rule, input),
            values: { score: formatDecimal(score), weight: formatDecimal(weight) },
          });
        }
      },
      options,
    ),
  );

  results.push(
    runLaw(
      'deterministic',
      subject,
      cases,
      ({ rule, weight, input }) => {
        const first = JSON.stringify(toJsonData(kind.evaluate(rule, input, context(weight))));
        const second = JSON.stringify(toJsonData(kind.evaluate(rule, input, context(weight))));
        if (first !== second)
          throw new LawViolation({
            message: 'the same input gave two different outcomes',
            ...describe(rule, input),
            values: { first, second },
          });
      },
      options,
    ),
  );

  const withActual = cases.chain((value) =>
    fc
      .integer({ min: 0, max: 40_000 })
      .map((hundredths) => ({ ...value, more: new JixiaoDecimal(hundredths).dividedBy(10_000) })),
  );
  results.push(
    runLaw(
      'monotone',
      subject,
      withActual,
      ({ rule, weight, input, more }) => {
        const direction = kind.directionOf(rule);
        if (direction === 'none' || input.actual === undefined) return;
        const base = input.actual;
        // A larger actual: relative to the target where there is one, so the step is meaningful.
        // Rules that fix a target carry it as `target`; others have none, and the actual sets the step.
        const larger = base.plus(
          more.times(
            input.target ??
              // a rule that fixes a target carries it as `target`; reading it from others gives
              // undefined
              // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
              (rule as { readonly target?: Dec }).target ??
              JixiaoDecimal.max(base, 1),
          ),
        );
        const low = exact(rule, input, weight);
        const high = exact(rule, { ...input, actual: larger }, weight);
        if (low === null || high === null) return;
        const broken = direction === 'increasing' ? high.lessThan(low) : high.greaterThan(low);
        if (broken) {
          throw new LawViolation({
            message: `declared ${direction}, but actual ${formatDecimal(base)} scores ${formatDecimal(low)} and actual ${formatDecimal(larger)} scores ${formatDecimal(high)}`,
            ...describe(rule, input),
            values: {
              actual: formatDecimal(base),
              score: formatDecimal(low),
              largerActual: formatDecimal(larger),
              largerScore: formatDecimal(high),
            },
          });
        }
      },
      options,
    ),
  );

  results.push(
    runLaw(
      'shape',
      subject,
      cases,
      ({ rule, weight, input }) => {
        const shape = kind.shapeOf?.(rule, weight, input);
        const score = exact(rule, input, weight);
        if (shape === undefined || score === null || input.actual === undefined) return;
        if (shape.type === 'stepwise') {
          if (!shape.steps.some((stepValue) => stepValue.equals(score))) {
            throw new LawViolation({
              message: `stepwise, but scored ${formatDecimal(score)}, not one of ${shape.steps.map((value) => formatDecimal(value)).join(', ')}`,
              ...describe(rule, input),
              values: { score: formatDecimal(score) },
            });
          }
          return;
        }
        // No jump on either side: shrinking the step a thousandfold must shrink the change, which a
        // jump would not.
        const scaleOf = JixiaoDecimal.max(input.actual.abs(), input.target ?? 1, 1);
        const epsilon = scaleOf.times('1e-12');
        for (const sign of [-1, 1]) {
          const near = JixiaoDecimal.max(0, input.actual.plus(epsilon.times(sign)));
          const far = JixiaoDecimal.max(0, input.actual.plus(epsilon.times(1000 * sign)));
          const atNear = exact(rule, { ...input, actual: near }, weight);
          const atFar = exact(rule, { ...input, actual: far }, weight);
          if (atNear === null || atFar === null) continue;
          const small = score.minus(atNear).abs();
          const large = score.minus(atFar).abs();
          if (small.greaterThan(large.dividedBy(100).plus(weight.times('1e-15')))) {
            throw new LawViolation({
              message: `declared continuous, but jumps by ${formatDecimal(small)} just ${sign < 0 ? 'below' : 'above'} actual ${formatDecimal(input.actual)}`,
              ...describe(rule, input),
              values: {
                actual: formatDecimal(input.actual),
                score: formatDecimal(score),
                [sign < 0 ? 'justBelow' : 'justAbove']: formatDecimal(near),
                scoreThere: formatDecimal(atNear),
              },
            });
          }
        }
      },
      options,
    ),
  );

  // The kind goes through the engine under a name of its own, so that a modified copy of a
  // built-in kind is checked as itself.
  const proxyKind = `law-check:${kind.kind}`;
  // The proxy hands the kind back its own rule (with its own name), so the widening is sound.
  const engine = createEngine({
    ruleKinds: [
      {
        ...kind,
        kind: proxyKind,
        validateRule: () => [],
        // Points finer than the scale are the scheme's to refuse; this law checks their rounding.
        pointsOf: () => [],
        evaluate: (rule: RuleBase, input, ruleContext) =>
          // the proxy hands the kind back its own rule, renamed to its own kind
          // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
          kind.evaluate({ ...rule, kind: kind.kind } as R, input, ruleContext),
      },
    ],
  });
  const policies = fc.record({
    scale: fc.integer({ min: 0, max: 4 }),
    mode: fc.constantFrom(...roundingModes),
  });
  results.push(
    runLaw(
      'rounding',
      subject,
      fc.tuple(cases, policies),
      ([{ rule, weight, input }, drawn]) => {
        // A scale coarser than the weight makes the scheme invalid (weight_finer_than_scale).
        const policy = { ...drawn, scale: Math.max(drawn.scale, weight.decimalPlaces()) };
        const outcome = kind.evaluate(rule, input, context(weight, policy));
        if (
          !outcome.ok ||
          outcome.value.score.isNegative() ||
          outcome.value.score.greaterThan(weight)
        )
          return;
        const scheme = defineScheme<RuleBase>({
          id: 'law',
          version: '1',
          title: 'law',
          fullMarks: weight,
          rounding: policy,
          grades: [{ grade: '-', min: 0 }],
          indicators: [leaf<RuleBase>('x', 'x', weight, { ...rule, kind: proxyKind })],
        });
        const result = engine.evaluate(scheme, { x: input });
        const expected = formatDecimal(roundDecimal(outcome.value.score, policy), policy.scale);
        const scored =
          result.ok && result.value.indicators[0]?.type === 'leaf'
            ? result.value.indicators[0].score
            : null;
        if (scored !== expected) {
          throw new LawViolation({
            message: `scored ${scored ?? 'nothing'}, but the exact score ${formatDecimal(outcome.value.score)} rounds to ${expected} at ${policy.scale} dp (${policy.mode})`,
            ...describe(rule, input),
            values: { exact: formatDecimal(outcome.value.score), expected, scored: scored ?? '' },
          });
        }
      },
      options,
    ),
  );
  return results;
}
