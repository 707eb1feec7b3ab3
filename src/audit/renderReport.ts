import { trimZeros } from '../decimal/trimZeros.js';
import { decimal } from '../decimal/decimal.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { groupThousands } from '../decimal/groupThousands.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../decimal/roundDecimal.js';
import type { RoundingMode } from '../decimal/RoundingPolicy.js';
import type { Evaluation, LeafResult, NodeResult } from '../evaluation/Evaluation.js';
import type { Language } from '../issues/Language.js';
import { summarizeLeaf } from '../render/summarizeLeaf.js';
import { localize } from '../issues/LocalizedText.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import { requireEvaluation } from '../evaluation/requireEvaluation.js';
import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import { lineText } from '../render/lineText.js';

const chineseNumerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Scores as reports write them: 20, 9.96, 7.5. */
const score = (text: string | null): string => (text === null ? '—' : trimZeros(text));
/** 得分率 as reports write them: 100%, 99.60%, 60%. */
const rate = (percentText: string | null): string =>
  percentText === null
    ? '—'
    : `${percentText.endsWith('.00') ? percentText.slice(0, -3) : percentText}%`;
/** Amounts with their own precision, and at least two places as reports write them: 23,135.18, 1,050.00. */
const amount = (value: Dec): string =>
  groupThousands(formatDecimal(value, Math.max(2, value.decimalPlaces())));

function inputAmount(leaf: LeafResult, field: 'actual' | 'target'): Dec | undefined {
  const input = leaf.input;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  // Checked just above: the echoed input is a JSON object.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
  const value = (input as Readonly<Record<string, unknown>>)[field];
  return typeof value === 'string' ? decimal(value) : undefined;
}

function budgetSentence(
  leaf: LeafResult,
  year: number | undefined,
  lang: Language,
  mode: RoundingMode,
): string {
  const actual = inputAmount(leaf, 'actual');
  const target = inputAmount(leaf, 'target');
  if (actual === undefined || target === undefined || target.isZero()) return '';
  const percent = formatDecimal(
    roundDecimal(actual.dividedBy(target).times(100), { scale: 2, mode }),
    2,
  );
  return lang === 'zh'
    ? `${year === undefined ? '' : `${year}年`}部门全年预算数${amount(target)}万元，执行数 ${amount(actual)} 万元，完成预算的 ${percent}%。`
    : `The department's full-year budget was ${amount(target)} (10,000 yuan), of which ${amount(actual)} was executed: ${percent}% of the budget.`;
}

function threePublicSentence(leaf: LeafResult, lang: Language, mode: RoundingMode): string {
  const actual = inputAmount(leaf, 'actual');
  const target = inputAmount(leaf, 'target');
  if (actual === undefined || target === undefined || target.isZero()) return '';
  const change = target.minus(actual);
  const percent = formatDecimal(
    roundDecimal(change.abs().dividedBy(target).times(100), { scale: 2, mode }),
    2,
  );
  const down = !change.isNegative();
  return lang === 'zh'
    ? `“三公”经费支出 ${amount(actual)} 万元，比年初预算数${down ? '减少' : '增加'} ${amount(change.abs())} 万元，${down ? '下降' : '增长'} ${percent}%。`
    : `"Three public" spending was ${amount(actual)}, ${amount(change.abs())} ${down ? 'below' : 'above'} the budget (${down ? '−' : '+'}${percent}%).`;
}

/** The department option an untyped caller passed: none, or a string. */
function department(value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw invalidArgument(
    'options.department',
    { zh: '字符串（部门名称）', en: "a string (the department's name)" },
    value,
  );
}

/** The year option an untyped caller passed: none, or a whole number. */
function reportYear(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  throw invalidArgument(
    'options.year',
    { zh: '整数（年度）', en: 'a whole number (the year)' },
    value,
  );
}

