// Scores on a rounding midpoint at the admitted limits: values below 10^15 with up to 20 decimal
// places (35 significant digits). A product of two of them has up to 70 digits; computed at 40, it
// was rounded before the division, and a midpoint score was rounded the wrong way.
import { describe, expect, test } from 'vitest';
import {
  decimal,
  decimalLimits,
  defineScheme,
  evaluate,
  formatDecimal,
  JixiaoDecimal,
  leaf,
  levelRule,
  parseDecimal,
  ratioRule,
  reverseRule,
  roundDecimal,
  validateScheme,
  type RoundingMode,
  type Rule,
} from '../src/index.js';
import { ratioRuleKind } from '../src/rules/ratio/ratioRuleKind.js';
import { divide, fromDecimalString, multiply } from './support/rational.js';
import { roundRational } from './support/roundRational.js';

/** Significant digits of a plain decimal string. */
const digitsOf = (text: string): number => text.replace('.', '').replace(/^0+/, '').length;

function expectAdmitted(text: string): void {
  expect(parseDecimal(text).ok).toBe(true);
  expect(digitsOf(text)).toBe(35);
}

describe('weight 1047.2049, 35-digit actual and target: ratio score on 447.7295', () => {
  // actual ÷ target = 4477295 ÷ 10472049, so 1047.2049 × actual ÷ target is 447.7295 exactly.
  const weight = '1047.2049';
  const actual = '103530537464161.03024641610321317995';
  const target = '242149972543919.94555439199499641589';

  test('the inputs are admitted, and the exact score (bigint rationals) is 447.7295', () => {
    expectAdmitted(actual);
    expectAdmitted(target);
    const [w, a, t] = [weight, actual, target].map(fromDecimalString) as [
      ReturnType<typeof fromDecimalString>,
      ReturnType<typeof fromDecimalString>,
      ReturnType<typeof fromDecimalString>,
    ];
    expect(divide(multiply(w, a), t)).toEqual(fromDecimalString('447.7295'));
  });

  test.each([
    ['half-down', '447.729'],
    ['half-up', '447.730'],
    ['half-even', '447.730'],
  ] as const)('the rule scores 447.7295 exactly, and %s at 3 dp gives %s', (mode, expected) => {
    const outcome = ratioRuleKind.evaluate(
      ratioRule(),
      { actual: decimal(actual), target: decimal(target) },
      { weight: decimal(weight), rounding: { scale: 3, mode }, path: ['inputs', 'x'] },
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(formatDecimal(outcome.value.score)).toBe('447.7295');
    expect(formatDecimal(roundDecimal(outcome.value.score, { scale: 3, mode }), 3)).toBe(expected);
  });
});

/** A one-leaf scheme of `rule` on `weight`, rounded to `scale` with `mode`. */
function oneLeaf(rule: Rule, weight: string, scale: number, mode: RoundingMode) {
  return defineScheme({
    id: 'exactness',
    version: '1',
    title: 'exactness',
    fullMarks: weight,
    rounding: { scale, mode },
    grades: [{ grade: '-', min: 0 }],
    indicators: [leaf('x', 'x', weight, rule)],
  });
}

function totalOf(result: ReturnType<typeof evaluate>): string {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value.total;
}

describe('through the engine: weight 1047.2049 at 4 dp, the midpoint 447.72945', () => {
  // actual ÷ target = 8954589 ÷ 20944098, so the score is 8954589 ÷ 20000 = 447.72945 exactly.
  const weight = '1047.2049';
  const actual = '110550480486527.14804865271517189287';
  const target = '258569108783989.11087839891194628934';

  test.each([
    ['half-down', '447.7294'],
    ['half-even', '447.7294'],
    ['half-up', '447.7295'],
  ] as const)('%s gives %s (40 digits gave 447.7295 in every mode)', (mode, expected) => {
    expectAdmitted(actual);
    expectAdmitted(target);
    const exact = divide(
      multiply(fromDecimalString(weight), fromDecimalString(actual)),
      fromDecimalString(target),
    );
    expect(roundRational(exact, 4, mode)).toBe(expected);
    const scheme = oneLeaf(ratioRule({ reviewAbove: false }), weight, 4, mode);
    expect(
      totalOf(evaluate(scheme, { x: { actual: decimal(actual), target: decimal(target) } })),
    ).toBe(expected);
  });

  test('reverse inverse, weight × target ÷ actual, with the two swapped: the same midpoint', () => {
    const scheme = oneLeaf(reverseRule({ formula: { type: 'inverse' } }), weight, 4, 'half-down');
    expect(
      totalOf(evaluate(scheme, { x: { actual: decimal(target), target: decimal(actual) } })),
    ).toBe('447.7294');
  });
});

describe('a product of two admitted values is exact: level, weight × fraction', () => {
  // 100000000000000.0000000001 × 0.99999999999999999999 has 45 digits:
  // 99999999999999.999999000099999999999999999999. At 40 digits it rounded up to …0001.
  const weight = '100000000000000.0000000001';
  const fraction = '0.99999999999999999999';
  const rule = levelRule([
    { id: 'full', name: { zh: '完成', en: 'done' }, fraction: 1 },
    { id: 'part', name: { zh: '部分', en: 'part' }, fraction },
  ]);

  test.each([
    ['down', '99999999999999.9999990000'],
    ['half-up', '99999999999999.9999990001'],
    ['up', '99999999999999.9999990001'],
  ] as const)('%s at 10 dp gives %s', (mode, expected) => {
    const exact = multiply(fromDecimalString(weight), fromDecimalString(fraction));
    expect(roundRational(exact, 10, mode)).toBe(expected);
    expect(totalOf(evaluate(oneLeaf(rule, weight, 10, mode), { x: { level: 'part' } }))).toBe(
      expected,
    );
  });
});

describe('the working precision', () => {
  test('is derived from the limits: 2 × (15 + 20) product digits + 20 + 2 guard digits', () => {
    const integerDigits = decimalLimits.maxMagnitude.precision(true) - 1;
    expect(integerDigits).toBe(15);
    const productDigits = 2 * (integerDigits + decimalLimits.maxDecimalPlaces);
    expect(JixiaoDecimal.precision).toBe(productDigits + decimalLimits.maxRoundingScale + 2);
    expect(JixiaoDecimal.precision).toBe(92);
  });

  test('holds a product of the two largest admitted values exactly', () => {
    const largest = '999999999999999.99999999999999999999';
    expectAdmitted(largest);
    const product = decimal(largest).times(decimal(largest));
    expect(multiply(fromDecimalString(largest), fromDecimalString(largest))).toEqual(
      fromDecimalString(product.toFixed()),
    );
  });

  test('covers every rounding point a valid scheme can have: scale ≤ 10, roundRateTo ≤ 20', () => {
    const codes = (scale: number, roundRateTo?: number) =>
      validateScheme(
        oneLeaf(
          ratioRule(roundRateTo === undefined ? {} : { roundRateTo }),
          '10',
          scale,
          'half-up',
        ),
      ).map((issue) => issue.code);
    expect(codes(10, decimalLimits.maxRoundingScale)).toEqual([]);
    expect(codes(11)).toEqual(['invalid_rounding']);
    expect(codes(2, decimalLimits.maxRoundingScale + 1)).toEqual(['invalid_rule_parameter']);
  });
});
