// Seeded generators of schemes and inputs for the differential test. Besides the library's own
// `schemeArbitrary` / `inputsArbitrary`, they cover what those leave out: every rounding mode and
// scales 0–4 (weights and points never finer than the scale), the three 不适用 policies with
// rescaling, fixed targets, deviation reasons, long (35-digit) inputs next to rounding points,
// weights whose 得分率 does not divide evenly, invalid inputs and invalid schemes.
import fc from 'fast-check';
import {
  bandsRule,
  category,
  completionLevelRule,
  decimal,
  deductionRule,
  defineScheme,
  equalRule,
  leaf,
  levelRule,
  manualRule,
  nationalLevelRule,
  ratioRule,
  reverseRule,
  thresholdRule,
  type BandOptions,
  type Comparison,
  type IndicatorNode,
  type Inputs,
  type LeafInput,
  type LevelOptions,
  type NotApplicablePolicy,
  type Rule,
  type Scheme,
} from '../../src/index.js';
import { inputsArbitrary, schemeArbitrary } from '../../src/testing.js';
import { Draw, drawn } from './draw.js';
import {
  add,
  divide,
  exact,
  exactText,
  fixed,
  floor,
  greater,
  greaterOrEqual,
  isZero,
  less,
  lessOrEqual,
  multiply,
  placesOf,
  plain,
  rational,
  subtract,
  sum,
  type Mode,
  type Rational,
} from './exact.js';

export const modes: readonly Mode[] = ['half-up', 'half-even', 'half-down', 'down', 'up'];

