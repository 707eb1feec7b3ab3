import { trimZeros } from '../decimal/trimZeros.js';
import { decimal } from '../decimal/decimal.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { groupThousands } from '../decimal/groupThousands.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../decimal/roundDecimal.js';
import type { RoundingMode } from '../decimal/RoundingPolicy.js';
import type { Evaluation, LeafResult, NodeResult } from '../evaluation/Evaluation.js';
import type { JsonValue } from '../issues/JsonValue.js';
import type { Language } from '../issues/Language.js';
import { summarizeLeaf } from '../render/summarizeLeaf.js';
import { localize } from '../issues/LocalizedText.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import { requireEvaluation } from '../evaluation/requireEvaluation.js';
import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import { lineText } from '../render/lineText.js';
import type { ReportBlock, ReportCell, ReportRun } from './ReportBlock.js';

const chineseNumerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Scores as reports write them: 20, 9.96, 7.5. */
/** The reason a 不适用 leaf's input gives, as written (control characters made visible). */
function notApplicableReason(input: JsonValue): string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return '';
  const reason: unknown = Reflect.get(input, 'reason');
  return typeof reason === 'string' ? lineText(reason).trim() : '';
}

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

/** What a leaf achieved, as its 实际完成值 cell and its line in the text say it. */
function leafResult(leaf: LeafResult, lang: Language, mode: RoundingMode): string {
  const zh = lang === 'zh';
  const extra = leaf.role === 'three-public-spending' ? threePublicSentence(leaf, lang, mode) : '';
  const result = [summarizeLeaf(leaf, lang), extra]
    .filter((part) => part !== '')
    .join(zh ? '。' : '. ');
  const ending = result === '' || /[。.]$/.test(result) ? '' : zh ? '。' : '.';
  return `${result}${ending}`;
}

/** How many rows of the score table a node takes: its own, and its leaves' (or categories'). */
function rowsOf(node: NodeResult, depth: number): number {
  if (node.type === 'leaf') return 1;
  if (depth >= 2) return node.children.reduce((count, child) => count + leavesOf(child), 0) + 1;
  return node.children.reduce((count, child) => count + rowsOf(child, depth + 1), 0) + 1;
}

/** The number of leaves under a node (the node itself, for a leaf). */
function leavesOf(node: NodeResult): number {
  return node.type === 'leaf'
    ? 1
    : node.children.reduce((count, child) => count + leavesOf(child), 0);
}

/** The leaves under a node, in order. */
function leavesUnder(node: NodeResult): readonly LeafResult[] {
  return node.type === 'leaf' ? [node] : node.children.flatMap(leavesUnder);
}

/**
 * The score table: a row per 一级 and 二级 indicator (its name merged down the rows below it,
 * its 分值, 得分 and 得分率) and per leaf (in the 三级 column, with what it achieved), and the
 * 总分 row. A table has three name columns, so the leaves of a deeper 三级 category stand in
 * the 三级 column under their 二级 indicator; the category's own numbers are in its sentence.
 */
function scoreTable(evaluation: Evaluation, lang: Language): ReportBlock {
  const zh = lang === 'zh';
  const mode = evaluation.rounding.mode;
  const named = (text: LocalizedText): string => lineText(localize(text, lang));
  const merged = (text: string, rowSpan: number): ReportCell =>
    rowSpan > 1 ? { text, rowSpan } : { text };
  const values = (node: NodeResult): ReportCell[] => [
    { text: node.weight },
    { text: score(node.score) },
    { text: rate(node.scoreRatePercent) },
  ];
  const rows: ReportCell[][] = [];
  const leafRow = (leaf: LeafResult, before: readonly ReportCell[]): void => {
    rows.push([...before, ...values(leaf), { text: leafResult(leaf, lang, mode) }]);
  };
  for (const top of evaluation.indicators) {
    const first: ReportCell = merged(named(top.name), rowsOf(top, 1));
    if (top.type === 'leaf') {
      leafRow(top, [first, { text: '' }, { text: '' }]);
      continue;
    }
    rows.push([first, { text: '' }, { text: '' }, ...values(top), { text: '' }]);
    for (const second of top.children) {
      if (second.type === 'leaf') {
        leafRow(second, [{ text: named(second.name) }, { text: '' }]);
        continue;
      }
      rows.push([
        merged(named(second.name), rowsOf(second, 2)),
        { text: '' },
        ...values(second),
        { text: '' },
      ]);
      for (const leaf of leavesUnder(second)) leafRow(leaf, [{ text: named(leaf.name) }]);
    }
  }
  rows.push([
    { text: zh ? '总分' : 'Total', colSpan: 3 },
    { text: evaluation.fullMarks },
    { text: score(evaluation.total) },
    { text: '' },
    {
      text: zh
        ? `等级：${lineText(evaluation.grade.name.zh)}`
        : `Grade: ${named(evaluation.grade.name)}`,
    },
  ]);
  return {
    kind: 'scoreTable',
    header: zh
      ? ['一级指标', '二级指标', '三级指标', '分值', '得分', '得分率', '实际完成值']
      : ['Level 1', 'Level 2', 'Level 3', 'Weight', 'Score', 'Score rate', 'Result'],
    numeric: [false, false, false, true, true, true, false],
    rows,
  };
}

/**
 * What a report is written with: the language, the department's name, the year evaluated.
 *
 * @example
 * const options: ReportOptions = { lang: 'zh', department: '南洲街道办事处', year: 2023 };
 */
export interface ReportOptions {
  readonly lang?: Language;
  readonly department?: string;
  readonly year?: number;
}

