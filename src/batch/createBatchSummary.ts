import { decimal } from '../decimal/decimal.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { roundDecimal } from '../decimal/roundDecimal.js';
import { deepFreeze } from '../evaluation/deepFreeze.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { isRecord } from '../issues/isRecord.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import { batchOutcomes, type BatchEntry, type BatchOutcome } from './BatchEntry.js';
import type {
  BatchSummary,
  CategoryDistribution,
  FailedDocument,
  FlaggedAudit,
  RankedDocument,
} from './BatchSummary.js';

/** A summary being built: add each document's entry, in any order, then read the summary. */
export interface BatchSummaryBuilder {
  /** Counts one document. */
  readonly add: (entry: BatchEntry) => void;
  /** The summary of every entry added so far (deep-frozen; adding more later is allowed). */
  readonly summary: () => BatchSummary;
}

/** One category's scores seen so far: each distinct score (as a decimal) with its count. */
interface CategoryTally {
  readonly scheme: string;
  readonly id: string;
  /** The name in the document first in input order (`nameIndex`), whatever order entries come in. */
  name: LocalizedText;
  nameIndex: number;
  /** Where the category first stands: the lowest index of a document with it, and its place there. */
  firstIndex: number;
  position: number;
  readonly weight: string;
  /**
   * Keyed by the score's normalised value; shown as the document first in input order wrote it
   * (`12.5` and `12.50` are one value), so the summary does not depend on the order of adding.
   */
  readonly scores: Map<
    string,
    { readonly value: Dec; text: string; textIndex: number; count: number }
  >;
  places: number;
  documents: number;
  notApplicable: number;
  sum: Dec;
}

interface Scored {
  readonly entry: BatchEntry;
  readonly total: Dec;
}

const decimalPlaces = (text: string): number => {
  const point = text.indexOf('.');
  return point === -1 ? 0 : text.length - point - 1;
};

/**
 * Starts a batch summary. Memory grows with the documents scored (the ranking keeps one small
 * record each) and with the distinct scores of each category, never with the documents' trees,
 * so a summary of a million documents holds a million ranking records and a few thousand scores.
 * The summary does not depend on the order entries are added in: documents are ranked by total,
 * then by their input index.
 *
 * @returns a builder: `add(entry)` for each document, `summary()` for the result
 * @throws JixiaoError `invalid_argument` from `add` for anything but a batch entry
 *
 * @example
 * const builder = createBatchSummary();
 * builder.add(scoreDocument({ name: 'nanzhou.json', text }, 0).entry);
 * builder.summary().ranking[0]?.total; // → '91.46'
 */
export function createBatchSummary(): BatchSummaryBuilder {
  let documents = 0;
  const outcomes = new Map<BatchOutcome, number>();
  const scored: Scored[] = [];
  const categories = new Map<string, CategoryTally>();
  const failures: FailedDocument[] = [];
  const flagged: FlaggedAudit[] = [];

  const tally = (entry: BatchEntry): void => {
    for (const [position, category] of (entry.categories ?? []).entries()) {
      const key = JSON.stringify([entry.scheme ?? '', category.id, category.weight]);
      let found = categories.get(key);
      if (found === undefined) {
        found = {
          scheme: entry.scheme ?? '',
          id: category.id,
          name: { ...category.name },
          nameIndex: entry.index,
          firstIndex: entry.index,
          position,
          weight: category.weight,
          scores: new Map(),
          places: 0,
          documents: 0,
          notApplicable: 0,
          sum: decimal(0),
        };
        categories.set(key, found);
      } else if (entry.index < found.nameIndex) {
        found.name = { ...category.name };
        found.nameIndex = entry.index;
        found.firstIndex = entry.index;
        found.position = position;
      }
      if (category.score === null) {
        found.notApplicable += 1;
        continue;
      }
      const value = decimal(category.score);
      const normal = value.toString();
      const seen = found.scores.get(normal);
      if (seen === undefined)
        found.scores.set(normal, { value, text: category.score, textIndex: entry.index, count: 1 });
      else {
        seen.count += 1;
        if (entry.index < seen.textIndex) {
          seen.text = category.score;
          seen.textIndex = entry.index;
        }
      }
      found.places = Math.max(found.places, decimalPlaces(category.score));
      found.documents += 1;
      found.sum = found.sum.plus(value);
    }
  };

  const add = (entry: BatchEntry): void => {
    const given: unknown = entry;
    if (
      !isRecord(given) ||
      typeof given['index'] !== 'number' ||
      typeof given['name'] !== 'string' ||
      !batchOutcomes.some((outcome) => outcome === given['outcome'])
    )
      throw invalidArgument(
        'entry',
        {
          zh: '批量结果的 entry（index、name、outcome）',
          en: "a batch result's entry (index, name, outcome)",
        },
        given,
      );
    documents += 1;
    outcomes.set(entry.outcome, (outcomes.get(entry.outcome) ?? 0) + 1);
    if (entry.outcome === 'failed') {
      // A copy: the summary is frozen, the caller's issues are not the summary's to freeze.
      failures.push({
        index: entry.index,
        name: entry.name,
        issues: structuredClone(entry.issues ?? []),
      });
      return;
    }
    if (entry.outcome === 'inconsistent' || entry.outcome === 'unchecked')
      flagged.push({
        index: entry.index,
        name: entry.name,
        outcome: entry.outcome,
        checks: entry.checks ?? 0,
        findings: entry.findings ?? 0,
      });
    if (entry.total !== undefined) {
      const subject = entry.subject === undefined ? {} : { subject: { ...entry.subject } };
      scored.push({ entry: { ...entry, ...subject }, total: decimal(entry.total) });
      tally(entry);
    }
  };

  return Object.freeze({
    add,
    summary: () => summarize(documents, outcomes, scored, categories, failures, flagged),
  });
}