/** One generated case: a scheme, its inputs, and where it came from. */
export interface Case {
  readonly scheme: Scheme;
  readonly inputs: Inputs;
  /** What the generator aimed at, for the report. */
  readonly note: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// ---------------------------------------------------------------------------------------------
// Decimal text helpers

function textAt(value: Rational, places: number, how: 'floor' | 'ceil'): string {
  const scaled = multiply(value, rational(10n ** BigInt(places)));
  const down = floor(scaled);
  const units = how === 'floor' || scaled.denominator === 1n ? down : down + 1n;
  return fixed(units, places);
}

const placesOfText = (text: string): number => placesOf(exactText(text)) ?? 0;

/** The value, or `fallback` when it lies beyond what the library admits (magnitude 10^15). */
function admitted(text: string, fallback: string): string {
  const value = exactText(text);
  const magnitude = value.numerator < 0n ? multiply(value, rational(-1n)) : value;
  return less(magnitude, rational(10n ** 15n)) ? text : fallback;
}

// ---------------------------------------------------------------------------------------------
// Scheme specs: drawn first, built with the library's builders afterwards (so a defect can be
// injected into a spec before it is built).

interface LeafSpec {
  readonly type: 'leaf';
  readonly id: string;
  weight: string;
  readonly rule: Rule;
}

interface CategorySpec {
  readonly type: 'category';
  readonly id: string;
  /** Overrides the sum of the children's weights (for injected defects). */
  weight?: string;
  readonly children: Spec[];
}

type Spec = LeafSpec | CategorySpec;

function weightOf(spec: Spec): Rational {
  if (spec.type === 'leaf') return exactText(spec.weight);
  return spec.weight === undefined ? sum(spec.children.map(weightOf)) : exactText(spec.weight);
}

function build(spec: Spec): IndicatorNode {
  if (spec.type === 'leaf') return leaf(spec.id, `指标 ${spec.id}`, spec.weight, spec.rule);
  return category(spec.id, `分类 ${spec.id}`, plain(weightOf(spec)), spec.children.map(build));
}

function leavesOf(specs: readonly Spec[]): LeafSpec[] {
  return specs.flatMap((spec) => (spec.type === 'leaf' ? [spec] : leavesOf(spec.children)));
}

interface GradeSpec {
  readonly grade: string;
  readonly min: string;
}

function gradesFor(draw: Draw, fullMarks: Rational, scale: number): GradeSpec[] | undefined {
  if (greaterOrEqual(fullMarks, rational(90n)) && draw.chance(0.3)) return undefined; // defaults
  if (isZero(fullMarks)) return [{ grade: '差', min: '0' }];
  const places = draw.int(0, Math.max(scale, 2));
  const cut = (share: string) => textAt(multiply(fullMarks, exactText(share)), places, 'floor');
  const mins = [cut(draw.pick(['0.9', '0.95', '1'])), cut('0.8'), cut('0.6'), '0'];
  const grades: GradeSpec[] = [];
  ['优', '良', '中', '差'].forEach((grade, index) => {
    const min = mins[index] ?? '0';
    const previous = grades.at(-1);
    if (previous === undefined || less(exactText(min), exactText(previous.min)))
      grades.push({ grade, min });
  });
  const last = grades.at(-1);
  if (last !== undefined && !isZero(exactText(last.min))) grades.push({ grade: '差', min: '0' });
  return grades;
}

// ---------------------------------------------------------------------------------------------
// Values: targets and actuals around the points where rules change behaviour

function positiveTarget(draw: Draw, long: number): string {
  const roll = draw.int(0, 99);
  if (roll < long * 100) return draw.units(1n, 10n ** 34n, 20);
  if (roll < 20) return draw.units(1n, 15_000n, 4); // a rate written as a fraction
  return draw.units(1n, 10n ** 7n * 100n, draw.int(0, 3));
}

function around(draw: Draw, target: string, special: readonly string[], long: number): string {
  const t = exactText(target);
  const roll = draw.int(0, 99);
  if (roll < 8) return '0';
  if (roll < 16) return positiveTarget(draw, long);
  const factor = draw.pick([
    '0.5',
    '0.9',
    '0.99',
    '0.999',
    '1',
    '1',
    '1',
    '1.0001',
    '1.01',
    '1.2',
    '1.5',
    '2',
    '2',
    '2.5',
    ...special,
    ...special,
  ]);
  const places = draw.chance(long) ? 20 : draw.int(0, 5);
  const value = textAt(multiply(t, exactText(factor)), places, draw.chance(0.5) ? 'floor' : 'ceil');
  return admitted(value, target);
}

// ---------------------------------------------------------------------------------------------
// Rules

export interface OwnOptions {
  readonly scales?: readonly number[];
  readonly modes?: readonly Mode[];
  readonly policies?: readonly NotApplicablePolicy[];
  readonly kinds?: readonly Rule['kind'][];
  /** Leaf weights; by default 0–30 with up to 2 places (never finer than the scale). */
  readonly weight?: (draw: Draw, scale: number) => string;
  readonly notApplicableRate?: number;
  readonly defectRate?: number;
  readonly longRate?: number;
  readonly deviationRate?: number;
  readonly capNotOneRate?: number;
  /** Manual scores whose 得分率 lies on a 2-dp point or midpoint where the weight allows. */
  readonly rateGridScores?: boolean;
  readonly maxTop?: number;
  readonly maxChildren?: number;
  readonly maxDepth?: number;
}

const allKinds: readonly Rule['kind'][] = [
  'ratio',
  'equal',
  'reverse',
  'threshold',
  'bands',
  'level',
  'deduction',
  'manual',
];

function defaultWeight(draw: Draw, scale: number): string {
  if (draw.chance(0.03)) return '0';
  const places = draw.int(0, Math.min(scale, 2));
  return draw.units(1n, 30n * 10n ** BigInt(places), places);
}

/** Points (分) at most `max`, never finer than the scale. */
function points(draw: Draw, max: Rational, scale: number): string {
  const places = draw.int(0, scale);
  return textAt(multiply(max, rational(BigInt(draw.int(0, 1000)), 1000n)), places, 'floor');
}

function deviationOf(draw: Draw, rate: number, cap: string) {
  if (!draw.chance(rate)) return undefined;
  const above = draw.chance(0.5) ? draw.pick(['1.2', '1.3', '1.5', cap]) : undefined;
  return {
    ...(above === undefined ? {} : { above }),
    ...(draw.chance(0.8) ? { whenMissed: draw.chance(0.8) } : {}),
  };
}

function ratioOf(draw: Draw, options: OwnOptions): Rule {
  const cap = draw.chance(options.capNotOneRate ?? 0.4)
    ? draw.pick(['0.8', '0.9', '0.95', '1.05', '1.1', '1.2', '1.5', draw.units(50n, 200n, 2)])
    : '1';
  const roundRateTo = draw.chance(0.35) ? draw.pick([0, 1, 2, 3, 4, 4, 5, 6, 20]) : undefined;
  const target = draw.chance(0.3) ? positiveTarget(draw, options.longRate ?? 0.05) : undefined;
  const deviationReason = deviationOf(draw, options.deviationRate ?? 0.3, cap);
  const reviewAbove = draw.pick<string | false | undefined>([undefined, undefined, false, '1.3']);
  return ratioRule({
    cap,
    ...(reviewAbove === undefined ? {} : { reviewAbove }),
    ...(roundRateTo === undefined ? {} : { roundRateTo }),
    ...(target === undefined ? {} : { target }),
    ...(deviationReason === undefined ? {} : { deviationReason }),
  });
}

function equalOf(draw: Draw, options: OwnOptions): Rule {
  const target = draw.chance(0.3)
    ? draw.chance(0.4)
      ? '0'
      : positiveTarget(draw, options.longRate ?? 0.05)
    : undefined;
  const deviationReason = deviationOf(draw, options.deviationRate ?? 0.3, '1.2');
  return equalRule({
    ...(target === undefined ? {} : { target }),
    ...(deviationReason === undefined ? {} : { deviationReason }),
  });
}

function reverseOf(draw: Draw, scale: number, options: OwnOptions): Rule {
  const type = draw.pick(['linear', 'linear', 'inverse', 'perPoint', 'perPoint'] as const);
  const interpolate = draw.chance(0.5);
  // Whole points counted deduct whole multiples of `points`: keep those on the scale.
  const pointPlaces = interpolate ? draw.int(0, 3) : draw.int(0, scale);
  const formula =
    type === 'perPoint'
      ? {
          type,
          points: draw.units(1n, 3n * 10n ** BigInt(pointPlaces), pointPlaces),
          excess: draw.pick(['points', 'relative'] as const),
          interpolate,
        }
      : { type };
  const target = draw.chance(0.3)
    ? draw.chance(0.25)
      ? '0'
      : positiveTarget(draw, options.longRate ?? 0.05)
    : undefined;
  return reverseRule({
    formula,
    ...(target === undefined ? {} : { target }),
    ...(draw.chance(0.2) ? { unit: 'percent' as const } : {}),
    ...(draw.chance(options.deviationRate ?? 0.3)
      ? { deviationReason: { whenMissed: draw.chance(0.85) } }
      : {}),
  });
}

function thresholdOf(draw: Draw, weight: Rational, scale: number, options: OwnOptions): Rule {
  const comparison = draw.pick<Comparison>(['>=', '>', '=', '<=', '<', 'yes', 'yes']);
  const otherwise = draw.chance(0.6) ? '0' : points(draw, weight, scale);
  const target =
    comparison !== 'yes' && draw.chance(0.3)
      ? draw.chance(0.2)
        ? '0'
        : positiveTarget(draw, options.longRate ?? 0.05)
      : undefined;
  return thresholdRule({
    comparison,
    otherwise,
    ...(target === undefined ? {} : { target }),
    ...(draw.chance(0.2) ? { unit: 'percent' as const } : {}),
  });
}

function bandsOf(draw: Draw, weight: Rational, scale: number, options: OwnOptions): Rule {
  const measure = draw.pick(['actual', 'rate'] as const);
  const count = draw.int(1, 4);
  // Cuts c1 < c2 < … between the bands, each bound in exactly one of the two bands it joins.
  let last = BigInt(measure === 'actual' && draw.chance(0.2) ? -draw.int(1, 500) : draw.int(0, 60));
  const cuts: bigint[] = [];
  for (let index = 0; index < count - 1; index += 1) {
    cuts.push(last);
    last += BigInt(draw.int(1, 60));
  }
  const lowest = cuts[0] ?? last;
  const highest = cuts.at(-1) ?? last;
  const lower = draw.chance(0.8) ? undefined : lowest - BigInt(draw.int(1, 30));
  const upper = draw.chance(0.8) ? undefined : highest + BigInt(draw.int(1, 30));
  const upperSide = cuts.map(() => draw.chance(0.5));
  const bands: BandOptions[] = [];
  for (let index = 0; index < count; index += 1) {
    const from = index === 0 ? lower : cuts[index - 1];
    const to = index === count - 1 ? upper : cuts[index];
    const fromInclusive = index === 0 ? draw.chance(0.5) : !(upperSide[index - 1] ?? false);
    const toInclusive = index === count - 1 ? draw.chance(0.5) : (upperSide[index] ?? false);
    bands.push({
      ...(from === undefined ? {} : { from: [fixed(from, 2), fromInclusive] as const }),
      ...(to === undefined ? {} : { to: [fixed(to, 2), toInclusive] as const }),
      ...(draw.chance(0.5)
        ? { points: points(draw, weight, scale) }
        : { fraction: draw.units(0n, 100n, 2) }),
    });
  }
  const target =
    measure === 'rate' && draw.chance(0.3)
      ? positiveTarget(draw, options.longRate ?? 0.05)
      : undefined;
  return bandsRule({ measure, bands, ...(target === undefined ? {} : { target }) });
}

function levelOf(draw: Draw): Rule {
  const roll = draw.int(0, 9);
  if (roll < 3) return completionLevelRule();
  if (roll < 6) return nationalLevelRule();
  const count = draw.int(1, 4);
  const levels: LevelOptions[] = [];
  for (let index = 0; index < count; index += 1) {
    const name = { zh: `等级${index}`, ...(draw.chance(0.5) ? { en: `level ${index}` } : {}) };
    if (draw.chance(0.5)) {
      levels.push({ id: `l${index}`, name, fraction: draw.units(0n, 100n, 2) });
    } else {
      const low = BigInt(draw.int(0, 100));
      const high = BigInt(draw.int(Number(low), 100));
      const both = low === high;
      levels.push({
        id: `l${index}`,
        name,
        range: {
          min: fixed(low, 2),
          max: fixed(high, 2),
          minInclusive: both || draw.chance(0.5),
          maxInclusive: both || draw.chance(0.5),
        },
      });
    }
  }
  return levelRule(levels);
}

function deductionOf(draw: Draw, weight: Rational, scale: number): Rule {
  const places = draw.int(0, scale);
  const pointsEach = draw.units(0n, 3n * 10n ** BigInt(places), places);
  const maxDeduction = draw.chance(0.4)
    ? points(draw, multiply(weight, rational(3n, 2n)), scale)
    : undefined;
  return deductionRule({
    pointsEach,
    ...(maxDeduction === undefined ? {} : { maxDeduction }),
  });
}

function ruleOf(
  draw: Draw,
  kind: Rule['kind'],
  weight: Rational,
  scale: number,
  options: OwnOptions,
) {
  switch (kind) {
    case 'ratio':
      return ratioOf(draw, options);
    case 'equal':
      return equalOf(draw, options);
    case 'reverse':
      return reverseOf(draw, scale, options);
    case 'threshold':
      return thresholdOf(draw, weight, scale, options);
    case 'bands':
      return bandsOf(draw, weight, scale, options);
    case 'level':
      return levelOf(draw);
    case 'deduction':
      return deductionOf(draw, weight, scale);
    case 'manual':
      return manualRule();
  }
}

// ---------------------------------------------------------------------------------------------
// Inputs

function reasonFor(draw: Draw, input: Mutable<LeafInput>, deviation: boolean): void {
  const roll = draw.int(0, 99);
  if (deviation) {
    if (roll < 45) input.reason = '偏差原因：受政策调整影响';
    else if (roll < 55) input.reason = '  ';
  } else if (roll < 8) input.evidence = '见佐证材料';
}

function measuredInput(
  draw: Draw,
  rule: { readonly target?: { toFixed(): string }; readonly deviationReason?: unknown },
  special: readonly string[],
  options: OwnOptions,
  allowZeroTarget: boolean,
): Mutable<LeafInput> {
  const long = options.longRate ?? 0.05;
  const input: Mutable<LeafInput> = {};
  let target: string;
  if (rule.target === undefined) {
    target = allowZeroTarget && draw.chance(0.15) ? '0' : positiveTarget(draw, long);
    input.target = decimal(target);
  } else target = rule.target.toFixed();
  input.actual = decimal(around(draw, target, special, long));
  reasonFor(draw, input, rule.deviationReason !== undefined);
  return input;
}

function rateGridScore(draw: Draw, weight: Rational, scale: number): string | undefined {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const onPoint = draw.chance(0.5);
    const k = BigInt(draw.int(0, 10_000));
    const share = onPoint ? rational(k, 10_000n) : rational(2n * k + 1n, 20_000n);
    const score = multiply(weight, share);
    const places = placesOf(score);
    if (places !== null && places <= scale && lessOrEqual(score, weight)) return plain(score);
  }
  return undefined;
}

