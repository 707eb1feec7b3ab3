import type { EvaluationComparison } from './EvaluationComparison.js';
import { requireComparison } from './requireComparison.js';

/**
 * Writes a comparison as JSON text, indented by two spaces and ending in a newline: every
 * decimal a string, the same comparison always the same bytes. `JSON.parse` of it gives back
 * a value deep-equal to the comparison.
 *
 * @param comparison - what `compareEvaluations` returned
 * @returns the JSON text
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than a
 *   comparison
 *
 * @example
 * JSON.parse(renderComparisonJson(comparison)).totalChange; // "4.54"
 */
export function renderComparisonJson(comparison: EvaluationComparison): string {
  requireComparison(comparison);
  return `${JSON.stringify(comparison, null, 2)}\n`;
}
