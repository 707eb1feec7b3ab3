// An independent reference implementation of jixiao's scoring, written from the documentation
// (README.md, docs/concepts.md, docs/rules.md, docs/rounding.md, docs/custom-rules.md), in exact
// bigint rationals. It reads the library's scheme and input *data* (its types and the text of
// its decimals) and nothing of its arithmetic. Where the documentation left a point open, the
// choice made here is the one docs/rules.md and docs/concepts.md now state; each such point is
// marked "docs:".
import type {
  BandsRule,
  DeductionRule,
  EqualRule,
  IndicatorNode,
  LeafInput,
  LeafNode,
  LevelRule,
  RatioRule,
  ReverseRule,
  Rule,
  Scheme,
  ThresholdRule,
} from '../../src/index.js';
import {
  compare,
  divide,
  equals,
  exact,
  fixedAt,
  floor,
  greater,
  greaterOrEqual,
  HUNDRED,
  isNegative,
  isZero,
  less,
  lessOrEqual,
  minOf,
  multiply,
  ONE,
  placesOf,
  plain,
  rational,
  round,
  subtract,
  sum,
  TWO,
  ZERO,
  type HasFixedText,
  type Mode,
  type Rational,
} from './exact.js';

/** An issue as the reference predicts it: its code and where it is. */
export interface RefIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
}

export interface RefLeaf {
  readonly type: 'leaf';
  readonly id: string;
  readonly kind: Rule['kind'];
  readonly weight: string;
  readonly status: 'scored' | 'not_applicable';
  readonly score: string | null;
  readonly scoreRatePercent: string | null;
  /** The exact score before the scheme's rounding (null when left out). */
  readonly exactScore: Rational | null;
  /**
   * Whether a quotient this leaf was scored from came within 10^-30, relative, of a point where
   * the answer changes, without lying on it: the point where the rounding mode rounds the other
   * way (for its score or a `roundRateTo` rate), or a cap or band bound a rate is compared with.
   * Getting such a leaf right takes more than 30 significant digits.
   */
  readonly nearBoundary: boolean;
}

export interface RefCategory {
  readonly type: 'category';
  readonly id: string;
  readonly weight: string;
  readonly applicableWeight: string;
  readonly status: 'scored' | 'not_applicable';
  readonly score: string | null;
  readonly scoreRatePercent: string | null;
  readonly children: readonly RefNode[];
}

export type RefNode = RefLeaf | RefCategory;

export interface RefEvaluation {
  readonly fullMarks: string;
  readonly rawTotal: string;
  readonly total: string;
  readonly scoreRatePercent: string;
  readonly grade: string;
  readonly notApplicableWeight: string;
  /** Whether the total was scaled back to full marks (some weight left out as 不适用). */
  readonly rescaled: boolean;
  readonly indicators: readonly RefNode[];
}

export type RefResult =
  | { readonly ok: true; readonly value: RefEvaluation }
  | { readonly ok: false; readonly schemeInvalid: boolean; readonly issues: readonly RefIssue[] };

const NEAR = rational(1n, 10n ** 30n);

/** Fields every input may carry whatever the rule (docs/concepts.md, Inputs). */
const commonFields = new Set(['reason', 'evidence', 'notApplicable']);

/** The input fields each kind reads (docs/concepts.md, Inputs; docs/rules.md per kind). */
function fieldsRead(rule: Rule): readonly string[] {
  switch (rule.kind) {
    case 'ratio':
    case 'equal':
    case 'reverse':
      return ['actual', 'target'];
    case 'threshold':
      return rule.comparison === 'yes' ? ['answer'] : ['actual', 'target'];
    case 'bands':
      return rule.measure === 'rate' ? ['actual', 'target'] : ['actual'];
    case 'level':
      return ['level', 'score'];
    case 'deduction':
      return ['occurrences', 'items'];
    case 'manual':
      return ['score'];
  }
}

interface Scored {
  readonly exact: Rational;
  /** Intermediate roundings a rule made (roundRateTo), for `nearBoundary`. */
  readonly margins: readonly (Rational | null)[];
}

