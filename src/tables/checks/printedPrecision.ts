import { formatDecimal } from '../../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../../decimal/roundDecimal.js';

/** A number as printed: its value, decimal places in the written unit, and whether it is a %. */
export interface Printed {
  readonly value: Dec;
  readonly places: number;
  readonly percent: boolean;
}

/** Half a unit of the last printed digit, in the value's own unit (a fraction for a %). */
export function tolerance(printed: Printed): Dec {
  const unit = new JixiaoDecimal(10).pow(-(printed.places + (printed.percent ? 2 : 0)));
  return unit.dividedBy(2);
}

/**
 * Whether a printed number agrees with an exact value: within half a unit of its last digit.
 *
 * @param printed - the number as the table prints it
 * @param exact - the exact value the rule gives
 * @returns true when |printed − exact| ≤ half a unit of the last printed digit
 *
 * @example
 * agreesAtPrinted({ value: decimal('9.58'), places: 2, percent: false }, decimal('9.5833')); // → true
 */
export function agreesAtPrinted(printed: Printed, exact: Dec): boolean {
  return printed.value.minus(exact).abs().lessThanOrEqualTo(tolerance(printed));
}

/** An exact value written at the printed number's precision (half-up), as the table writes it. */
export function shownAt(
  exact: Dec,
  printed: Printed,
): { readonly text: string; readonly value: Dec } {
  if (printed.percent) {
    const points = roundDecimal(exact.times(100), { scale: printed.places, mode: 'half-up' });
    return { text: `${formatDecimal(points, printed.places)}%`, value: points.dividedBy(100) };
  }
  const rounded = roundDecimal(exact, { scale: printed.places, mode: 'half-up' });
  return { text: formatDecimal(rounded, printed.places), value: rounded };
}

/** A difference written in the printed number's unit (`0.6`, `-1.00%`). */
export function differenceText(difference: Dec, printed: Printed): string {
  return plain(difference, printed.percent);
}

/** An exact value written plainly, a fraction as a percentage with up to 4 places. */
export function plain(value: Dec, percent = false): string {
  if (!percent) return formatDecimal(value.decimalPlaces() > 4 ? value.toDecimalPlaces(4) : value);
  const points = value.times(100);
  return `${formatDecimal(points.decimalPlaces() > 4 ? points.toDecimalPlaces(4) : points)}%`;
}
