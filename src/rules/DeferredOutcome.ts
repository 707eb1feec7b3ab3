import type { Dec } from '../decimal/JixiaoDecimal.js';
import type { Finding } from './Finding.js';

import type { TraceStep } from './TraceStep.js';

/**
 * What a built-in evaluator works out when it scores: the exact score and the findings, with the
 * trace left to build when something reads it. The engine keeps `trace` until a result's trace is
 * read, so that formatting its values (and the divisions only the trace shows, such as a rate
 * beside a score computed as weight × actual ÷ target) costs nothing for results never explained.
 * `trace` captures only values fixed when scoring (decimals, strings, the labels worked out then),
 * never the rule or input objects, which their owner may change afterwards.
 *
 * @internal
 */
export interface DeferredOutcome {
  /**
   * Between 0 and the weight; the engine rounds it with the scheme's policy. With {@link exact}
   * given, a quotient shortened by quotientFor: it rounds at the scheme's scale, and compares with
   * 0 and the weight, as the exact score does, and is never shown.
   */
  readonly score: Dec;
  /**
   * The score to the working precision, when `score` is shortened: worked out for the trace, for
   * a message that shows the score, and for a kind's `evaluate`, which returns it.
   */
  readonly exact?: () => Dec;
  readonly findings: readonly Finding[];
  /** Builds the trace, each time anew; the engine calls it at most once per result. */
  readonly trace: () => TraceStep[];
}