type LeafOutcome = { readonly issues: readonly RefIssue[] } | Scored;

const hasReason = (input: LeafInput): boolean => (input.reason?.trim() ?? '') !== '';
const given = (input: LeafInput): string[] =>
  Object.entries(input)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);

interface Context {
  readonly id: string;
  readonly weight: Rational;
  readonly mode: Mode;
}

const at = (context: Context, ...rest: (string | number)[]) => ['inputs', context.id, ...rest];

/**
 * `actual` and `target` for the kinds that measure (docs/rules.md: "Where a rule may fix
 * `target`, an input must not give another"; docs: not even an equal one). Negative values are
 * `negative_value` issues for every kind that reads a target (docs).
 */
function measured(
  input: LeafInput,
  ruleTarget: HasFixedText | undefined,
  context: Context,
): { readonly issues: RefIssue[]; readonly actual?: Rational; readonly target?: Rational } {
  const issues: RefIssue[] = [];
  const actual = input.actual === undefined ? undefined : exact(input.actual);
  if (actual === undefined)
    issues.push({ code: 'missing_input_field', path: at(context, 'actual') });
  else if (isNegative(actual)) issues.push({ code: 'negative_value', path: at(context, 'actual') });
  if (ruleTarget !== undefined && input.target !== undefined)
    issues.push({ code: 'target_fixed_by_rule', path: at(context, 'target') });
  const fixedTarget = ruleTarget === undefined ? undefined : exact(ruleTarget);
  const target = fixedTarget ?? (input.target === undefined ? undefined : exact(input.target));
  if (target === undefined)
    issues.push({ code: 'missing_input_field', path: at(context, 'target') });
  else if (isNegative(target)) issues.push({ code: 'negative_value', path: at(context, 'target') });
  return {
    issues,
    ...(actual === undefined ? {} : { actual }),
    ...(target === undefined ? {} : { target }),
  };
}

/**
 * The deviation-reason requirement (偏差原因): a reason at or above `above` × t (docs: never
 * against a zero target), and/or when the target is missed (ratio and equal: a < t, also for a
 * ratio whose cap is not 1; equal with t = 0: a > 0; reverse: a > t).
 */
function deviationIssue(
  requirement: { readonly above?: HasFixedText; readonly whenMissed: boolean } | undefined,
  input: LeafInput,
  values: { readonly actual: Rational; readonly target: Rational; readonly missed: boolean },
  context: Context,
): RefIssue[] {
  if (requirement === undefined || hasReason(input)) return [];
  const over =
    requirement.above !== undefined &&
    !isZero(values.target) &&
    greaterOrEqual(values.actual, multiply(exact(requirement.above), values.target));
  const missed = requirement.whenMissed && values.missed;
  return over || missed ? [{ code: 'deviation_reason_required', path: at(context, 'reason') }] : [];
}

/** |x − y| ÷ y for y > 0, or null when x = y (for `nearBoundary`). */
function distance(x: Rational, y: Rational): Rational | null {
  if (equals(x, y) || !greater(y, ZERO)) return null;
  const difference = subtract(x, y);
  return divide(isNegative(difference) ? subtract(ZERO, difference) : difference, y);
}

/** `w × min(r, cap) ÷ cap`, r = a ÷ t, rounded first to `roundRateTo` places if set. */
function ratioScore(
  rule: { readonly cap: Rational; readonly roundRateTo?: number },
  actual: Rational,
  target: Rational,
  context: Context,
): Scored {
  const margins: (Rational | null)[] = [];
  let rate = divide(actual, target);
  if (rule.roundRateTo !== undefined) {
    const rounded = round(rate, rule.roundRateTo, context.mode);
    margins.push(rounded.relativeMargin);
    rate = rounded.value;
  }
  margins.push(distance(rate, rule.cap));
  const score = greaterOrEqual(rate, rule.cap)
    ? context.weight
    : divide(multiply(context.weight, rate), rule.cap);
  return { exact: score, margins };
}

