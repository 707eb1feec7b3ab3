import type { LocalizedText } from '../issues/LocalizedText.js';

/** A value in a trace, as a decimal string; `percent` marks a fraction shown as a percentage. */
export interface TraceValue {
  readonly value: string;
  readonly unit?: 'percent';
}

/** The arithmetic or decision a trace step records. */
export type TraceOperation =
  | 'divide'
  | 'multiply'
  | 'subtract'
  | 'add'
  | 'min'
  | 'max'
  | 'round'
  | 'compare'
  | 'select'
  | 'given';

/**
 * What quantity a trace step works out, for the tools that read traces (sheets, explanations, the
 * report writer, the audit): they find a step by its role, never by its label.
 * - `rate`: a completion or control rate, actual ÷ target (and that rate rounded);
 * - `capped-rate`: the rate scored, after a cap;
 * - `ratio`: another ratio a formula uses (target ÷ actual);
 * - `excess`: how far the actual is over the target; `counted-excess`: the part of it counted;
 * - `check`: a comparison against the target or a requirement;
 * - `deduction`: the points deducted; `deduction-applied`: the deduction after its limit;
 * - `judgement`: a score an evaluator gave;
 * - `value`: a value scored that is none of the above (custom kinds);
 * - `not-applicable`: the leaf marked 不适用;
 * - `score`: the leaf's score (the step choosing or computing it, and its rounding).
 */
export type TraceRole = (typeof traceRoles)[number];

/**
 * Every {@link TraceRole}, for schemas and exhaustive checks.
 *
 * @example
 * traceRoles.includes('rate'); // → true
 */
export const traceRoles = [
  'rate',
  'capped-rate',
  'ratio',
  'excess',
  'counted-excess',
  'check',
  'deduction',
  'deduction-applied',
  'judgement',
  'value',
  'not-applicable',
  'score',
] as const;

/**
 * One step of a leaf's arithmetic, e.g. 支出率 = 23033.06 ÷ 23135.18 = 0.99558…; operands and
 * result are exact decimal strings.
 */
export interface TraceStep {
  /** The quantity this step works out; what tools read instead of the label. */
  readonly role: TraceRole;
  readonly label: Required<LocalizedText>;
  readonly operation: TraceOperation;
  readonly operands: readonly TraceValue[];
  readonly result: TraceValue;
  /** For `compare`: the comparison applied (≥, >, =, ≤, <). */
  readonly comparator?: string;
  /** For `select` and `given`: what was chosen and why, in both languages. */
  readonly note?: Required<LocalizedText>;
}
