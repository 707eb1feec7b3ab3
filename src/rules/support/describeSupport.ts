// Internal helpers shared by the built-in kinds' descriptions; not part of the public API.
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { formatPercent } from '../../decimal/formatPercent.js';
import { groupThousands } from '../../decimal/groupThousands.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import type { Language } from '../../issues/Language.js';

/** A rule parameter that is a fraction, as a percentage with every digit: 1.5 → "150%". */
export const percentOf = (value: Dec): string => formatPercent(value, 'exact');

/** A rule parameter that is an amount, with thousand separators. */
export const amount = (value: Dec): string => groupThousands(formatDecimal(value));

/** "目标值 1,050" / "target 1,050", or nothing when the rule fixes no target. */
export function targetPart(
  value: Dec | undefined,
  lang: Language,
  asPercent = false,
): readonly string[] {
  if (value === undefined) return [];
  const shown = asPercent ? percentOf(value) : amount(value);
  return [lang === 'zh' ? `目标值 ${shown}` : `target ${shown}`];
}

/** Joins a description's parts with the language's separator. */
export function joinParts(parts: readonly string[], lang: Language): string {
  return parts.join(lang === 'zh' ? '；' : '; ');
}
