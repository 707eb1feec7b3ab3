import type { Evaluation } from '../evaluation/Evaluation.js';
import type { Result } from '../issues/Result.js';
import type { Inputs } from '../rules/LeafInput.js';
import type { Scheme } from '../scheme/Scheme.js';
import { defaultEngine } from './defaultEngine.js';

/**
 * Scores a scheme with the built-in rule kinds. A missing input, an input for an unknown id, a
 * bad value or a broken scheme returns issues, never a silent 0, and nothing it is given makes it
 * throw. What a caller the compiler did not check passes is read at this boundary: decimals
 * written as text ("23,135.18", "99.56%"), JS numbers or another decimal.js's instances (whatever
 * their precision) are read onto the library's own decimals; anything else is an issue.
 *
 * @param scheme - the scheme (from {@link defineScheme} or `parseScheme`)
 * @param inputs - leaf id → what was observed
 * @returns the evaluation, or every issue found
 *
 * @example
 * const rate = { actual: decimal('23033.06'), target: decimal('23135.18') };
 * const result = evaluate(scheme, { rate });
 * if (result.ok) console.log(result.value.total); // "9.96"
 */
export function evaluate(scheme: Scheme, inputs: Inputs): Result<Evaluation> {
  return defaultEngine.evaluate(scheme, inputs);
}