function scoreInput(draw: Draw, weight: Rational, scale: number, options: OwnOptions): string {
  const roll = draw.int(0, 99);
  if (roll < 20) return plain(weight);
  if (roll < 28) return '0';
  if (options.rateGridScores === true) {
    const grid = rateGridScore(draw, weight, scale);
    if (grid !== undefined) return grid;
  }
  return textAt(
    multiply(weight, rational(BigInt(draw.int(0, 10_000)), 10_000n)),
    draw.int(scale, scale + 2),
    'floor',
  );
}

function levelInput(
  draw: Draw,
  rule: Extract<Rule, { kind: 'level' }>,
  weight: Rational,
  scale: number,
) {
  const level = draw.pick(rule.levels);
  const input: Mutable<LeafInput> = {
    level: draw.chance(0.7)
      ? level.id
      : draw.chance(0.5) || level.name.en === undefined
        ? level.name.zh
        : level.name.en,
  };
  if ('fraction' in level.award) {
    if (draw.chance(0.1))
      input.score = decimal(plain(multiply(weight, exact(level.award.fraction))));
    return input;
  }
  const { range } = level.award;
  const min = exact(range.min);
  const max = exact(range.max);
  const inside = (share: Rational) =>
    (range.minInclusive ? greaterOrEqual(share, min) : greater(share, min)) &&
    (range.maxInclusive ? lessOrEqual(share, max) : less(share, max));
  const roll = draw.int(0, 9);
  let share: Rational;
  if (roll < 2) share = min;
  else if (roll < 4) share = max;
  else share = add(min, multiply(subtract(max, min), rational(BigInt(draw.int(1, 999)), 1000n)));
  let score = textAt(multiply(weight, share), draw.int(scale, scale + 2), 'floor');
  if (!isZero(weight) && !inside(divide(exactText(score), weight)))
    score = plain(multiply(weight, divide(add(min, max), rational(2n))));
  input.score = decimal(score);
  input.reason = '评价人判断：部分完成';
  return input;
}

