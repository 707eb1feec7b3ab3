import type { Issues } from '../issues/Result.js';
import type { Exit } from './Exit.js';

/**
 * A step of a command that either gives a value or has already reported its problem and gives
 * the exit code to return, with the issues it reported (for a JSON or batch result).
 */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly exit: Exit; readonly issues?: Issues };
