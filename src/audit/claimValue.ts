// Internal: reading claimed numbers with their written precision, and comparing at it.
import { formatDecimal } from '../decimal/formatDecimal.js';
import { groupThousands } from '../decimal/groupThousands.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import { parseDecimal } from '../decimal/parseDecimal.js';
import { roundDecimal } from '../decimal/roundDecimal.js';
import type { RoundingMode } from '../decimal/RoundingPolicy.js';
import type { Claim } from './Claims.js';

export interface ClaimNumber {
  /** The value: a fraction for percentages (99.56% → 0.9956). */
  readonly value: Dec;
  /** Decimal places as written, in the written unit (99.56% → 2, 41.5 → 1). */
  readonly places: number;
  readonly percent: boolean;
}

export function readClaim(claim: Claim): ClaimNumber | undefined {
  const text = claim.value.trim();
  const parsed = parseDecimal(text);
  if (!parsed.ok) return undefined;
  const percent = /[%％]$/.test(text);
  const digits = text.replace(/[%％]$/, '').replace(/,/g, '');
  const places = digits.includes('.') ? (digits.split('.')[1] ?? '').length : 0;
  return { value: parsed.value, places, percent };
}

/** The recomputed value rounded to the claim's precision and written as the claim is. */
export function atClaimPrecision(
  value: Dec,
  claim: ClaimNumber,
  mode: RoundingMode,
): { readonly text: string; readonly value: Dec } {
  if (claim.percent) {
    const percentValue = roundDecimal(value.times(100), { scale: claim.places, mode });
    return {
      text: `${formatDecimal(percentValue, claim.places)}%`,
      value: percentValue.dividedBy(100),
    };
  }
  const rounded = roundDecimal(value, { scale: claim.places, mode });
  return { text: groupThousands(formatDecimal(rounded, claim.places)), value: rounded };
}

export function plainText(value: Dec): string {
  return groupThousands(formatDecimal(value));
}