function deductionInput(draw: Draw): Mutable<LeafInput> {
  if (draw.chance(0.5)) return { occurrences: draw.int(0, 6) };
  const count = draw.int(0, 4);
  const items = Array.from({ length: count }, (_, index) => ({
    text: `扣分事项 ${index + 1}`,
    ...(draw.chance(0.5) ? { points: decimal(draw.units(0n, 300n, draw.int(0, 2))) } : {}),
  }));
  return { items };
}

function bandValue(draw: Draw, rule: Extract<Rule, { kind: 'bands' }>): string {
  const bounds = rule.bands.flatMap((band) => [band.from?.value, band.to?.value]);
  const known = bounds.filter((bound) => bound !== undefined).map((bound) => exact(bound));
  if (known.length === 0 || draw.chance(0.15)) return draw.units(-100n, 20_000n, 2);
  const bound = draw.pick(known);
  const nudge = draw.pick(['0', '0', '0.01', '-0.01', '0.0001', '-0.0001', '0.3', '-0.3']);
  return plain(add(bound, exactText(nudge)));
}

function inputFor(
  draw: Draw,
  rule: Rule,
  weight: Rational,
  scale: number,
  options: OwnOptions,
): Mutable<LeafInput> {
  switch (rule.kind) {
    case 'ratio':
      return measuredInput(
        draw,
        rule,
        [rule.cap.toFixed(), rule.deviationReason?.above?.toFixed() ?? '1.3'],
        options,
        false,
      );
    case 'equal':
      return measuredInput(
        draw,
        rule,
        [rule.deviationReason?.above?.toFixed() ?? '1.2'],
        options,
        true,
      );
    case 'reverse':
      return measuredInput(draw, rule, ['1.99', '2.01'], options, true);
    case 'threshold': {
      if (rule.comparison === 'yes') return { answer: draw.chance(0.5) };
      return measuredInput(draw, rule, ['1', '1'], options, true);
    }
    case 'bands': {
      if (rule.measure === 'actual') return { actual: decimal(bandValue(draw, rule)) };
      const input: Mutable<LeafInput> = {};
      const target = rule.target?.toFixed() ?? positiveTarget(draw, options.longRate ?? 0.05);
      if (rule.target === undefined) input.target = decimal(target);
      const rate = exactText(bandValue(draw, rule));
      const actual = multiply(exactText(target), greater(rate, rational(0n)) ? rate : rational(0n));
      const places = draw.chance(0.5) ? 6 : 20;
      const text = textAt(actual, places, draw.chance(0.5) ? 'floor' : 'ceil');
      input.actual = decimal(admitted(text, target));
      return input;
    }
    case 'level':
      return levelInput(draw, rule, weight, scale);
    case 'deduction':
      return deductionInput(draw);
    case 'manual': {
      const score = scoreInput(draw, weight, scale, options);
      const below = less(exactText(score), weight);
      return {
        score: decimal(score),
        ...(below || draw.chance(0.1) ? { reason: '评价人判断' } : {}),
      };
    }
  }
}

