import type { Exit } from './Exit.js';

/**
 * A step of a command that either gives a value or has already reported its problem and gives
 * the exit code to return.
 */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly exit: Exit };
