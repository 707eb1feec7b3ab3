import {
  budgetPartLabels,
  budgetTotalLabels,
  headerKey,
  levelBands,
  totalLabels,
  templateCategoryNames,
  totalKey,
} from '../vocabulary.js';

// The shapes of cell values that locate cells once their boundaries are lost. Every pattern here
// is anchored and has no nested or adjacent overlapping quantifiers: each runs in linear time.

const plainNumber = /^[+-]?\d+(?:\.\d+)?$/;
const groupedNumber = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const percentNumber = /^[+-]?\d+(?:\.\d+)?%$/;
const operatorStart = /^(?:[≥≤=><≧≦]|不低于|不高于|不少于|不多于|不超过|大于|小于|等于|达到)/;
const measuredValue = /^[+-]?\d+(?:\.\d+)?[^\d\s.,%]{1,4}$/;
const targetEnd = /(?:以上|以下|以内|之前|前|底前|内)$/;
const categoryWeightPattern = /[(（]\s*(\d{1,3}(?:\.\d{1,2})?)\s*分\s*[)）]$/;
const han = /\p{Script=Han}/u;
const sentencePunctuation = /[，。；！？、,;]/;

/** A cell text in the form its shape is judged by: NFKC (full-width digits and `％` folded). */
export function shapeKey(text: string): string {
  return text.normalize('NFKC').trim();
}

/** Whether a text is a bare number (`20`, `9.58`, `1,860.00`). */
export function isPlainNumber(text: string): boolean {
  const key = shapeKey(text);
  return plainNumber.test(key) || groupedNumber.test(key);
}

/** Whether a text is a percentage (`96.00%`, `96％`). */
export function isPercent(text: string): boolean {
  return percentNumber.test(shapeKey(text));
}

/** Whether a text means "not applicable" (`/`, `—`, `无`). */
export function isNotApplicable(text: string): boolean {
  const key = shapeKey(text);
  return key === '/' || key === '—' || key === '——' || key === '-' || key === '无';
}

/** Whether a text is a bare comparison operator (`≥`, `≤`, `=`). */
export function isBareOperator(text: string): boolean {
  const key = shapeKey(text);
  return key.length > 0 && key.length <= 3 && operatorStart.test(key) && !/\d/.test(key);
}

/**
 * Whether a text is shaped like a target or an actual value: an operator first (`≥3600册`), a
 * number with a short unit (`3420册`, `6月底前`), a percentage, or a deadline word (`10月底前`).
 */
export function isMeasured(text: string): boolean {
  const key = shapeKey(text);
  if (key === '') return false;
  if (operatorStart.test(key) || percentNumber.test(key) || measuredValue.test(key)) return true;
  return /\d/.test(key) && targetEnd.test(key) && key.length <= 12;
}

/** Whether a text is any of the value shapes above (so it cannot be a name). */
export function isValueShaped(text: string): boolean {
  return isPlainNumber(text) || isMeasured(text) || isNotApplicable(text);
}

/** Whether a text is one of the templates' level words (达成, 部分达成, 基本完成 …). */
export function isLevelWord(text: string): boolean {
  const key = shapeKey(text);
  return levelBands.some((band) => band.words.includes(key));
}

/** The weight written in a name cell (`产出指标（50分）` → "50"), if any. */
export function categoryWeight(text: string): string | undefined {
  return categoryWeightPattern.exec(shapeKey(text))?.[1];
}

/** Whether a text holds Chinese characters. */
export function hasHan(text: string): boolean {
  return han.test(text);
}

/** Whether a text holds sentence punctuation (a reason or a goal, not a name). */
export function isSentenceLike(text: string): boolean {
  return sentencePunctuation.test(text);
}

/** Whether a text is a category name of the national trees (数量指标, 社会效益指标 …). */
export function isKnownLevelName(text: string): boolean {
  return templateCategoryNames.includes(headerKey(text));
}

/** Whether a text names a category: a weight in its name cell, or a known category name. */
export function isCategoryName(text: string): boolean {
  return categoryWeight(text) !== undefined || isKnownLevelName(text);
}

const keyOf = (labels: readonly string[]): readonly string[] =>
  labels.map((label) => headerKey(label));
const totalKeys = keyOf(totalLabels);
const budgetTotalKeys = keyOf(budgetTotalLabels);
const budgetPartKeys = keyOf(budgetPartLabels);

/** Whether a text is a total row's label (合计, 总分, 自评总分(分) …). */
export function isTotalLabel(text: string): boolean {
  return totalKeys.includes(totalKey(text));
}

/** A budget row label without its `其中：` prefix, compared after headerKey. */
function budgetKey(text: string): string {
  const key = headerKey(text);
  return key.startsWith('其中') ? key.slice(2).replace(/^[:：]/, '') : key;
}

/** Whether a text labels a budget row (年度资金总额, 其中：当年财政拨款 …). */
export function isBudgetRowLabel(text: string): boolean {
  const key = budgetKey(text);
  return budgetTotalKeys.includes(key) || budgetPartKeys.includes(key);
}