/**
 * Turns a valid input into one with exactly one problem, or returns undefined when the rule has
 * no such problem to give. `missing` means: give no input at all.
 */
function defective(
  draw: Draw,
  rule: Rule,
  input: Mutable<LeafInput>,
  weight: Rational,
  policy: NotApplicablePolicy,
): Mutable<LeafInput> | 'missing' | undefined {
  const options: (() => Mutable<LeafInput> | 'missing' | undefined)[] = [
    () => 'missing',
    () =>
      policy === 'forbid'
        ? { notApplicable: true, reason: '本年度不适用' }
        : { notApplicable: true, ...(draw.chance(0.5) ? { reason: ' ' } : {}) },
    () =>
      rule.kind === 'threshold' && rule.comparison !== 'yes'
        ? { ...input, answer: true }
        : rule.kind === 'threshold'
          ? { ...input, actual: decimal('1') }
          : rule.kind === 'deduction'
            ? { ...input, answer: false }
            : { ...input, occurrences: 1 },
  ];
  const measures =
    rule.kind === 'ratio' ||
    rule.kind === 'equal' ||
    rule.kind === 'reverse' ||
    (rule.kind === 'threshold' && rule.comparison !== 'yes') ||
    (rule.kind === 'bands' && rule.measure === 'rate');
  if (measures) {
    options.push(() => ({ ...input, actual: decimal('-1.5') }));
    const fixedTarget = 'target' in rule ? rule.target : undefined;
    if (fixedTarget !== undefined) {
      options.push(() => ({
        ...input,
        target: draw.chance(0.5)
          ? fixedTarget
          : decimal(plain(add(exact(fixedTarget), rational(1n)))),
      }));
    } else if (rule.kind === 'ratio' || rule.kind === 'bands') {
      options.push(() => ({ ...input, target: decimal('0') }));
    }
  }
  if (rule.kind === 'level') options.push(() => ({ ...input, level: '不存在的等级' }));
  if (rule.kind === 'manual') {
    options.push(() => ({ score: decimal(plain(add(weight, rational(1n)))), reason: '超出分值' }));
    if (greater(weight, rational(0n))) options.push(() => ({ score: decimal('0') }));
  }
  if (rule.kind === 'deduction') options.push(() => ({ occurrences: 1, items: [] }));
  return draw.pick(options)();
}

// ---------------------------------------------------------------------------------------------
// Own schemes

interface Drawn {
  readonly specs: Spec[];
  readonly inputs: Record<string, LeafInput>;
  readonly scale: number;
  readonly mode: Mode;
  readonly policy: NotApplicablePolicy;
}

function drawTree(draw: Draw, options: OwnOptions): Drawn {
  const scale = draw.pick(options.scales ?? [0, 1, 2, 2, 3, 4]);
  const mode = draw.pick(options.modes ?? modes);
  const policy = draw.pick<NotApplicablePolicy>(
    options.policies ?? ['rescale', 'rescale', 'full', 'forbid'],
  );
  const kinds = options.kinds ?? allKinds;
  const inputs: Record<string, LeafInput> = {};
  let counter = 0;
  const makeLeaf = (): LeafSpec => {
    counter += 1;
    const id = `n${counter}`;
    const weightText = (options.weight ?? defaultWeight)(draw, scale);
    const weight = exactText(weightText);
    const rule = ruleOf(draw, draw.pick(kinds), weight, scale, options);
    let input: Mutable<LeafInput> | 'missing' = inputFor(draw, rule, weight, scale, options);
    if (draw.chance(options.defectRate ?? 0.01))
      input = defective(draw, rule, input, weight, policy) ?? input;
    else if (policy !== 'forbid' && draw.chance(options.notApplicableRate ?? 0.1))
      input = { notApplicable: true, reason: '本年度不适用' };
    if (input !== 'missing') inputs[id] = input;
    return { type: 'leaf', id, weight: weightText, rule };
  };
  const makeCategory = (depth: number): CategorySpec => {
    counter += 1;
    const id = `c${counter}`;
    const count = draw.int(1, options.maxChildren ?? 4);
    const children = Array.from({ length: count }, () => makeNode(depth + 1));
    return { type: 'category', id, children };
  };
  const makeNode = (depth: number): Spec =>
    depth >= (options.maxDepth ?? 2) || draw.chance(0.55) ? makeLeaf() : makeCategory(depth);
  // Top-level entries are mostly categories (一级指标); now and then a leaf stands there alone.
  const top = draw.int(1, options.maxTop ?? 3);
  const wrapped = Array.from({ length: top }, () =>
    draw.chance(0.85) ? makeCategory(0) : makeLeaf(),
  );
  if (draw.chance(0.01)) inputs['ghost'] = { evidence: '不存在的指标' };
  return { specs: wrapped, inputs, scale, mode, policy };
}

function schemeOf(
  drawnTree: Drawn,
  draw: Draw,
  overrides: { readonly fullMarks?: string; readonly grades?: GradeSpec[] | 'default' } = {},
): Scheme {
  const fullMarks = sum(drawnTree.specs.map(weightOf));
  const grades =
    overrides.grades === 'default'
      ? undefined
      : (overrides.grades ?? gradesFor(draw, fullMarks, drawnTree.scale));
  return defineScheme({
    id: 'differential',
    version: '1',
    title: '差分测试方案',
    fullMarks: overrides.fullMarks ?? plain(fullMarks),
    rounding: { scale: drawnTree.scale, mode: drawnTree.mode },
    notApplicable: drawnTree.policy,
    ...(grades === undefined ? {} : { grades }),
    indicators: drawnTree.specs.map(build),
  });
}