/** Input order; two entries given the same index, by name (code points). */
const byIndex = (
  a: { readonly index: number; readonly name: string },
  b: { readonly index: number; readonly name: string },
): number => a.index - b.index || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function summarize(
  documents: number,
  outcomes: ReadonlyMap<BatchOutcome, number>,
  scored: readonly Scored[],
  categories: ReadonlyMap<string, CategoryTally>,
  failures: readonly FailedDocument[],
  flagged: readonly FlaggedAudit[],
): BatchSummary {
  const ordered = [...scored].sort(
    (a, b) => b.total.comparedTo(a.total) || byIndex(a.entry, b.entry),
  );
  const ranking: RankedDocument[] = [];
  ordered.forEach(({ entry, total }, position) => {
    const rank =
      ordered[position - 1]?.total.equals(total) === true
        ? (ranking[position - 1]?.rank ?? 1)
        : position + 1;
    ranking.push({
      rank,
      index: entry.index,
      name: entry.name,
      ...(entry.subject === undefined ? {} : { subject: entry.subject }),
      scheme: entry.scheme ?? '',
      total: entry.total ?? '',
      fullMarks: entry.fullMarks ?? '',
      grade: entry.grade ?? '',
    });
  });
  // In ranking order, the first time a grade is met is its best total: best grades come first.
  const grades = new Map<string, number>();
  for (const { grade } of ranking) grades.set(grade, (grades.get(grade) ?? 0) + 1);
  return deepFreeze({
    documents,
    outcomes: outcomeCounts(outcomes),
    grades: [...grades].map(([grade, count]) => ({ grade, count })),
    ranking,
    categories: [...categories.values()]
      .sort((a, b) => a.firstIndex - b.firstIndex || a.position - b.position)
      .map(distribution),
    failures: [...failures].sort(byIndex),
    flagged: [...flagged].sort(byIndex),
  });
}

/** How many documents came out each way, every outcome present (0 when none). */
function outcomeCounts(counts: ReadonlyMap<BatchOutcome, number>): Record<BatchOutcome, number> {
  return {
    scored: counts.get('scored') ?? 0,
    consistent: counts.get('consistent') ?? 0,
    inconsistent: counts.get('inconsistent') ?? 0,
    unchecked: counts.get('unchecked') ?? 0,
    failed: counts.get('failed') ?? 0,
  };
}

/** A category's tally as its distribution: lowest, median, highest, sum and mean. */
function distribution(tally: CategoryTally): CategoryDistribution {
  const scores = [...tally.scores.values()].sort((a, b) => a.value.comparedTo(b.value));
  const at = (position: number): Dec | undefined => {
    let seen = 0;
    for (const score of scores) {
      seen += score.count;
      if (position < seen) return score.value;
    }
    return undefined;
  };
  const { documents, places } = tally;
  const shown = (value: Dec): string =>
    formatDecimal(value, Math.max(places, value.decimalPlaces()));
  const lower = at(Math.floor((documents - 1) / 2));
  const upper = at(Math.floor(documents / 2));
  return {
    scheme: tally.scheme,
    id: tally.id,
    name: tally.name,
    weight: tally.weight,
    documents,
    notApplicable: tally.notApplicable,
    min: scores[0]?.text ?? null,
    median: lower === undefined || upper === undefined ? null : shown(lower.plus(upper).div(2)),
    max: scores[scores.length - 1]?.text ?? null,
    sum: formatDecimal(tally.sum, places),
    mean:
      documents === 0
        ? null
        : formatDecimal(
            roundDecimal(tally.sum.div(documents), { scale: places, mode: 'half-up' }),
            places,
          ),
  };
}
