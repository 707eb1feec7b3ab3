import {
  budgetPartLabels,
  budgetTotalLabels,
  columnRole,
  headerKey,
  isTableTitle,
  templateCategoryNames,
  textRowLabels,
  totalLabels,
  type ColumnRole,
  totalKey,
} from '../vocabulary.js';

/** A number as cells print it: digits with optional thousands commas, decimals, sign and `%`. */
const numberPattern = /^[+-]?\d[\d,]*(?:\.\d+)?%?$/u;
/** Not-applicable marks that stand where a number would. */
const notApplicable = new Set(['/', '／', '—', '-', '--', '——', '无', '－']);
/** A category name with its weight: `产出指标(50分)`, `规划（20分）`. */
const weightedName = /[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*[:：]?$/u;
/** A year alone in brackets, the second line of a title: `（2024年度）`. */
const yearOnly = /^[(（]\s*\d{4}\s*年度?\s*[)）]$/u;
/** Operators that open a target (`≥95%`, `≤15元`). */
const operatorStart = /^[≥≤=><＞＜≧≦]/u;

/** Block titles that head a table's label column (`项目资金（万元）`, `预算执行情况（20分）`). */
const blockHeaderKeys: ReadonlySet<string> = new Set(
  [
    '项目资金',
    '部门（单位）总体资金',
    '部门总体资金',
    '单位总体资金',
    '预算执行情况',
    '绩效指标',
    '年度绩效目标',
    '年度预算数',
    '资金情况',
  ].map(headerKey),
);

/** The templates' own 一级 and 二级 names, category labels even without a weight. */
const categoryNames: ReadonlySet<string> = new Set(templateCategoryNames);

const keysOf = (labels: readonly string[]): ReadonlySet<string> => new Set(labels.map(headerKey));
const budgetTotalKeys = keysOf(budgetTotalLabels);
const budgetPartKeys = keysOf(budgetPartLabels);
const totalKeys = keysOf(totalLabels);
const textKeys = [...keysOf(textRowLabels)];

/** Whether a cell is a number (`1,200.00`, `96.00%`, full-width digits folded). */
export function isNumberText(text: string): boolean {
  return numberPattern.test(text.normalize('NFKC').trim());
}

/** Whether a cell is a number or a not-applicable mark (`/`, `—`, `无`). */
export function isNumberOrMark(text: string): boolean {
  return isNumberText(text) || notApplicable.has(text.trim());
}

/** Whether a cell opens with a comparison operator, as targets do. */
export function isOperatorTarget(text: string): boolean {
  return operatorStart.test(text.normalize('NFKC').trim());
}

/** Whether a cell is a year alone in brackets, a title's second line. */
export function isYearOnly(text: string): boolean {
  return yearOnly.test(text.normalize('NFKC').trim());
}

/** The role of a header cell, or undefined. */
export function headerRole(text: string): ColumnRole | undefined {
  return text.trim() === '' ? undefined : columnRole(text);
}

/** Whether a cell is a block title heading the label column (`项目资金（万元）`). */
export function isBlockHeader(text: string): boolean {
  const key = headerKey(text);
  if (blockHeaderKeys.has(key)) return true;
  return key.endsWith('万元') && key.length > 2;
}

/** The kind of row a cell's label starts, when it is a label of the vocabulary. */
export type RowLabelKind = 'budgetTotal' | 'budgetPart' | 'total' | 'text' | 'category';

/**
 * The kind of row label a cell is: a budget 总额 or 其中 row, a total row, a text row, or a
 * category name with its weight (`产出指标(50分)`).
 *
 * @param text - a cell as written
 * @returns the label's kind, or undefined for any other cell
 */
export function rowLabelKind(text: string): RowLabelKind | undefined {
  const key = headerKey(text);
  if (key === '') return undefined;
  const part = key.startsWith('其中') ? key.slice(2).replace(/^[:：]/u, '') : key;
  if (budgetTotalKeys.has(key)) return 'budgetTotal';
  if (key.startsWith('其中') || budgetPartKeys.has(part)) return 'budgetPart';
  if (totalKeys.has(totalKey(text))) return 'total';
  if (textKeys.some((label) => key.startsWith(label))) return 'text';
  if (categoryNames.has(key) || weightedName.test(text.normalize('NFKC').trim())) {
    return 'category';
  }
  return undefined;
}

/** Whether a cell is a title line (…自评表（2024年度）). */
export function isTitleText(text: string): boolean {
  return text.trim() !== '' && isTableTitle(text);
}

/**
 * Whether the vocabulary recognises a cell: a header, a block title, a row label, a number or a
 * not-applicable mark. Detection counts these to choose the layout that explains a text best.
 *
 * @param text - a cell as written
 * @returns true for a recognised cell
 */
export function isRecognisedCell(text: string): boolean {
  if (text.trim() === '') return false;
  return (
    headerRole(text) !== undefined ||
    isBlockHeader(text) ||
    rowLabelKind(text) !== undefined ||
    isNumberOrMark(text)
  );
}