/**
 * The scoring part of a self-evaluation report as blocks, built once for every form of the
 * report (the text of {@link renderReport}, the Word file of `writeReportDocx`): the 自评结论
 * with the total and the grade, a heading per 一级 indicator, for each 二级 (and 三级 category)
 * "该项指标分值 X 分，本次自评得分 Y 分，得分率为 Z%" with the budget sentence, and the tables of
 * leaves (序号 指标名称 指标分值 指标得分 实际完成值). Text from the input stays on its line (see
 * `lineText`). The total, the grade and each sentence's lead are the bold runs.
 *
 * @param evaluation - the evaluation
 * @param options - `lang` (`zh` default), the department's name, and the year evaluated (default:
 *   the scheme's effective year)
 * @returns the blocks, in reading order
 * @throws JixiaoError (`invalid_argument`) for arguments an untyped caller got wrong, as
 *   {@link renderReport} says
 *
 * @example
 * reportBlocks(evaluation, { department: '南洲街道办事处' })[0];
 * // → { kind: 'heading', text: '（一）自评结论。' }
 */
export function reportBlocks(
  evaluation: Evaluation,
  options: ReportOptions = {},
): readonly ReportBlock[] {
  requireEvaluation(evaluation);
  const given = requireOptions(options);
  const lang = requireLanguage(given['lang'], 'options.lang');
  const zh = lang === 'zh';
  const year = reportYear(given['year']) ?? evaluation.scheme.effectiveYear;
  const blocks: ReportBlock[] = [];
  const paragraph = (...runs: readonly ReportRun[]): void => {
    blocks.push({ kind: 'paragraph', runs: runs.filter((run) => run.text !== '') });
  };
  const named = (text: LocalizedText): string => lineText(localize(text, lang));
  const title = named(evaluation.scheme.title);
  const who = lineText(department(given['department']) ?? (zh ? '本部门' : 'the department'));
  const total = score(evaluation.total);
  blocks.push({ kind: 'heading', text: zh ? '（一）自评结论。' : '(1) Conclusion.' });
  if (zh)
    paragraph(
      {
        text: `${title}设计总分值为 ${evaluation.fullMarks} 分，根据指标评分表，${who}整体绩效自评得分 `,
      },
      { text: `${total} 分`, bold: true },
      { text: '，等级为' },
      { text: lineText(evaluation.grade.name.zh), bold: true },
      { text: '。' },
    );
  else
    paragraph(
      {
        text: `${title} has full marks of ${evaluation.fullMarks}; by the score sheet, ${who} scores `,
      },
      { text: total, bold: true },
      { text: ' overall in its self-evaluation, grade ' },
      { text: named(evaluation.grade.name), bold: true },
      { text: '.' },
    );
  blocks.push(scoreTable(evaluation, lang));
  const table = (nodes: readonly NodeResult[]): void => {
    const leaves = nodes.filter((node): node is LeafResult => node.type === 'leaf');
    if (leaves.length === 0) return;
    const rows = leaves.map((leaf, index) => [
      String(index + 1),
      named(leaf.name),
      leaf.weight,
      score(leaf.score),
      leafResult(leaf, lang, evaluation.rounding.mode),
    ]);
    blocks.push({
      kind: 'leafTable',
      header: zh
        ? ['序号', '指标名称', '指标分值', '指标得分', '实际完成值']
        : ['No.', 'Indicator', 'Weight', 'Score', 'Result'],
      numeric: [true, false, true, true, false],
      rows,
    });
  };
  const sentence = (node: NodeResult, heading: string): void => {
    const name = named(node.name);
    const budget =
      node.type === 'leaf' && node.role === 'budget-execution'
        ? budgetSentence(node, year, lang, evaluation.rounding.mode)
        : '';
    // A leaf left out as 不适用 has no score to state: the sentence says why it has none.
    // So has a category whose every leaf is left out.
    const leftOut = node.score === null;
    const reason = node.type === 'leaf' && leftOut ? notApplicableReason(node.input) : '';
    const what = node.type === 'leaf' ? '' : zh ? '其下指标' : ', every indicator under it';
    if (leftOut)
      paragraph(
        { text: zh ? `${heading}${name}。` : `${heading}${name}.`, bold: true },
        {
          text: zh
            ? `该项指标分值 ${node.weight} 分，${what}本年度${what === '' ? '' : '均'}不适用${reason === '' ? '' : `（${reason}）`}，不计入总分，总分按满分折算。`
            : ` Weight ${node.weight}${what}: not applicable this year${reason === '' ? '' : ` (${reason})`}, left out, and the total rescaled to the full marks.`,
        },
      );
    else if (zh)
      paragraph(
        { text: `${heading}${name}。`, bold: true },
        {
          text: `该项指标分值 ${node.weight} 分，本次自评得分 ${score(node.score)} 分，得分率为 ${rate(node.scoreRatePercent)}。${budget}`,
        },
      );
    else
      paragraph(
        { text: `${heading}${name}.`, bold: true },
        {
          text: ` Weight ${node.weight}, self-evaluated score ${score(node.score)}, score rate ${rate(node.scoreRatePercent)}. ${budget}`.trimEnd(),
        },
      );
  };
  evaluation.indicators.forEach((top, topIndex) => {
    blocks.push({
      kind: 'heading',
      text: zh
        ? `（${chineseNumerals[topIndex + 1] ?? topIndex + 2}）${lineText(top.name.zh)}分析。`
        : `(${topIndex + 2}) ${named(top.name)}.`,
    });
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
  return blocks;
}
