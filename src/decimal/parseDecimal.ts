import { Decimal } from 'decimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { IssuePath } from '../issues/Issue.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { failure, success, type Result } from '../issues/Result.js';
import { decimalLimits } from './decimalLimits.js';
import { JixiaoDecimal, type Dec } from './JixiaoDecimal.js';

const plainNumber = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const groupedNumber = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const percentSigns = /[%％]$/;
const anIssuePath = { zh: '路径数组（键与下标）', en: 'a path array (keys and indexes)' };

/**
 * Reads a decimal from a string or a number, without float arithmetic.
 *
 * Accepts plain (`"23135.18"`), grouped (`"23,135.18"`), exponent (`"1.2e3"`) and percent
 * (`"99.56%"`, `"99.56％"` → 0.9956) forms, surrounding white space, and finite JS numbers (read via
 * their shortest round-trip text). Rejects empty strings, malformed text, NaN, ±Infinity and
 * values beyond {@link decimalLimits}, each with an issue at `path`.
 *
 * @param value - the value to read
 * @param path - where the value sits in the input, for issues
 * @returns the decimal, or one issue
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes a path that is
 *   not an array (the value itself may be anything: what it cannot read is an issue)
 *
 * @example
 * parseDecimal('99.56%'); // → { ok: true, value: 0.9956 }
 * parseDecimal('1.2.3');  // → { ok: false, issues: [{ code: 'invalid_number', … }] }
 */
export function parseDecimal(value: unknown, path: IssuePath = []): Result<Dec> {
  const givenPath: unknown = path;
  if (!Array.isArray(givenPath)) throw invalidArgument('path', anIssuePath, givenPath);
  // Decimals made by another decimal.js constructor carry its precision into arithmetic, so every
  // decimal is rebuilt on the library's own constructor.
  // A decimal already on that constructor (every value the library has parsed) is not rebuilt:
  // builders given parsed values, as the JSON forms give them, only check its range. (Clones
  // share one prototype, so `instanceof` cannot tell them apart; each instance names its own.)
  if (Decimal.isDecimal(value)) {
    const own = value.constructor === JixiaoDecimal ? value : new JixiaoDecimal(value);
    return checkRange(own, () => value.toString(), path);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      return failure([
        createIssue(
          'number_not_finite',
          path,
          {
            zh: `数值必须是有限数，收到 ${String(value)}`,
            en: `A number must be finite; received ${String(value)}`,
          },
          { expected: 'a finite number', received: String(value) },
        ),
      ]);
    }
    return checkRange(new JixiaoDecimal(String(value)), () => String(value), path);
  }
  if (typeof value !== 'string') {
    const received = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    return failure([
      createIssue(
        'invalid_type',
        path,
        {
          zh: `应为数值或数值字符串，收到 ${received}`,
          en: `Expected a number or a numeric string; received ${received}`,
        },
        { expected: 'number | string', received },
      ),
    ]);
  }
  const text = value.trim();
  if (text === '') {
    return failure([
      createIssue(
        'empty_number',
        path,
        { zh: '数值为空', en: 'The number is empty' },
        { expected: 'a number', received: '""' },
      ),
    ]);
  }
  const isPercent = percentSigns.test(text);
  const body = isPercent ? text.slice(0, -1).trimEnd() : text;
  const isGrouped = groupedNumber.test(body);
  if (!isGrouped && !plainNumber.test(body)) {
    return failure([
      createIssue(
        'invalid_number',
        path,
        { zh: `无法识别的数值：「${value}」`, en: `Not a number: "${value}"` },
        { expected: 'a decimal such as 23135.18, 23,135.18 or 99.56%', received: value },
      ),
    ]);
  }
  const parsed = new JixiaoDecimal(isGrouped ? body.replaceAll(',', '') : body);
  const ranged = checkRange(parsed, () => value, path);
  if (!ranged.ok || !isPercent) return ranged;
  // × 0.01 is the same exact value as ÷ 100, without a division.
  return success(ranged.value.times(ONE_HUNDREDTH));
}

const ONE_HUNDREDTH = new JixiaoDecimal('0.01');
const { maxMagnitude } = decimalLimits;

/**
 * |value| < the admitted maximum: at once when its leading digit lies below the maximum's (every
 * value of a smaller exponent is smaller), else by comparing the magnitude itself.
 */
function belowMaxMagnitude(value: Dec): boolean {
  return value.e < maxMagnitude.e || value.abs().lessThan(maxMagnitude);
}

function checkRange(parsed: Dec, writtenAs: () => string, path: IssuePath): Result<Dec> {
  if (!parsed.isFinite() || !belowMaxMagnitude(parsed)) {
    const written = writtenAs();
    return failure([
      createIssue(
        'number_out_of_range',
        path,
        {
          zh: `数值超出可接受范围（绝对值须小于 10^15）：「${written}」`,
          en: `The number is out of range (its magnitude must be below 10^15): "${written}"`,
        },
        { expected: 'magnitude below 1e15', received: written },
      ),
    ]);
  }
  if (parsed.decimalPlaces() > decimalLimits.maxDecimalPlaces) {
    const written = writtenAs();
    return failure([
      createIssue(
        'number_out_of_range',
        path,
        {
          zh: `小数位数过多（最多 ${decimalLimits.maxDecimalPlaces} 位）：「${written}」`,
          en: `Too many decimal places (at most ${decimalLimits.maxDecimalPlaces}): "${written}"`,
        },
        { expected: `at most ${decimalLimits.maxDecimalPlaces} decimal places`, received: written },
      ),
    ]);
  }
  // -0 reads as 0: a score or amount has no signed zero.
  return success(parsed.isZero() ? new JixiaoDecimal(0) : parsed);
}
