import type { JsonValue } from '../evaluation/Evaluation.js';

/** A shrunk counterexample, in the library's own terms. */
export interface Counterexample {
  /** What broke, in words. */
  readonly message: string;
  /** The scheme path (ids from the top) of the node concerned, when there is one. */
  readonly path?: readonly string[];
  /** The rule, as JSON, when a rule law failed. */
  readonly rule?: JsonValue;
  /** The inputs that break the law, as JSON. */
  readonly inputs: JsonValue;
  /** The values that disagree: scores, weights, expected and actual totals. */
  readonly values: Readonly<Record<string, string>>;
}

/** The outcome of one law over generated cases. */
export interface LawResult {
  /** e.g. `bounded`, `monotone`, `categories-sum`. */
  readonly law: string;
  /** What was checked: a rule kind (and leaf), or a scheme's `id@version`. */
  readonly subject: string;
  readonly status: 'passed' | 'failed' | 'skipped';
  /** Generated cases tried. */
  readonly runs: number;
  /** Why the law did not apply, for skipped laws. */
  readonly reason?: string;
  readonly counterexample?: Counterexample;
  /** How many shrinking steps led to the counterexample, and the seed to replay it. */
  readonly shrinks?: number;
  readonly seed?: number;
}

/** Every law's result; `passed` when none failed. */
export interface VerificationReport {
  readonly passed: boolean;
  readonly results: readonly LawResult[];
}
