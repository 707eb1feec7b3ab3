import { formatPercent } from '../decimal/formatPercent.js';
import { groupThousands } from '../decimal/groupThousands.js';
import type { LeafResult } from '../evaluation/Evaluation.js';
import type { Language } from '../issues/Language.js';
import type { TraceValue } from '../rules/TraceStep.js';

function percentText(value: TraceValue): string {
  return formatPercent(value.value);
}

/**
 * A short 说明 for a score sheet, drawn from the leaf's trace: the rate it was scored on
 * (完成率 105.41%), the level or judgement and its reason, the deduction, or why it was left out.
 *
 * @param leaf - a leaf of an evaluation
 * @param lang - `zh` (default) or `en`
 * @returns the note, or an empty string
 *
 * @example
 * summarizeLeaf(budgetLeaf); // "支出率 99.56%"
 */
export function summarizeLeaf(leaf: LeafResult, lang: Language = 'zh'): string {
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
    const [left, right] = compared.operands.map((operand) =>
      operand.unit === 'percent' ? percentText(operand) : groupThousands(operand.value),
    );
    parts.push(`${left ?? ''} ${compared.comparator ?? ''} ${right ?? ''}`);
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
