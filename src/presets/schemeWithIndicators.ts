import type { IndicatorNode, Scheme } from '../scheme/Scheme.js';

/**
 * A preset's scheme: its head (identity, grades, rounding, built once by `defineScheme` with no
 * indicators) with the indicators of one build. Only the two new objects are frozen here: the
 * preset's fixed nodes were deep-frozen once when first built and each slot's nodes as they were
 * built, so a build walks only what the document contributed, never the preset's own tree again.
 *
 * @param head - the deep-frozen scheme whose indicators are replaced
 * @param indicators - the deep-frozen top-level nodes
 * @returns the deep-frozen scheme, its keys in `defineScheme`'s order
 *
 * @example
 * schemeWithIndicators(head, [budgetExecution, outputs, benefits, satisfaction]);
 *
 * @internal
 */
export function schemeWithIndicators(head: Scheme, indicators: readonly IndicatorNode[]): Scheme {
  return Object.freeze({ ...head, indicators: Object.freeze([...indicators]) });
}
