import type { Issue } from '../issues/Issue.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import type { BatchOutcome, BatchSubject } from './BatchEntry.js';

/** A scored document's place in the ranking by total (equal totals share a rank: 1, 2, 2, 4). */
export interface RankedDocument {
  readonly rank: number;
  readonly index: number;
  readonly name: string;
  readonly subject?: BatchSubject;
  readonly scheme: string;
  readonly total: string;
  readonly fullMarks: string;
  readonly grade: string;
}

/**
 * How one 一级 category scored across the batch's documents of one scheme: lowest, median,
 * highest, the exact sum and the mean (rounded half-up to the scores' decimal places), over the
 * documents where it was scored; `notApplicable` counts those where it was not.
 */
export interface CategoryDistribution {
  /** The scheme's `id@version`. */
  readonly scheme: string;
  readonly id: string;
  readonly name: LocalizedText;
  readonly weight: string;
  readonly documents: number;
  readonly notApplicable: number;
  readonly min: string | null;
  readonly median: string | null;
  readonly max: string | null;
  readonly sum: string;
  readonly mean: string | null;
}

/** A document that failed, with the issues that say why. */
export interface FailedDocument {
  readonly index: number;
  readonly name: string;
  readonly issues: readonly Issue[];
}

/** An audited report that was inconsistent or could not be checked. */
export interface FlaggedAudit {
  readonly index: number;
  readonly name: string;
  readonly outcome: 'inconsistent' | 'unchecked';
  readonly checks: number;
  readonly findings: number;
}

/**
 * A batch summed up: how many documents and how each came out, the grades given, the ranking by
 * total, each 一级 category's distribution, the documents that failed, and the reports audited
 * inconsistent or unchecked. Plain data with decimals as strings: `JSON.stringify` writes it.
 */
export interface BatchSummary {
  readonly documents: number;
  readonly outcomes: Readonly<Record<BatchOutcome, number>>;
  /** Each grade given and how often, the best grade first (ordered by the highest total given it). */
  readonly grades: readonly { readonly grade: string; readonly count: number }[];
  readonly ranking: readonly RankedDocument[];
  readonly categories: readonly CategoryDistribution[];
  readonly failures: readonly FailedDocument[];
  readonly flagged: readonly FlaggedAudit[];
}