/** Schemes and inputs of this file's own design (see {@link OwnOptions}). */
export function ownCases(options: OwnOptions = {}, note = 'own'): fc.Arbitrary<Case> {
  return drawn((draw) => {
    const tree = drawTree(draw, options);
    return { scheme: schemeOf(tree, draw), inputs: tree.inputs, note };
  });
}

// ---------------------------------------------------------------------------------------------
// The library's own arbitraries, as they are and re-scored under other policies

export function libraryCases(): fc.Arbitrary<Case> {
  return schemeArbitrary().chain((scheme) =>
    inputsArbitrary(scheme).map((inputs) => ({ scheme, inputs, note: 'library arbitraries' })),
  );
}

/** The decimal places of a rule's points (分 it awards or deducts as they stand). */
function pointPlaces(rule: Rule): number[] {
  switch (rule.kind) {
    case 'threshold':
      return [placesOfText(rule.otherwise.toFixed())];
    case 'bands':
      return rule.bands.flatMap((band) =>
        'points' in band.award ? [placesOfText(band.award.points.toFixed())] : [],
      );
    case 'deduction':
      return [rule.pointsEach, ...(rule.maxDeduction === undefined ? [] : [rule.maxDeduction])].map(
        (value) => placesOfText(value.toFixed()),
      );
    case 'reverse':
      return rule.formula.type === 'perPoint' && !rule.formula.interpolate
        ? [placesOfText(rule.formula.points.toFixed())]
        : [];
    case 'ratio':
    case 'equal':
    case 'level':
    case 'manual':
      return [];
  }
}

function finestPlaces(nodes: readonly IndicatorNode[]): number {
  return Math.max(
    0,
    ...nodes.map((node) =>
      Math.max(
        placesOfText(node.weight.toFixed()),
        ...(node.type === 'leaf' ? pointPlaces(node.rule) : [finestPlaces(node.children)]),
      ),
    ),
  );
}

/** The library's schemes under another rounding policy and 不适用 policy. */
export function libraryRescoredCases(): fc.Arbitrary<Case> {
  return fc
    .tuple(
      schemeArbitrary(),
      fc.constantFrom(...modes),
      fc.integer({ min: 0, max: 4 }),
      fc.constantFrom<NotApplicablePolicy>('rescale', 'full', 'forbid'),
    )
    .map(([scheme, mode, extra, policy]) => {
      const finest = finestPlaces(scheme.indicators);
      const scale = finest > 4 ? scheme.rounding.scale : Math.min(4, Math.max(finest, 1) + extra);
      return defineScheme({
        id: scheme.id,
        version: scheme.version,
        title: scheme.title,
        fullMarks: scheme.fullMarks,
        rounding: { scale, mode },
        notApplicable: policy,
        grades: scheme.grades.map((band) => ({
          grade: band.grade,
          name: band.name,
          min: band.min,
        })),
        indicators: scheme.indicators,
      });
    })
    .chain((scheme) =>
      inputsArbitrary(scheme).map((inputs) => ({ scheme, inputs, note: 'library, rescored' })),
    );
}

// ---------------------------------------------------------------------------------------------
// Focused families

/** Totals rescaled over 不适用 leaves, with small integer weights so that they hit midpoints. */
export function rescaleCases(): fc.Arbitrary<Case> {
  return ownCases(
    {
      policies: ['rescale'],
      notApplicableRate: 0.3,
      kinds: ['manual', 'manual', 'manual', 'ratio', 'level', 'deduction', 'threshold'],
      weight: (draw, scale) =>
        scale > 0 && draw.chance(0.3)
          ? draw.units(5n, 150n, 1)
          : String(draw.pick([1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 20, 24, 25])),
      defectRate: 0,
    },
    'rescaled totals',
  );
}

/** Weights whose 100 ÷ weight does not terminate, with scores on 得分率 points and midpoints. */
export function scoreRateCases(): fc.Arbitrary<Case> {
  return ownCases(
    {
      modes: ['up', 'up', 'half-down', 'half-down', 'half-even', 'half-up', 'down'],
      scales: [2, 3, 4, 4],
      policies: ['rescale', 'full'],
      notApplicableRate: 0.05,
      kinds: ['manual', 'manual', 'manual', 'manual', 'level', 'ratio', 'deduction'],
      weight: (draw, scale) => {
        const choices = ['3', '6', '7', '9', '11', '12', '13', '14', '21', '24', '30'];
        if (scale >= 1) choices.push('0.3', '0.6', '0.7', '0.9', '1.2', '2.4', '3.3', '4.5');
        if (scale >= 2) choices.push('0.03', '0.12', '0.15', '2.25');
        return draw.pick(choices);
      },
      rateGridScores: true,
      defectRate: 0,
    },
    '得分率 with uneven weights',
  );
}

/** Ratio, equal and reverse rules requiring deviation reasons, caps other than 1 included. */
export function deviationCases(): fc.Arbitrary<Case> {
  return ownCases(
    {
      kinds: ['ratio', 'ratio', 'ratio', 'equal', 'reverse'],
      deviationRate: 1,
      capNotOneRate: 0.7,
      notApplicableRate: 0.02,
      defectRate: 0,
      maxTop: 2,
      maxChildren: 3,
    },
    'deviation reasons',
  );
}

