// Agreement with exact bigint rationals at the admitted limits: values up to 35 significant digits
// (below 10^15, up to 20 places), every rounding mode and scale. The engine must round exactly as
// the rational reference does, which it can only do when its products are exact and its one
// division is carried far enough (docs/rounding.md).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  decimal,
  decimalLimits,
  defineScheme,
  evaluate,
  leaf,
  levelRule,
  ratioRule,
  reverseRule,
  roundingModes,
  type LeafInput,
  type LeafResult,
  type RoundingMode,
  type Rule,
} from '../src/index.js';
import {
  add,
  compare,
  divide,
  fromDecimalString,
  min,
  multiply,
  rational,
  subtract,
  type Rational,
} from './support/rational.js';
import { roundRational } from './support/roundRational.js';

const numRuns = 300;
const integerDigits = decimalLimits.maxMagnitude.precision(true) - 1;
const { maxDecimalPlaces } = decimalLimits;
const ZERO = rational(0n);
const TWO = rational(2n);
const HUNDRED = rational(100n);

/** units ÷ 10^places as a plain decimal string. */
function plainText(units: bigint, places: number): string {
  const digits = units.toString().padStart(places + 1, '0');
  return places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/**
 * Units in [1, limit), biased to the extremes: anywhere, every digit used, and powers of ten
 * nudged by a little (the values whose products carry digits far beyond a rounding point).
 */
function unitsArb(limit: bigint): fc.Arbitrary<bigint> {
  const largest = limit - 1n;
  const length = largest.toString().length;
  const clamp = (value: bigint): bigint => (value < 1n ? 1n : value > largest ? largest : value);
  return fc.oneof(
    fc.bigInt({ min: 1n, max: largest }),
    fc.bigInt({ min: clamp(largest / 10n + 1n), max: largest }),
    fc
      .tuple(fc.integer({ min: 0, max: length }), fc.bigInt({ min: -1000n, max: 1000n }))
      .map(([power, offset]) => clamp(10n ** BigInt(power) + offset)),
  );
}

/** An admitted decimal above 0 with at most `maxPlaces` places, as plain text. */
function admittedArb(maxPlaces: number = maxDecimalPlaces): fc.Arbitrary<string> {
  return fc
    .integer({ min: 0, max: maxPlaces })
    .chain((places) =>
      unitsArb(10n ** BigInt(integerDigits + places)).map((units) => plainText(units, places)),
    );
}

/** An admitted decimal, sometimes 0. */
const amountArb = fc.oneof({ weight: 9, arbitrary: admittedArb() }, fc.constant('0'));

/** A rounding policy, and a weight with no more places than its scale (so full marks count). */
const roundedWeightArb = fc
  .record({ scale: fc.integer({ min: 0, max: 10 }), mode: fc.constantFrom(...roundingModes) })
  .chain((rounding) => admittedArb(rounding.scale).map((weight) => ({ ...rounding, weight })));

/** The one leaf `x` of a scheme on full marks = its weight, scored by `rule` with `input`. */
function scoredLeaf(
  rule: Rule,
  {
    weight,
    scale,
    mode,
  }: { readonly weight: string; readonly scale: number; readonly mode: RoundingMode },
  input: LeafInput,
): LeafResult {
  const scheme = defineScheme({
    id: 'exactness',
    version: '1',
    title: 'exactness',
    fullMarks: weight,
    rounding: { scale, mode },
    grades: [{ grade: '-', min: 0 }],
    indicators: [leaf('x', 'x', weight, rule)],
  });
  const result = evaluate(scheme, { x: input });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const [node] = result.value.indicators;
  if (node?.type !== 'leaf') throw new Error('expected a leaf');
  return node;
}

/** The leaf's score and 得分率 must be the exact rational's, rounded as the scheme says. */
function expectRoundedExactly(
  found: LeafResult,
  exact: Rational,
  {
    weight,
    scale,
    mode,
  }: { readonly weight: string; readonly scale: number; readonly mode: RoundingMode },
): void {
  const score = roundRational(exact, scale, mode);
  expect(found.score).toBe(score);
  const rate = divide(multiply(fromDecimalString(score), HUNDRED), fromDecimalString(weight));
  expect(found.scoreRatePercent).toBe(roundRational(rate, 2, mode));
}

const measured = (actual: string, target: string): LeafInput => ({
  actual: decimal(actual),
  target: decimal(target),
});

describe('ratio: w × a ÷ (t × cap), capped at w, the rate rounded first or not', () => {
  test('agrees with the rational reference at the admitted limits', () => {
    fc.assert(
      fc.property(
        roundedWeightArb,
        amountArb,
        admittedArb(),
        admittedArb(),
        fc.option(fc.integer({ min: 0, max: decimalLimits.maxRoundingScale }), { nil: undefined }),
        (policy, actual, target, cap, roundRateTo) => {
          const [a, t, c] = [actual, target, cap].map(fromDecimalString) as [
            Rational,
            Rational,
            Rational,
          ];
          const w = fromDecimalString(policy.weight);
          const rate =
            roundRateTo === undefined
              ? divide(a, t)
              : fromDecimalString(roundRational(divide(a, t), roundRateTo, policy.mode));
          const exact = compare(rate, c) > 0 ? w : divide(multiply(w, rate), c);
          const rule = ratioRule({
            cap,
            reviewAbove: false,
            ...(roundRateTo === undefined ? {} : { roundRateTo }),
          });
          expectRoundedExactly(scoredLeaf(rule, policy, measured(actual, target)), exact, policy);
        },
      ),
      { numRuns },
    );
  });

  test('decides the cap exactly: actual just below, at and just above cap × target', () => {
    // cap × target is admitted when their places sum to at most 20 and it stays below 10^15.
    const nearCap = fc.integer({ min: 0, max: maxDecimalPlaces }).chain((targetPlaces) =>
      fc.record({
        target: fc
          .integer({ min: 0, max: targetPlaces })
          .chain((places) => unitsArb(10n ** BigInt(8 + places)).map((u) => plainText(u, places))),
        cap: fc
          .integer({ min: 0, max: maxDecimalPlaces - targetPlaces })
          .chain((places) => unitsArb(10n ** BigInt(6 + places)).map((u) => plainText(u, places))),
        nudge: fc.integer({ min: -2, max: 2 }),
      }),
    );
    fc.assert(
      fc.property(roundedWeightArb, nearCap, (policy, { target, cap, nudge }) => {
        const t = fromDecimalString(target);
        const c = fromDecimalString(cap);
        const shifted = add(
          multiply(t, c),
          rational(BigInt(nudge), 10n ** BigInt(maxDecimalPlaces)),
        );
        const actual =
          compare(shifted, ZERO) < 0 ? '0' : roundRational(shifted, maxDecimalPlaces, 'down');
        const w = fromDecimalString(policy.weight);
        const exactRate = divide(fromDecimalString(actual), t);
        const exact = compare(exactRate, c) > 0 ? w : divide(multiply(w, exactRate), c);
        const rule = ratioRule({ cap, reviewAbove: false });
        expectRoundedExactly(scoredLeaf(rule, policy, measured(actual, target)), exact, policy);
      }),
      { numRuns },
    );
  });
});

describe('reverse: linear, inverse and per point, at the admitted limits', () => {
  const formulaArb = (scale: number) =>
    fc.oneof(
      fc.constant({ type: 'linear' } as const),
      fc.constant({ type: 'inverse' } as const),
      fc.record({
        type: fc.constant('perPoint' as const),
        points: admittedArb(scale),
        excess: fc.constantFrom('points' as const, 'relative' as const),
        interpolate: fc.boolean(),
      }),
    );

  type Formula = ReturnType<typeof formulaArb> extends fc.Arbitrary<infer F> ? F : never;

  function reference(formula: Formula, w: Rational, a: Rational, t: Rational): Rational {
    if (compare(a, t) <= 0) return w;
    switch (formula.type) {
      case 'linear':
        return compare(a, multiply(TWO, t)) >= 0
          ? ZERO
          : divide(multiply(w, subtract(multiply(TWO, t), a)), t);
      case 'inverse':
        return divide(multiply(w, t), a);
      case 'perPoint': {
        if (formula.excess === 'relative' && t.numerator === 0n) return ZERO;
        const over = multiply(subtract(a, t), HUNDRED);
        const excess = formula.excess === 'points' ? over : divide(over, t);
        const counted = formula.interpolate
          ? excess
          : rational(excess.numerator / excess.denominator);
        return subtract(w, min(multiply(counted, fromDecimalString(formula.points)), w));
      }
    }
  }

  test('agrees with the rational reference', () => {
    fc.assert(
      fc.property(
        roundedWeightArb.chain((policy) =>
          formulaArb(policy.scale).map((formula) => ({ policy, formula })),
        ),
        amountArb,
        amountArb,
        ({ policy, formula }, actual, target) => {
          const exact = reference(
            formula,
            fromDecimalString(policy.weight),
            fromDecimalString(actual),
            fromDecimalString(target),
          );
          const leafResult = scoredLeaf(reverseRule({ formula }), policy, measured(actual, target));
          expectRoundedExactly(leafResult, exact, policy);
        },
      ),
      { numRuns },
    );
  });
});

describe('level: w × fraction, a product of two admitted values', () => {
  const fractionArb = unitsArb(10n ** BigInt(maxDecimalPlaces) + 1n).map((units) =>
    plainText(units, maxDecimalPlaces),
  );

  test('is exact, so it rounds as the rational does in every mode', () => {
    fc.assert(
      fc.property(roundedWeightArb, fractionArb, (policy, fraction) => {
        const rule = levelRule([
          { id: 'full', name: { zh: '完成', en: 'done' }, fraction: 1 },
          { id: 'part', name: { zh: '部分', en: 'part' }, fraction },
        ]);
        const exact = multiply(fromDecimalString(policy.weight), fromDecimalString(fraction));
        expectRoundedExactly(scoredLeaf(rule, policy, { level: 'part' }), exact, policy);
      }),
      { numRuns },
    );
  });
});

describe('scores built to lie exactly on a rounding midpoint, with 35-digit inputs', () => {
  /**
   * A policy, a weight w (at most 13 digits before the point) and a midpoint m = M ÷ 10^(scale+1)
   * below it (M an odd multiple of 5); `numerator ÷ denominator` = m ÷ w in lowest terms, and `k`
   * scales both up to inputs of up to 35 digits with 20 places.
   */
  const midpointArb = fc
    .record({ scale: fc.integer({ min: 0, max: 10 }), mode: fc.constantFrom(...roundingModes) })
    .chain((rounding) =>
      fc
        .integer({ min: 0, max: rounding.scale })
        .chain((places) => unitsArb(10n ** BigInt(13 + places)).map((units) => ({ units, places })))
        .chain(({ units, places }) => {
          const weight = plainText(units, places);
          const limit = (units * 10n ** BigInt(rounding.scale + 1 - places) - 1n) / 5n;
          return fc.bigInt({ min: 0n, max: (limit - 1n) / 2n }).chain((half) => {
            const midpoint = rational(5n * (2n * half + 1n), 10n ** BigInt(rounding.scale + 1));
            const ratio = divide(midpoint, fromDecimalString(weight));
            const most = (10n ** 35n - 1n) / (2n * ratio.denominator);
            return fc
              .bigInt({ min: 1n, max: most })
              .map((k) => ({ ...rounding, weight, midpoint, ratio, k }));
          });
        }),
    );

  const text = (units: bigint) => plainText(units, maxDecimalPlaces);

  test('ratio, reverse inverse and reverse linear round the midpoint as the mode says', () => {
    fc.assert(
      fc.property(midpointArb, (built) => {
        const { numerator: n, denominator: d } = built.ratio;
        const { k, midpoint } = built;
        const cases: readonly [Rule, string, string][] = [
          [ratioRule({ reviewAbove: false }), text(n * k), text(d * k)],
          [reverseRule({ formula: { type: 'inverse' } }), text(d * k), text(n * k)],
          [reverseRule(), text((2n * d - n) * k), text(d * k)],
        ];
        for (const [rule, actual, target] of cases) {
          expectRoundedExactly(scoredLeaf(rule, built, measured(actual, target)), midpoint, built);
        }
      }),
      { numRuns },
    );
  });
});
