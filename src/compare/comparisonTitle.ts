import type { Language } from '../issues/Language.js';
import { localize } from '../issues/LocalizedText.js';
import { comparisonLabels } from './comparisonLabels.js';
import type { ComparedEvaluation, EvaluationComparison } from './EvaluationComparison.js';

/**
 * The two lines that head a rendered comparison: each year's scheme title and reference
 * (`原：… (gz-department-overall@2023)`), not yet escaped for any format.
 *
 * @param comparison - the comparison
 * @param lang - `zh` or `en`
 * @returns the before line and the after line
 *
 * @example
 * comparisonTitle(comparison, 'en')[1]; // "After: Guangzhou (Haizhu) 2023 … (gz-department-overall@2023)"
 * @internal
 */
export function comparisonTitle(
  comparison: EvaluationComparison,
  lang: Language,
): readonly [string, string] {
  const labels = comparisonLabels[lang];
  const line = (label: string, side: ComparedEvaluation): string =>
    `${label}${labels.colon}${localize(side.scheme.title, lang)} (${side.scheme.id}@${side.scheme.version})`;
  return [line(labels.before, comparison.before), line(labels.after, comparison.after)];
}