function scoreRatio(rule: RatioRule, input: LeafInput, context: Context): LeafOutcome {
  const { issues, actual, target } = measured(input, rule.target, context);
  if (issues.length > 0 || actual === undefined || target === undefined) return { issues };
  if (isZero(target)) return { issues: [{ code: 'zero_target', path: at(context, 'target') }] };
  const cap = exact(rule.cap);
  const missed = less(actual, target);
  const reason = deviationIssue(rule.deviationReason, input, { actual, target, missed }, context);
  if (reason.length > 0) return { issues: reason };
  return ratioScore(
    { cap, ...(rule.roundRateTo === undefined ? {} : { roundRateTo: rule.roundRateTo }) },
    actual,
    target,
    context,
  );
}

function scoreEqual(rule: EqualRule, input: LeafInput, context: Context): LeafOutcome {
  const { issues, actual, target } = measured(input, rule.target, context);
  if (issues.length > 0 || actual === undefined || target === undefined) return { issues };
  const missed = isZero(target) ? greater(actual, ZERO) : less(actual, target);
  const reason = deviationIssue(rule.deviationReason, input, { actual, target, missed }, context);
  if (reason.length > 0) return { issues: reason };
  if (isZero(target))
    return { exact: lessOrEqual(actual, ZERO) ? context.weight : ZERO, margins: [] };
  return ratioScore({ cap: ONE }, actual, target, context);
}

function scoreReverse(rule: ReverseRule, input: LeafInput, context: Context): LeafOutcome {
  const { issues, actual, target } = measured(input, rule.target, context);
  if (issues.length > 0 || actual === undefined || target === undefined) return { issues };
  const missed = greater(actual, target);
  const reason = deviationIssue(rule.deviationReason, input, { actual, target, missed }, context);
  if (reason.length > 0) return { issues: reason };
  const w = context.weight;
  if (lessOrEqual(actual, target)) return { exact: w, margins: [] };
  const { formula } = rule;
  switch (formula.type) {
    case 'linear':
      // (1 − (a − t) ÷ t) × w, 0 from a ≥ 2t (so 0 for any a > 0 against t = 0).
      if (greaterOrEqual(actual, multiply(TWO, target))) return { exact: ZERO, margins: [] };
      return {
        exact: divide(multiply(w, subtract(multiply(TWO, target), actual)), target),
        margins: [],
      };
    case 'inverse':
      // w × t ÷ a (a > t ≥ 0, so a > 0); 0 against t = 0.
      return { exact: divide(multiply(w, target), actual), margins: [] };
    case 'perPoint': {
      // docs: against t = 0, `relative` deducts everything; `points` deducts per point as ever.
      if (formula.excess === 'relative' && isZero(target)) return { exact: ZERO, margins: [] };
      const over = subtract(actual, target);
      const excess =
        formula.excess === 'points'
          ? multiply(over, HUNDRED)
          : divide(multiply(over, HUNDRED), target);
      const counted = formula.interpolate ? excess : rational(floor(excess));
      const deduction = multiply(counted, exact(formula.points));
      return { exact: subtract(w, minOf(deduction, w)), margins: [] };
    }
  }
}

function holds(comparison: ThresholdRule['comparison'], actual: Rational, target: Rational) {
  const c = compare(actual, target);
  switch (comparison) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '=':
      return c === 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
    case 'yes':
      throw new Error('unreachable: yes reads the answer');
  }
}

function scoreThreshold(rule: ThresholdRule, input: LeafInput, context: Context): LeafOutcome {
  const otherwise = exact(rule.otherwise);
  if (rule.comparison === 'yes') {
    if (input.answer === undefined)
      return { issues: [{ code: 'missing_input_field', path: at(context, 'answer') }] };
    return { exact: input.answer ? context.weight : otherwise, margins: [] };
  }
  const { issues, actual, target } = measured(input, rule.target, context);
  if (issues.length > 0 || actual === undefined || target === undefined) return { issues };
  return {
    exact: holds(rule.comparison, actual, target) ? context.weight : otherwise,
    margins: [],
  };
}

function inBand(band: BandsRule['bands'][number], value: Rational): boolean {
  const { from, to } = band;
  const aboveLower =
    from === undefined ||
    (from.inclusive ? greaterOrEqual(value, exact(from.value)) : greater(value, exact(from.value)));
  const belowUpper =
    to === undefined ||
    (to.inclusive ? lessOrEqual(value, exact(to.value)) : less(value, exact(to.value)));
  return aboveLower && belowUpper;
}

