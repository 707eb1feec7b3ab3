import type { Language } from '../issues/Language.js';
import { localize } from '../issues/LocalizedText.js';
import { changedText } from './changedText.js';
import { comparisonLabels, type ComparisonLabels } from './comparisonLabels.js';
import type {
  ComparedIndicator,
  EvaluationComparison,
  IndicatorComparison,
} from './EvaluationComparison.js';
import { signedChange } from './signedChange.js';

/** One row of a rendered comparison, every text as the input wrote it (not yet escaped). */
export interface ComparisonRow {
  readonly depth: number;
  readonly type: IndicatorComparison['type'];
  readonly status: IndicatorComparison['status'];
  /** The indicator's name in `after`, or in `before` for a removed one. */
  readonly name: string;
  /** 分值: one value, or `3 → 4` when it changed. */
  readonly weight: string;
  /** 得分 of each side: empty where the side is absent, `—` where it was left out as 不适用. */
  readonly scoreBefore: string;
  readonly scoreAfter: string;
  /** The signed changes (`+0.50`, `-1.20`, `0.00`), empty where there is none. */
  readonly scoreChange: string;
  readonly rateChange: string;
  /** What happened to it, in words: added, removed, moved from where, renamed, a rule change. */
  readonly note: string;
}

function scoreText(side: ComparedIndicator | null): string {
  if (side === null) return '';
  return side.score ?? '—';
}

/** The words for a row's status and changes. */
function noteOf(row: IndicatorComparison, labels: ComparisonLabels, lang: Language): string {
  const { before, after } = row;
  if (after === null) return labels.status.removed;
  if (before === null) return labels.status.added;
  const parts: string[] = [];
  if (row.status === 'moved') {
    // The former parents below the ones it still shares with its new place say where it was.
    const former = before.parentNames.map((name) => localize(name, lang));
    const current = after.parentNames.map((name) => localize(name, lang));
    let shared = 0;
    while (shared < former.length - 1 && former[shared] === current[shared]) shared += 1;
    const path = former.slice(shared);
    parts.push(
      labels.movedFrom(path.length === 0 ? labels.topLevel : path.join(labels.pathSeparator)),
    );
  }
  if (row.matchedBy === 'name') parts.push(labels.matchedByName(before.id));
  if (row.changes.includes('name')) parts.push(labels.renamedFrom(localize(before.name, lang)));
  if (row.changes.includes('applicability')) {
    const word = (side: ComparedIndicator) =>
      side.status === 'scored' ? labels.scored : labels.notApplicable;
    parts.push(labels.applicability(word(before), word(after)));
  }
  if (row.changes.includes('ruleKind'))
    parts.push(labels.rule(before.ruleKind ?? '—', after.ruleKind ?? '—'));
  if (row.changes.includes('ruleParameters')) parts.push(labels.ruleParameters);
  return parts.join(labels.separator);
}

/**
 * Flattens a comparison into the rows the table, Markdown and CSV renderers print, in the
 * comparison's order. Names are in the language asked for (Chinese where no English is known).
 *
 * @param comparison - the comparison
 * @param lang - `zh` or `en`
 * @returns the rows
 *
 * @example
 * comparisonRows(comparison, 'zh').find((row) => row.status === 'added')?.note; // "新增"
 * @internal
 */
export function comparisonRows(
  comparison: EvaluationComparison,
  lang: Language,
): readonly ComparisonRow[] {
  const labels = comparisonLabels[lang];
  return comparison.indicators.map((row) => {
    const side = row.after ?? row.before;
    return {
      depth: row.depth,
      type: row.type,
      status: row.status,
      name: side === null ? '' : localize(side.name, lang),
      weight:
        row.before === null || row.after === null
          ? (side?.weight ?? '')
          : changedText(row.before.weight, row.after.weight),
      scoreBefore: scoreText(row.before),
      scoreAfter: scoreText(row.after),
      scoreChange: signedChange(row.scoreChange),
      rateChange: signedChange(row.scoreRateChange),
      note: noteOf(row, labels, lang),
    };
  });
}