/** Fixed targets, with the defects around them: an input target (even an equal one). */
export function fixedTargetCases(): fc.Arbitrary<Case> {
  return ownCases(
    {
      kinds: ['ratio', 'equal', 'reverse', 'threshold', 'bands'],
      defectRate: 0.08,
      notApplicableRate: 0.05,
    },
    'fixed targets and invalid inputs',
  );
}

// ---------------------------------------------------------------------------------------------
// Long inputs next to rounding points

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** x with a·x ≡ 1 (mod m), for gcd(a, m) = 1. */
function inverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new Error('not invertible');
  return ((s0 % m) + m) % m;
}

/** A long odd integer (up to 35 digits) coprime to 10 and to `other`. */
function longModulus(draw: Draw, other: bigint, below = 10n ** 35n): bigint {
  let t = draw.big(10n ** 30n, below - 100n) | 1n;
  while (t % 5n === 0n || gcd(t, other) !== 1n) t += 2n;
  return t;
}

/** x in [0, m) with c·x ≡ ±1 (mod m): c·x ÷ m lies within 1/m of an integer. */
const nearInteger = (c: bigint, m: bigint, sign: bigint): bigint =>
  (((sign * inverse(c, m)) % m) + m) % m;

const twenty = (units: bigint): string => fixed(units, 20);

function singleLeafCase(
  weight: string,
  rule: Rule,
  input: LeafInput,
  scale: number,
  mode: Mode,
  note: string,
): Case {
  const w = exactText(weight);
  const scheme = defineScheme({
    id: 'near-boundary',
    version: '1',
    title: '舍入点附近',
    fullMarks: weight,
    rounding: { scale, mode },
    grades: [
      { grade: '优', min: plain(multiply(w, rational(9n, 10n))) },
      { grade: '良', min: plain(multiply(w, rational(8n, 10n))) },
      { grade: '中', min: plain(multiply(w, rational(6n, 10n))) },
      { grade: '差', min: '0' },
    ],
    indicators: [category('c', '分类', weight, [leaf('x', '指标', weight, rule)])],
  });
  return { scheme, inputs: { x: input }, note };
}

/**
 * Leaves whose exact score (or rounded rate) lies within about 10^-40, relative, of a rounding
 * point: 35-digit inputs chosen by modular inversion. The exact value is never on the point.
 */