function scoreBands(rule: BandsRule, input: LeafInput, context: Context): LeafOutcome {
  let value: Rational;
  if (rule.measure === 'rate') {
    const { issues, actual, target } = measured(input, rule.target, context);
    if (issues.length > 0 || actual === undefined || target === undefined) return { issues };
    if (isZero(target)) return { issues: [{ code: 'zero_target', path: at(context, 'target') }] };
    value = divide(actual, target);
  } else {
    // docs: the actual value is banded as it is, negative values included.
    if (input.actual === undefined)
      return { issues: [{ code: 'missing_input_field', path: at(context, 'actual') }] };
    value = exact(input.actual);
  }
  const band = rule.bands.find((each) => inBand(each, value));
  if (band === undefined)
    return { issues: [{ code: 'value_outside_bands', path: at(context, 'actual') }] };
  const award =
    'points' in band.award
      ? exact(band.award.points)
      : multiply(context.weight, exact(band.award.fraction));
  const bounds = rule.bands.flatMap((each) => [each.from, each.to]);
  const margins = bounds.map((bound) =>
    bound === undefined || rule.measure !== 'rate' ? null : distance(value, exact(bound.value)),
  );
  return { exact: award, margins };
}

function scoreLevel(rule: LevelRule, input: LeafInput, context: Context): LeafOutcome {
  if (input.level === undefined)
    return { issues: [{ code: 'missing_input_field', path: at(context, 'level') }] };
  const chosen = rule.levels.find(
    (level) =>
      level.id === input.level || level.name.zh === input.level || level.name.en === input.level,
  );
  if (chosen === undefined)
    return { issues: [{ code: 'unknown_level', path: at(context, 'level') }] };
  const w = context.weight;
  if ('fraction' in chosen.award) {
    const score = multiply(w, exact(chosen.award.fraction));
    // docs: a fixed level takes no score of its own; one equal to the level's is accepted.
    if (input.score !== undefined && !equals(exact(input.score), score))
      return { issues: [{ code: 'score_fixed_by_level', path: at(context, 'score') }] };
    return { exact: score, margins: [] };
  }
  const { range } = chosen.award;
  const issues: RefIssue[] = [];
  if (input.score === undefined)
    issues.push({ code: 'missing_input_field', path: at(context, 'score') });
  if (!hasReason(input)) issues.push({ code: 'reason_required', path: at(context, 'reason') });
  if (input.score !== undefined) {
    const score = exact(input.score);
    // docs: the share of a zero weight is 0, so such a leaf takes 0, and only from a range with 0.
    const share = isZero(w) ? ZERO : divide(score, w);
    const min = exact(range.min);
    const max = exact(range.max);
    const inRange =
      (range.minInclusive ? greaterOrEqual(share, min) : greater(share, min)) &&
      (range.maxInclusive ? lessOrEqual(share, max) : less(share, max));
    if (!inRange || isNegative(score) || greater(score, w))
      issues.push({ code: 'score_outside_level_range', path: at(context, 'score') });
    if (issues.length === 0) return { exact: score, margins: [] };
  }
  return { issues };
}

function scoreDeduction(rule: DeductionRule, input: LeafInput, context: Context): LeafOutcome {
  const { occurrences, items } = input;
  if (occurrences === undefined && items === undefined)
    return { issues: [{ code: 'missing_input_field', path: at(context, 'occurrences') }] };
  if (occurrences !== undefined && items !== undefined)
    return { issues: [{ code: 'conflicting_input_fields', path: at(context, 'items') }] };
  const pointsEach = exact(rule.pointsEach);
  let deduction: Rational;
  if (occurrences !== undefined) {
    if (!Number.isSafeInteger(occurrences) || occurrences < 0)
      return { issues: [{ code: 'invalid_count', path: at(context, 'occurrences') }] };
    deduction = multiply(rational(BigInt(occurrences)), pointsEach);
  } else {
    const each = (items ?? []).map((item) =>
      item.points === undefined ? pointsEach : exact(item.points),
    );
    const negative = each.findIndex(isNegative);
    if (negative >= 0)
      return { issues: [{ code: 'invalid_rule_parameter', path: at(context, 'items', negative) }] };
    deduction = sum(each);
  }
  const w = context.weight;
  const limit = rule.maxDeduction === undefined ? w : minOf(exact(rule.maxDeduction), w);
  return { exact: subtract(w, minOf(deduction, limit)), margins: [] };
}

