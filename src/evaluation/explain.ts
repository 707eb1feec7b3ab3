import { formatPercent } from '../decimal/formatPercent.js';
import { groupThousands } from '../decimal/groupThousands.js';
import type { Language } from '../issues/Language.js';
import type { TraceStep, TraceValue } from '../rules/TraceStep.js';
import { localize } from '../issues/LocalizedText.js';
import type { Evaluation, LeafResult, NodeResult } from './Evaluation.js';
import { lineText } from './lineText.js';
import { requireEvaluation } from './requireEvaluation.js';
import { requireLanguage } from './requireLanguage.js';
import { requireLeafResult } from './requireLeafResult.js';
import { requireOptions } from './requireOptions.js';

/** One leaf's explanation. */
export interface LeafExplanation {
  readonly id: string;
  readonly path: readonly string[];
  readonly name: string;
  readonly text: string;
}

const symbols: Readonly<Record<'divide' | 'multiply' | 'subtract' | 'add', string>> = {
  divide: '÷',
  multiply: '×',
  subtract: '−',
  add: '+',
};

function show(value: TraceValue): string {
  if (value.unit !== 'percent')
    return /^-?\d+(\.\d+)?$/.test(value.value) ? groupThousands(value.value) : value.value;
  return formatPercent(value.value);
}

function sentence(traceStep: TraceStep, result: string, lang: Language): string {
  const label = lang === 'zh' ? traceStep.label.zh : traceStep.label.en;
  const note =
    traceStep.note === undefined ? '' : lang === 'zh' ? traceStep.note.zh : traceStep.note.en;
  const operands = traceStep.operands.map(show);
  switch (traceStep.operation) {
    case 'divide':
    case 'multiply':
    case 'subtract':
    case 'add': {
      const formula = `${label} = ${operands.join(` ${symbols[traceStep.operation]} `)} = ${result}`;
      return note === ''
        ? formula
        : lang === 'zh'
          ? `${formula}（${note}）`
          : `${formula} (${note})`;
    }
    case 'min':
    case 'max':
      return `${label} = ${traceStep.operation}(${operands.join(', ')}) = ${result}`;
    case 'compare': {
      const holds = traceStep.result.value === 'true';
      if (traceStep.comparator === 'yes')
        return lang === 'zh'
          ? holds
            ? '符合要求'
            : '不符合要求'
          : holds
            ? 'requirement met'
            : 'requirement not met';
      const [left = '', right = ''] = operands;
      const claim = `${left} ${traceStep.comparator ?? '?'} ${right}`;
      return lang === 'zh'
        ? `${claim}：${holds ? '成立' : '不成立'}`
        : `${claim}: ${holds ? 'holds' : 'does not hold'}`;
    }
    case 'round':
      return `${label} = ${result}`;
    case 'select':
    case 'given':
      return note === ''
        ? `${label} = ${result}`
        : lang === 'zh'
          ? `${label} = ${result}（${note}）`
          : `${label} = ${result} (${note})`;
  }
}

/** A rounding of the step before it, of the same quantity: shown as that step's result. */
function roundsPrevious(previous: TraceStep | undefined, rounding: TraceStep): boolean {
  const [operand] = rounding.operands;
  return (
    previous !== undefined &&
    rounding.operation === 'round' &&
    previous.role === rounding.role &&
    operand?.value === previous.result.value &&
    operand.unit === previous.result.unit
  );
}

/** The sentence of a leaf already checked. */
function sentenceOf(leaf: LeafResult, lang: Language): string {
  const parts: string[] = [];
  const { trace } = leaf;
  trace.forEach((traceStep, index) => {
    const next = trace[index + 1];
    if (traceStep.operation === 'round' && roundsPrevious(trace[index - 1], traceStep)) return;
    const roundedNext = next !== undefined && roundsPrevious(traceStep, next);
    parts.push(sentence(traceStep, show(roundedNext ? next.result : traceStep.result), lang));
  });
  return lineText(parts.join(lang === 'zh' ? '；' : '; '));
}

/**
 * Renders a leaf's trace as one sentence, e.g.
 * "支出率 = 23,033.06 ÷ 23,135.18 = 99.56%；得分 = 10 × 99.56% = 9.96". A step whose result is then
 * rounded shows the rounded value. Text from the input (an evaluator's reason, a label) is
 * folded onto the one line and its terminal controls shown as escapes (see `lineText`).
 *
 * @param leaf - a leaf of an evaluation
 * @param lang - `zh` (default) or `en`
 * @returns the sentence, on one line
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than a
 *   leaf of an evaluation, or a language other than `zh` or `en`
 *
 * @example
 * explainLeaf(budgetLeaf); // "支出率 = 23,033.06 ÷ 23,135.18 = 99.56%；得分 = 10 × 99.56% = 9.96"
 */
export function explainLeaf(leaf: LeafResult, lang: Language = 'zh'): string {
  requireLeafResult(leaf);
  return sentenceOf(leaf, requireLanguage(lang, 'lang'));
}

/**
 * Explains every leaf of an evaluation, in tree order. Each `text` is one line (see
 * {@link explainLeaf}); `id`, `path` and `name` are the evaluation's own, as written.
 *
 * @param evaluation - the evaluation
 * @param options - `lang`: `zh` (default) or `en`
 * @returns one explanation per leaf
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than an
 *   evaluation, or options that are not an object or name another language
 *
 * @example
 * explain(evaluation, { lang: 'en' })[0]?.text;
 * // "execution rate = 23,033.06 ÷ 23,135.18 = 99.56%; score = 10 × 99.56% = 9.96"
 */
export function explain(
  evaluation: Evaluation,
  options: { readonly lang?: Language } = {},
): readonly LeafExplanation[] {
  requireEvaluation(evaluation);
  const lang = requireLanguage(requireOptions(options)['lang'], 'options.lang');
  const out: LeafExplanation[] = [];
  const visit = (node: NodeResult): void => {
    if (node.type === 'category') node.children.forEach(visit);
    else
      out.push({
        id: node.id,
        path: node.path,
        name: localize(node.name, lang),
        text: sentenceOf(node, lang),
      });
  };
  evaluation.indicators.forEach(visit);
  return out;
}