export function nearBoundaryCases(): fc.Arbitrary<Case> {
  return drawn((draw) => {
    const scale = draw.int(0, 4);
    const mode = draw.pick(modes);
    // Midpoints decide the half modes; the points themselves decide up and down.
    const half = mode === 'up' || mode === 'down' ? 1n : 2n;
    const sign = draw.pick([1n, -1n]);
    const scaleFactor = 10n ** BigInt(scale);
    const variant = draw.pick(['ratio', 'rate', 'cap', 'bands', 'inverse', 'linear'] as const);
    switch (variant) {
      case 'ratio': {
        // score = W·A ÷ T with 2·10^s·W·A ≡ ±1 (mod T).
        const w = BigInt(draw.int(10, 100));
        const t = longModulus(draw, w);
        const a = nearInteger(half * scaleFactor * w, t, sign);
        return singleLeafCase(
          String(w),
          ratioRule(),
          {
            actual: decimal(twenty(a)),
            target: decimal(twenty(t)),
          },
          scale,
          mode,
          'near boundary: ratio score',
        );
      }
      case 'rate': {
        // rate = A ÷ T near a rounding point at r = s + j places; weight 10^j, so that the
        // score, 10^j × the rounded rate, needs no rounding of its own.
        const j = draw.int(1, 3);
        const r = scale + j;
        const t = longModulus(draw, 1n);
        const a = nearInteger(half * 10n ** BigInt(r), t, sign);
        return singleLeafCase(
          String(10 ** j),
          ratioRule({ roundRateTo: r }),
          { actual: decimal(twenty(a)), target: decimal(twenty(t)) },
          scale,
          mode,
          'near boundary: roundRateTo',
        );
      }
      case 'cap': {
        // a ÷ t just below (or above) a cap C ÷ 10^q.
        const q = draw.int(1, 6);
        const t = longModulus(draw, 1n);
        const a = nearInteger(10n ** BigInt(q), t, sign);
        const c = (a * 10n ** BigInt(q) - sign) / t;
        if (c <= 0n)
          return singleLeafCase(
            '10',
            ratioRule(),
            { actual: decimal('1'), target: decimal('3') },
            scale,
            mode,
            'near boundary: cap (degenerate)',
          );
        return singleLeafCase(
          String(draw.int(1, 100)),
          ratioRule({ cap: fixed(c, q) }),
          { actual: decimal(twenty(a)), target: decimal(twenty(t)) },
          scale,
          mode,
          'near boundary: cap',
        );
      }
      case 'bands': {
        // a ÷ t just below (or above) a band bound B ÷ 10^q.
        const q = draw.int(1, 8);
        const t = longModulus(draw, 1n);
        const a = nearInteger(10n ** BigInt(q), t, sign);
        const b = (a * 10n ** BigInt(q) - sign) / t;
        const bound = fixed(b, q);
        const inclusive = draw.chance(0.5);
        return singleLeafCase(
          '10',
          bandsRule({
            measure: 'rate',
            bands: [
              { to: [bound, inclusive] as const, fraction: '0.2' },
              { from: [bound, !inclusive] as const, fraction: '0.8' },
            ],
          }),
          { actual: decimal(twenty(a)), target: decimal(twenty(t)) },
          scale,
          mode,
          'near boundary: band bound',
        );
      }
      case 'inverse': {
        // score = W·T ÷ A with 2·10^s·W·T ≡ ±1 (mod A), T < A.
        const w = BigInt(draw.int(10, 100));
        const a = longModulus(draw, w);
        const t = nearInteger(half * scaleFactor * w, a, sign);
        return singleLeafCase(
          String(w),
          reverseRule({ formula: { type: 'inverse' } }),
          {
            actual: decimal(twenty(a)),
            target: decimal(twenty(t)),
          },
          scale,
          mode,
          'near boundary: reverse inverse',
        );
      }
      case 'linear': {
        // score = 2W − W·A ÷ T, T < A < 2T, with W·A ÷ T near a rounding point.
        const w = BigInt(draw.int(10, 100));
        const t = longModulus(draw, w, 5n * 10n ** 34n);
        const a = nearInteger(half * scaleFactor * w, t, sign) + t;
        return singleLeafCase(
          String(w),
          reverseRule(),
          {
            actual: decimal(twenty(a)),
            target: decimal(twenty(t)),
          },
          scale,
          mode,
          'near boundary: reverse linear',
        );
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Invalid schemes: one defect each, with an invalid input besides (never reported)

export function invalidSchemeCases(): fc.Arbitrary<Case> {
  return drawn((draw) => {
    const tree = drawTree(draw, { defectRate: 0, notApplicableRate: 0 });
    const leaves = leavesOf(tree.specs);
    const first = leaves[0];
    // A missing input besides, never reported: the scheme's issues come alone.
    const inputs = Object.fromEntries(
      Object.entries(tree.inputs).filter(([id]) => id !== first?.id),
    );
    const fullMarks = sum(tree.specs.map(weightOf));
    const defect = draw.pick([
      'leafWeight',
      'fullMarks',
      'defaultGrades',
      'gradesUnordered',
      'gradesAboveZero',
      'finerThanScale',
    ] as const);
    const bump = (spec: Spec, by: Rational): void => {
      if (spec.type === 'leaf') spec.weight = plain(add(exactText(spec.weight), by));
    };
    const unit = rational(1n, 10n ** BigInt(tree.scale));
    switch (defect) {
      case 'leafWeight': {
        const nested = tree.specs.find(
          (spec): spec is CategorySpec => spec.type === 'category' && spec.children.length > 0,
        );
        const child = nested?.children[0];
        if (nested !== undefined && child !== undefined) {
          nested.weight = plain(weightOf(nested));
          if (child.type === 'leaf') bump(child, unit);
          else child.weight = plain(add(weightOf(child), unit));
        }
        return { scheme: schemeOf(tree, draw), inputs, note: 'invalid: weights' };
      }
      case 'fullMarks':
        return {
          scheme: schemeOf(tree, draw, { fullMarks: plain(add(fullMarks, unit)) }),
          inputs,
          note: 'invalid: fullMarks',
        };
      case 'defaultGrades':
        return {
          scheme: schemeOf(tree, draw, { grades: 'default' }),
          inputs,
          note: 'invalid: default grades below 90',
        };
      case 'gradesUnordered':
        return {
          scheme: schemeOf(tree, draw, {
            grades: [
              { grade: '良', min: plain(multiply(fullMarks, rational(8n, 10n))) },
              { grade: '优', min: plain(multiply(fullMarks, rational(9n, 10n))) },
              { grade: '差', min: '0' },
            ],
          }),
          inputs,
          note: 'invalid: grades unordered',
        };
      case 'gradesAboveZero':
        return {
          scheme: schemeOf(tree, draw, {
            grades: [
              { grade: '优', min: plain(fullMarks) },
              { grade: '差', min: plain(multiply(fullMarks, rational(1n, 2n))) },
            ],
          }),
          inputs,
          note: 'invalid: lowest grade above 0',
        };
      case 'finerThanScale': {
        // One leaf, and so every category above it and the full marks, a place finer than the
        // scale: the sums still hold.
        if (first !== undefined) bump(first, rational(1n, 10n ** BigInt(tree.scale + 1)));
        return { scheme: schemeOf(tree, draw), inputs, note: 'invalid: finer weight' };
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------
// The families, each with its seed and share of the budget

export interface Family {
  readonly name: string;
  readonly seed: number;
  /** Share of the run budget. */
  readonly share: number;
  readonly cases: () => fc.Arbitrary<Case>;
}

export const families: readonly Family[] = [
  { name: 'library', seed: 20_230_101, share: 0.12, cases: libraryCases },
  { name: 'library-rescored', seed: 20_230_102, share: 0.14, cases: libraryRescoredCases },
  { name: 'own', seed: 20_230_103, share: 0.24, cases: () => ownCases() },
  { name: 'rescale', seed: 20_230_104, share: 0.1, cases: rescaleCases },
  { name: 'score-rate', seed: 20_230_105, share: 0.1, cases: scoreRateCases },
  { name: 'deviation', seed: 20_230_106, share: 0.08, cases: deviationCases },
  { name: 'fixed-target', seed: 20_230_107, share: 0.08, cases: fixedTargetCases },
  { name: 'near-boundary', seed: 20_230_108, share: 0.1, cases: nearBoundaryCases },
  { name: 'invalid-scheme', seed: 20_230_109, share: 0.04, cases: invalidSchemeCases },
];