function scoreManual(input: LeafInput, context: Context): LeafOutcome {
  if (input.score === undefined)
    return { issues: [{ code: 'missing_input_field', path: at(context, 'score') }] };
  const score = exact(input.score);
  if (isNegative(score) || greater(score, context.weight))
    return { issues: [{ code: 'score_out_of_range', path: at(context, 'score') }] };
  if (less(score, context.weight) && !hasReason(input))
    return { issues: [{ code: 'reason_required', path: at(context, 'reason') }] };
  return { exact: score, margins: [] };
}

function scoreRule(rule: Rule, input: LeafInput, context: Context): LeafOutcome {
  switch (rule.kind) {
    case 'ratio':
      return scoreRatio(rule, input, context);
    case 'equal':
      return scoreEqual(rule, input, context);
    case 'reverse':
      return scoreReverse(rule, input, context);
    case 'threshold':
      return scoreThreshold(rule, input, context);
    case 'bands':
      return scoreBands(rule, input, context);
    case 'level':
      return scoreLevel(rule, input, context);
    case 'deduction':
      return scoreDeduction(rule, input, context);
    case 'manual':
      return scoreManual(input, context);
  }
}

/** 得分率: score ÷ base × 100 at 2 dp with the scheme's mode, from the rounded score. */
function scoreRate(score: Rational | null, base: Rational, mode: Mode): string | null {
  if (score === null || isZero(base)) return null;
  return fixedAt(round(divide(multiply(score, HUNDRED), base), 2, mode).value, 2);
}

/**
 * A rule's points: threshold `otherwise`, band `points`, deduction `pointsEach` and
 * `maxDeduction`, and a per-point reverse rule's `points` when whole points are counted.
 */
function pointsOf(rule: Rule): HasFixedText[] {
  switch (rule.kind) {
    case 'threshold':
      return [rule.otherwise];
    case 'bands':
      return rule.bands.flatMap((band) => ('points' in band.award ? [band.award.points] : []));
    case 'deduction':
      return [rule.pointsEach, ...(rule.maxDeduction === undefined ? [] : [rule.maxDeduction])];
    case 'reverse':
      return rule.formula.type === 'perPoint' && !rule.formula.interpolate
        ? [rule.formula.points]
        : [];
    case 'ratio':
    case 'equal':
    case 'level':
    case 'manual':
      return [];
  }
}