/**
 * Writes the scoring part of a self-evaluation report in the template's own sentence forms: the
 * 自评结论 with the total, for each 二级 indicator "该项指标分值 X 分，本次自评得分 Y 分，得分率为 Z%",
 * the budget sentence, and the 三级 tables as text. What it writes, read back by
 * {@link extractClaims}, gives the evaluation's own numbers. Text from the input (the title,
 * the department, names, notes, the grade) stays on its line: line breaks fold into one space and
 * terminal controls are shown as escapes (see `lineText`), so no input can forge a heading or a
 * 自评得分 sentence.
 *
 * @param evaluation - the evaluation
 * @param options - `lang` (`zh` default), the department's name, and the year evaluated (default:
 *   the scheme's effective year)
 * @returns the text
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than an
 *   evaluation, or options that are not an object, another language, a department that is not a
 *   string or a year that is not a whole number
 *
 * @example
 * renderReport(evaluation, { department: '南洲街道办事处' });
 * // "（一）自评结论。…整体绩效自评得分 91.46 分…"
 */
export function renderReport(
  evaluation: Evaluation,
  options: { readonly lang?: Language; readonly department?: string; readonly year?: number } = {},
): string {
  requireEvaluation(evaluation);
  const given = requireOptions(options);
  const lang = requireLanguage(given['lang'], 'options.lang');
  const zh = lang === 'zh';
  const year = reportYear(given['year']) ?? evaluation.scheme.effectiveYear;
  const lines: string[] = [];
  const named = (text: LocalizedText): string => lineText(localize(text, lang));
  const title = named(evaluation.scheme.title);
  const who = lineText(department(given['department']) ?? (zh ? '本部门' : 'the department'));
  lines.push(zh ? '（一）自评结论。' : '(1) Conclusion.', '');
  lines.push(
    zh
      ? `${title}设计总分值为 ${evaluation.fullMarks} 分，根据指标评分表，${who}整体绩效自评得分 ${score(evaluation.total)} 分，等级为${lineText(evaluation.grade.name.zh)}。`
      : `${title} has full marks of ${evaluation.fullMarks}; by the score sheet, ${who} scores ${score(evaluation.total)} overall in its self-evaluation, grade ${named(evaluation.grade.name)}.`,
    '',
  );
  const table = (nodes: readonly NodeResult[]): void => {
    const leaves = nodes.filter((node): node is LeafResult => node.type === 'leaf');
    if (leaves.length === 0) return;
    lines.push(
      zh ? '序号 指标名称 指标分值 指标得分 实际完成值' : 'No. Indicator Weight Score Result',
    );
    leaves.forEach((leaf, index) => {
      const extra =
        leaf.role === 'three-public-spending'
          ? threePublicSentence(leaf, lang, evaluation.rounding.mode)
          : '';
      const result = [summarizeLeaf(leaf, lang), extra]
        .filter((part) => part !== '')
        .join(zh ? '。' : '. ');
      lines.push(
        `${index + 1} ${named(leaf.name)} ${leaf.weight} ${score(leaf.score)} ${result}${result === '' || /[。.]$/.test(result) ? '' : zh ? '。' : '.'}`,
      );
    });
    lines.push('');
  };
  const sentence = (node: NodeResult, heading: string): void => {
    const name = named(node.name);
    const budget =
      node.type === 'leaf' && node.role === 'budget-execution'
        ? budgetSentence(node, year, lang, evaluation.rounding.mode)
        : '';
    lines.push(
      zh
        ? `${heading}${name}。该项指标分值 ${node.weight} 分，本次自评得分 ${score(node.score)} 分，得分率为 ${rate(node.scoreRatePercent)}。${budget}`
        : `${heading}${name}. Weight ${node.weight}, self-evaluated score ${score(node.score)}, score rate ${rate(node.scoreRatePercent)}. ${budget}`.trimEnd(),
      '',
    );
  };
  evaluation.indicators.forEach((top, topIndex) => {
    lines.push(
      zh
        ? `（${chineseNumerals[topIndex + 1] ?? topIndex + 2}）${lineText(top.name.zh)}分析。`
        : `(${topIndex + 2}) ${named(top.name)}.`,
      '',
    );
    const seconds = top.type === 'category' ? top.children : [top];
    seconds.forEach((second, secondIndex) => {
      sentence(second, `${secondIndex + 1}.`);
      if (second.type !== 'category') return;
      second.children.forEach((third, thirdIndex) => {
        if (third.type === 'category') {
          sentence(third, zh ? `（${thirdIndex + 1}）` : `(${thirdIndex + 1}) `);
          table(third.children);
        }
      });
      table(second.children);
    });
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
