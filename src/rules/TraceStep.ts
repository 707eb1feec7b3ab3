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
 * One step of a leaf's arithmetic, e.g. 支出率 = 23033.06 ÷ 23135.18 = 0.99558…; operands and
 * result are exact decimal strings.
 */
export interface TraceStep {
  readonly label: Required<LocalizedText>;
  readonly operation: TraceOperation;
  readonly operands: readonly TraceValue[];
  readonly result: TraceValue;
  /** For `compare`: the comparison applied (≥, >, =, ≤, <). */
  readonly comparator?: string;
  /** For `select` and `given`: what was chosen and why, in both languages. */
  readonly note?: Required<LocalizedText>;
}