/** The scheme checks the documentation states (docs/concepts.md, Scheme). */
export function referenceSchemeIssues(scheme: Scheme): RefIssue[] {
  const issues: RefIssue[] = [];
  const visit = (node: IndicatorNode, path: (string | number)[]): void => {
    if (node.type === 'leaf') return;
    const total = sum(node.children.map((child) => exact(child.weight)));
    if (!equals(total, exact(node.weight)))
      issues.push({ code: 'weights_do_not_sum', path: [...path, 'weight'] });
    node.children.forEach((child, index) => {
      visit(child, [...path, 'children', index]);
    });
  };
  scheme.indicators.forEach((node, index) => {
    visit(node, ['indicators', index]);
  });
  // Weights and points (分 a rule awards or deducts as they stand) never finer than the scale,
  // or full marks could not be reached after rounding (docs/concepts.md, Scheme).
  const { scale } = scheme.rounding;
  const finer = (value: HasFixedText) => (placesOf(exact(value)) ?? Infinity) > scale;
  const visitPlaces = (node: IndicatorNode, path: (string | number)[]): void => {
    if (finer(node.weight))
      issues.push({ code: 'weight_finer_than_scale', path: [...path, 'weight'] });
    if (node.type === 'category') {
      node.children.forEach((child, index) => {
        visitPlaces(child, [...path, 'children', index]);
      });
    } else if (pointsOf(node.rule).some(finer))
      issues.push({ code: 'points_finer_than_scale', path: [...path, 'rule'] });
  };
  scheme.indicators.forEach((node, index) => {
    visitPlaces(node, ['indicators', index]);
  });
  // docs: the top-level weights must sum exactly to fullMarks.
  const fullMarks = exact(scheme.fullMarks);
  if (!equals(sum(scheme.indicators.map((node) => exact(node.weight))), fullMarks))
    issues.push({ code: 'weights_do_not_sum', path: ['fullMarks'] });
  // Grades: from the highest, strictly falling, none above full marks, the lowest at 0 (docs:
  // the default 90/80/60 bands are not scaled, so a scheme below 90 full marks names its own).
  scheme.grades.forEach((band, index) => {
    const previous = scheme.grades[index - 1];
    if (previous !== undefined && !less(exact(band.min), exact(previous.min)))
      issues.push({ code: 'grade_bands_unordered', path: ['grades', index, 'min'] });
    if (greater(exact(band.min), fullMarks))
      issues.push({ code: 'grade_bands_unordered', path: ['grades', index, 'min'] });
  });
  const last = scheme.grades.at(-1);
  if (last === undefined) issues.push({ code: 'grade_bands_incomplete', path: ['grades'] });
  else if (!isZero(exact(last.min)))
    issues.push({
      code: 'grade_bands_incomplete',
      path: ['grades', scheme.grades.length - 1, 'min'],
    });
  return issues;
}

interface Aggregate {
  readonly node: RefNode;
  readonly score: Rational | null;
  readonly applicable: Rational;
  readonly notApplicable: Rational;
}

/**
 * Evaluates a scheme as the documentation describes it.
 *
 * @param scheme - a scheme built with the library's builders (only its data is read)
 * @param inputs - leaf id → input
 * @returns the expected evaluation, or the expected issues
 */
