import type { Issue } from '../issues/Issue.js';
import type { LocalizedText } from '../issues/LocalizedText.js';

/**
 * How one document of a batch came out: `scored` (a data file scored), `consistent`,
 * `inconsistent` or `unchecked` (a report audited: every check held, a finding, too little to
 * check), or `failed` (it could not be read, parsed or scored: its issues say why).
 */
export type BatchOutcome = 'scored' | 'consistent' | 'inconsistent' | 'unchecked' | 'failed';

/**
 * The outcomes, in the order a summary counts them.
 *
 * @example
 * batchOutcomes; // → ['scored', 'consistent', 'inconsistent', 'unchecked', 'failed']
 */
export const batchOutcomes: readonly BatchOutcome[] = Object.freeze([
  'scored',
  'consistent',
  'inconsistent',
  'unchecked',
  'failed',
]);

/** Whom a scored document is about, as its data file says. */
export interface BatchSubject {
  readonly department?: string;
  readonly project?: string;
  readonly year?: number;
}

/** One 一级 category of a scored document: its weight and score (null when not applicable). */
export interface BatchCategory {
  readonly id: string;
  readonly name: LocalizedText;
  readonly weight: string;
  readonly score: string | null;
}

/**
 * What a batch summary keeps of one document: small, plain and structured-cloneable (a worker
 * thread sends it to the main thread), with every decimal as its string.
 */
export interface BatchEntry {
  /** The document's place in the input, from 0. */
  readonly index: number;
  /** The document's name: its file, or `-:3` for line 3 of NDJSON input. */
  readonly name: string;
  readonly outcome: BatchOutcome;
  readonly subject?: BatchSubject;
  /** The scheme's `id@version`. */
  readonly scheme?: string;
  readonly total?: string;
  readonly fullMarks?: string;
  readonly grade?: string;
  /** The scored document's 一级 categories, in the scheme's order. */
  readonly categories?: readonly BatchCategory[];
  /** An audited document's checks and findings. */
  readonly checks?: number;
  readonly findings?: number;
  /** Why a document failed. */
  readonly issues?: readonly Issue[];
}
