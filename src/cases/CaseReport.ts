/** One expectation that did not hold. */
export interface CaseFailure {
  /** The node id, or `total` / `grade` / `issues`. */
  readonly subject: string;
  readonly expected: string;
  readonly actual: string;
  /** The node's explanation (its trace as a sentence), where there is one. */
  readonly explanation?: string;
}

/** The outcome of one case. */
export interface CaseResult {
  readonly name: string;
  readonly passed: boolean;
  /** How many expectations were checked. */
  readonly checks: number;
  readonly failures: readonly CaseFailure[];
}

/** The outcome of a case file. */
export interface CaseReport {
  readonly passed: boolean;
  readonly cases: readonly CaseResult[];
}