export function referenceEvaluate(
  scheme: Scheme,
  inputs: Readonly<Record<string, LeafInput>>,
): RefResult {
  const schemeIssues = referenceSchemeIssues(scheme);
  // docs: an invalid scheme is reported alone; its inputs are not looked at.
  if (schemeIssues.length > 0) return { ok: false, schemeInvalid: true, issues: schemeIssues };
  const { scale, mode } = scheme.rounding;
  const issues: RefIssue[] = [];
  const leafIds = new Set<string>();
  const collect = (node: IndicatorNode): void => {
    if (node.type === 'leaf') leafIds.add(node.id);
    else node.children.forEach(collect);
  };
  scheme.indicators.forEach(collect);
  for (const id of Object.keys(inputs))
    if (!leafIds.has(id)) issues.push({ code: 'unknown_input', path: ['inputs', id] });

  const scoreLeafNode = (node: LeafNode): Aggregate => {
    const weight = exact(node.weight);
    const base = {
      type: 'leaf' as const,
      id: node.id,
      kind: node.rule.kind,
      weight: plain(weight),
    };
    const unscored: Aggregate = {
      node: {
        ...base,
        status: 'scored',
        score: null,
        scoreRatePercent: null,
        exactScore: null,
        nearBoundary: false,
      },
      score: null,
      applicable: ZERO,
      notApplicable: ZERO,
    };
    const input = Object.hasOwn(inputs, node.id) ? inputs[node.id] : undefined;
    const context: Context = { id: node.id, weight, mode };
    if (input === undefined) {
      issues.push({ code: 'missing_input', path: ['inputs', node.id] });
      return unscored;
    }
    const fields = given(input);
    if (input.notApplicable === true) {
      // 不适用: the scheme's policy; a reason is required; no values may be given besides.
      if (scheme.notApplicable === 'forbid')
        issues.push({ code: 'not_applicable_forbidden', path: at(context, 'notApplicable') });
      if (!hasReason(input)) issues.push({ code: 'reason_required', path: at(context, 'reason') });
      for (const field of fields.filter((each) => !commonFields.has(each)))
        issues.push({ code: 'conflicting_input_fields', path: at(context, field) });
      const full = scheme.notApplicable === 'full';
      const score = full ? round(weight, scale, mode).value : null;
      return {
        node: {
          ...base,
          status: 'not_applicable',
          score: score === null ? null : fixedAt(score, scale),
          scoreRatePercent: scoreRate(score, weight, mode),
          exactScore: full ? weight : null,
          nearBoundary: false,
        },
        score,
        applicable: full ? weight : ZERO,
        notApplicable: weight,
      };
    }
    const read = new Set(fieldsRead(node.rule));
    const stray = fields.filter((field) => !read.has(field) && !commonFields.has(field));
    if (stray.length > 0) {
      for (const field of stray)
        issues.push({ code: 'unexpected_input_field', path: at(context, field) });
      return unscored;
    }
    const outcome = scoreRule(node.rule, input, context);
    if ('issues' in outcome) {
      issues.push(...outcome.issues);
      return unscored;
    }
    if (isNegative(outcome.exact) || greater(outcome.exact, weight))
      throw new Error(`reference: ${node.id} scored ${plain(outcome.exact)} outside [0, w]`);
    const rounded = round(outcome.exact, scale, mode);
    const margins = [...outcome.margins, rounded.relativeMargin];
    return {
      node: {
        ...base,
        status: 'scored',
        score: fixedAt(rounded.value, scale),
        scoreRatePercent: scoreRate(rounded.value, weight, mode),
        exactScore: outcome.exact,
        nearBoundary: margins.some((margin) => margin !== null && less(margin, NEAR)),
      },
      score: rounded.value,
      applicable: weight,
      notApplicable: ZERO,
    };
  };

  const scoreNode = (node: IndicatorNode): Aggregate => {
    if (node.type === 'leaf') return scoreLeafNode(node);
    const children = node.children.map(scoreNode);
    const scored = children.filter((child) => child.score !== null);
    // A category is 不适用 when none of its children was scored (docs): every leaf below it left
    // out under `rescale`. Its 得分率 is out of the weight that was scored (applicableWeight).
    const score = scored.length === 0 ? null : sum(scored.map((child) => child.score ?? ZERO));
    const applicable = sum(children.map((child) => child.applicable));
    return {
      node: {
        type: 'category',
        id: node.id,
        weight: plain(exact(node.weight)),
        applicableWeight: plain(applicable),
        status: score === null ? 'not_applicable' : 'scored',
        score: score === null ? null : fixedAt(score, scale),
        scoreRatePercent: scoreRate(score, applicable, mode),
        children: children.map((child) => child.node),
      },
      score,
      applicable,
      notApplicable: sum(children.map((child) => child.notApplicable)),
    };
  };

  const top = scheme.indicators.map(scoreNode);
  if (issues.length > 0) return { ok: false, schemeInvalid: false, issues };
  const fullMarks = exact(scheme.fullMarks);
  const rawTotal = sum(top.map((node) => node.score ?? ZERO));
  const applicable = sum(top.map((node) => node.applicable));
  const notApplicable = sum(top.map((node) => node.notApplicable));
  if (isZero(applicable))
    return {
      ok: false,
      schemeInvalid: false,
      issues: [{ code: 'nothing_applicable', path: ['inputs'] }],
    };
  const rescaled = !equals(applicable, fullMarks);
  // total = round(rawTotal × fullMarks ÷ applicableWeight), the one division last.
  const total = rescaled
    ? round(divide(multiply(rawTotal, fullMarks), applicable), scale, mode).value
    : rawTotal;
  const band = scheme.grades.find((each) => greaterOrEqual(total, exact(each.min)));
  return {
    ok: true,
    value: {
      fullMarks: plain(fullMarks),
      rawTotal: fixedAt(rawTotal, scale),
      total: fixedAt(total, scale),
      scoreRatePercent: scoreRate(total, fullMarks, mode) ?? '0.00',
      grade: band?.grade ?? '',
      notApplicableWeight: plain(notApplicable),
      rescaled,
      indicators: top.map((node) => node.node),
    },
  };
}
