import type { Dec } from '../decimal/JixiaoDecimal.js';
import type { DeviationOptions } from './departmentIndicatorLeaf.js';
import type { DepartmentIndicator } from './Preset.js';

type KeyPart = string | boolean | null;

/** A decimal's exact data (sign, exponent, digits): 1.50 and 1.5 are one value, one key. */
function decimalKey(value: Dec): string {
  return `${value.s}e${value.e}:${value.d.join(',')}`;
}

/**
 * Each field of an indicator as part of the key. The mapped type names every key of
 * DepartmentIndicator: a field added to it and not here is a compile error, so no field that
 * shapes the built scheme can be left out of the key.
 */
const fieldKeys: {
  readonly [K in keyof Required<DepartmentIndicator>]: (indicator: DepartmentIndicator) => KeyPart;
} = {
  id: (indicator) => indicator.id,
  name: (indicator) => indicator.name.zh,
  group: (indicator) => indicator.group ?? null,
  weight: (indicator) => decimalKey(indicator.weight),
  weightBasis: (indicator) => indicator.weightBasis ?? null,
  comparison: (indicator) => indicator.comparison,
  target: (indicator) => (indicator.target === undefined ? null : decimalKey(indicator.target)),
  targetText: (indicator) => indicator.targetText ?? null,
  unit: (indicator) => indicator.unit ?? null,
};
const fields = Object.values(fieldKeys);

function indicatorKey(indicator: DepartmentIndicator): readonly KeyPart[] {
  // The English name is the one part of a name beside zh; absent and written are told apart.
  return [...fields.map((field) => field(indicator)), indicator.name.en ?? null];
}

function deviationKey(deviation: DeviationOptions | undefined): readonly KeyPart[] | null {
  if (deviation === undefined) return null;
  const { above, whenMissed } = deviation;
  return [
    above === undefined ? null : above === false ? false : decimalKey(above),
    whenMissed ?? null,
  ];
}

/**
 * The text that names everything a preset's build reads besides the preset itself: each slot's
 * indicators in order, every field of each, and the deviation rule. Two builds with equal keys
 * build equal schemes; any difference in an id, name, group, weight, target, unit, text or option
 * (or in the slots' order) gives another key. JSON keeps the parts apart (a name holding a comma
 * or a quote cannot run into the next part).
 *
 * @param indicators - slot → the indicators, as `readBuildArguments` read them
 * @param deviation - the deviation rule the build applies, if any
 * @returns the key
 *
 * @example
 * buildKey(new Map([['outputs', [indicator]]]), { above: decimal('1.3'), whenMissed: true });
 *
 * @internal
 */
export function buildKey(
  indicators: ReadonlyMap<string, readonly DepartmentIndicator[]>,
  deviation?: DeviationOptions,
): string {
  const slots = [...indicators].map(([slot, list]) => [slot, list.map(indicatorKey)] as const);
  return JSON.stringify([deviationKey(deviation), slots]);
}
