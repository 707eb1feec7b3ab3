import { decimal } from '../../decimal/decimal.js';
import type { DecimalInput } from '../../decimal/DecimalInput.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import type { LocalizedText } from '../../issues/LocalizedText.js';
import { invalidArgument } from '../../issues/invalidArgument.js';
import { requireList, requireObject } from '../support/builderArguments.js';

/** One end of a band, included in it or not. */
export interface BandBound {
  readonly value: Dec;
  readonly inclusive: boolean;
}

/** What a band awards: fixed points, or a fraction of the weight. */
export type BandAward = { readonly points: Dec } | { readonly fraction: Dec };

/** A band (档): values from `from` to `to` earn `award`. A missing bound is open-ended. */
export interface Band {
  readonly from?: BandBound;
  readonly to?: BandBound;
  readonly award: BandAward;
  readonly label?: LocalizedText;
}

/**
 * A tiered rule (分档): the value falls into exactly one of ordered, contiguous bands. `measure`
 * says whether bands apply to the actual value or to actual ÷ target.
 */
export interface BandsRule {
  readonly kind: 'bands';
  readonly measure: 'actual' | 'rate';
  readonly bands: readonly Band[];
  readonly target?: Dec;
}

/**
 * A band's bound as written for {@link bandsRule}: `{ value, inclusive }`, as the JSON form and
 * the rules reference write it, or the short `[value, inclusive]`.
 */
export type BandBoundOptions =
  { readonly value: DecimalInput; readonly inclusive: boolean } | readonly [DecimalInput, boolean];

/** A band as written for {@link bandsRule}: its bounds and what it awards (points or fraction). */
export interface BandOptions {
  readonly from?: BandBoundOptions;
  readonly to?: BandBoundOptions;
  readonly points?: DecimalInput;
  readonly fraction?: DecimalInput;
  readonly label?: LocalizedText;
}

const bandsExpected = { zh: '分档数组', en: 'an array of bands' };
const bandExpected = {
  zh: '分档 { from?, to?, points? | fraction?, label? }',
  en: 'a band { from?, to?, points? | fraction?, label? }',
};
const boundExpected = {
  zh: '档界 { value, inclusive } 或 [value, inclusive]',
  en: 'a bound { value, inclusive } or [value, inclusive]',
};

function boundOf(bound: BandBoundOptions, parameter: string): BandBound {
  const given: unknown = bound;
  // Either form is an object (an array for the short one); anything else is no bound.
  if (typeof given !== 'object' || given === null) {
    throw invalidArgument(parameter, boundExpected, given);
  }
  return 'value' in bound
    ? { value: decimal(bound.value), inclusive: bound.inclusive }
    : { value: decimal(bound[0]), inclusive: bound[1] };
}

/**
 * Builds a bands rule from bands listed from the lowest values up.
 *
 * @param options - what is measured, the bands, an optional fixed target
 * @returns the rule data
 * @throws JixiaoError when a decimal is malformed (`decimal`), or with an `invalid_argument`
 *   issue when untyped code passes options, bands or bounds of the wrong type
 *
 * @example
 * // ≥90% 5分, 80%(含)–90% 4分, 60%(含)–80% 3分, 低于60%不得分
 * bandsRule({ measure: 'actual', bands: [
 *   { to: { value: '60%', inclusive: false }, points: 0 },
 *   { from: { value: '60%', inclusive: true }, to: { value: '80%', inclusive: false }, points: 3 },
 *   { from: { value: '80%', inclusive: true }, to: { value: '90%', inclusive: false }, points: 4 },
 *   { from: { value: '90%', inclusive: true }, points: 5 },
 * ] });
 * // the same bounds, shorter: { to: ['60%', false], points: 0 }, { from: ['60%', true], … }
 */
export function bandsRule(options: {
  readonly measure?: 'actual' | 'rate';
  readonly bands: readonly BandOptions[];
  readonly target?: DecimalInput;
}): BandsRule {
  requireObject(options, 'options');
  requireList(options.bands, 'options.bands', bandsExpected);
  return {
    kind: 'bands',
    measure: options.measure ?? 'actual',
    bands: options.bands.map((band, index) => {
      const at = `options.bands[${String(index)}]`;
      requireObject(band, at, bandExpected);
      return {
        ...(band.from === undefined ? {} : { from: boundOf(band.from, `${at}.from`) }),
        ...(band.to === undefined ? {} : { to: boundOf(band.to, `${at}.to`) }),
        award:
          band.fraction !== undefined
            ? { fraction: decimal(band.fraction) }
            : { points: decimal(band.points ?? 0) },
        ...(band.label === undefined ? {} : { label: band.label }),
      };
    }),
    ...(options.target === undefined ? {} : { target: decimal(options.target) }),
  };
}

export function describeBand(band: Band, asPercent: boolean): string {
  const show = (value: Dec): string =>
    asPercent ? `${formatDecimal(value.times(100))}%` : formatDecimal(value);
  const lower =
    band.from === undefined ? '(-∞' : `${band.from.inclusive ? '[' : '('}${show(band.from.value)}`;
  const upper =
    band.to === undefined ? '+∞)' : `${show(band.to.value)}${band.to.inclusive ? ']' : ')'}`;
  return `${lower}, ${upper}`;
}

export function contains(band: Band, value: Dec): boolean {
  const aboveLower =
    band.from === undefined ||
    (band.from.inclusive
      ? value.greaterThanOrEqualTo(band.from.value)
      : value.greaterThan(band.from.value));
  const belowUpper =
    band.to === undefined ||
    (band.to.inclusive ? value.lessThanOrEqualTo(band.to.value) : value.lessThan(band.to.value));
  return aboveLower && belowUpper;
}

export function awardOf(band: Band, weight: Dec): Dec {
  return 'points' in band.award ? band.award.points : weight.times(band.award.fraction);
}
