import { formatPercent } from '../decimal/formatPercent.js';
import { groupThousands } from '../decimal/groupThousands.js';
import type { LeafResult } from '../evaluation/Evaluation.js';
import type { Language } from '../issues/Language.js';
import { negatedComparator } from '../rules/negatedComparator.js';
import type { TraceStep, TraceValue } from '../rules/TraceStep.js';
import { lineText } from '../evaluation/lineText.js';
import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireLeafResult } from '../evaluation/requireLeafResult.js';

function percentText(value: TraceValue): string {
  return formatPercent(value.value);
}

/**
 * A comparison as found: "2.33% ≤ 5%" when it held; negated and marked when it failed
 * ("80% < 90%，未达标"), never the comparison as if it held.
 */
function comparisonText(compared: TraceStep, lang: Language): string {
  const [left = '', right = ''] = compared.operands.map((operand) =>
    operand.unit === 'percent' ? percentText(operand) : groupThousands(operand.value),
  );
  const comparator = compared.comparator ?? '';
  if (compared.result.value !== 'false') return `${left} ${comparator} ${right}`;
  const negated = negatedComparator(comparator);
  if (negated === undefined)
    return lang === 'zh'
      ? `${left} ${comparator} ${right}：不成立`
      : `${left} ${comparator} ${right}: does not hold`;
  return lang === 'zh'
    ? `${left} ${negated} ${right}，未达标`
    : `${left} ${negated} ${right}: not met`;
}

/**
 * A short 说明 for a score sheet, drawn from the leaf's trace: the rate it was scored on
 * (完成率 105.41%), the comparison as found (2.33% ≤ 5%; 80% < 90%，未达标 when it failed), the
 * level or judgement and its reason, the deduction, or why it was left out. The note is one
 * line: text from the input (an evaluator's reason, a label) has its line breaks folded and its
 * terminal controls shown as escapes (see `lineText`).
 *
 * @param leaf - a leaf of an evaluation
 * @param lang - `zh` (default) or `en`
 * @returns the note, or an empty string
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than a
 *   leaf of an evaluation, or a language other than `zh` or `en`
 *
 * @example
 * summarizeLeaf(budgetLeaf); // "支出率 99.56%"
 */
export function summarizeLeaf(leaf: LeafResult, lang: Language = 'zh'): string {
  requireLeafResult(leaf);
  return lineText(noteOf(leaf, requireLanguage(lang, 'lang')));
}

/** The note of a leaf already checked, before folding. */
function noteOf(leaf: LeafResult, lang: Language): string {
  const parts: string[] = [];
  const pick = (text: { readonly zh: string; readonly en: string }) =>
    lang === 'zh' ? text.zh : text.en;
  const rate = leaf.trace.find(
    (traceStep) => traceStep.role === 'rate' && traceStep.operation === 'divide',
  );
  const compared = leaf.trace.find((traceStep) => traceStep.role === 'check');
  if (leaf.status === 'not_applicable') {
    const note = leaf.trace.find((traceStep) => traceStep.role === 'not-applicable')?.note;
    parts.push(note === undefined ? (lang === 'zh' ? '不适用' : 'not applicable') : pick(note));
  } else if (rate !== undefined) {
    parts.push(`${pick(rate.label)} ${percentText(rate.result)}`);
  } else if (compared?.operands.length === 2) {
    parts.push(comparisonText(compared, lang));
  } else {
    const deduction = leaf.trace.find((traceStep) => traceStep.role === 'deduction');
    const decided = [...leaf.trace]
      .reverse()
      .find(
        (traceStep) =>
          (traceStep.operation === 'select' || traceStep.operation === 'given') &&
          traceStep.note !== undefined,
      );
    if (deduction !== undefined) parts.push(`${pick(deduction.label)} ${deduction.result.value}`);
    else if (decided?.note !== undefined) parts.push(pick(decided.note));
  }
  if (leaf.findings.some((finding) => finding.severity === 'review'))
    parts.push(lang === 'zh' ? '超额完成，需复核' : 'over-achieved: review');
  return parts.join(lang === 'zh' ? '；' : '; ');
}
