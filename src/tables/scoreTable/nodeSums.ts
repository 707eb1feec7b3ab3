import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { JixiaoDecimal } from '../../decimal/JixiaoDecimal.js';
import type { CellValue, IndicatorNode, NumberValue } from './ScoreTable.js';

/** A weight or score of an indicator: as stated (with its cell) or summed from its children. */
export interface NodeAmount {
  readonly value: Dec;
  /** The stated number, absent when the amount is the sum of the children's. */
  readonly stated?: NumberValue;
  /** The weight is the name cell's claim (`产出指标(50分)`). */
  readonly fromName?: boolean;
}

const numberOf = (value: CellValue | undefined): NumberValue | undefined =>
  value?.kind === 'number' ? value : undefined;

/**
 * An indicator's weight: the weight its name cell claims, else its 分值 cell, else the sum of
 * its children's weights (undefined when one of them has none).
 *
 * @param node - the indicator
 * @returns its weight, or undefined when the table states none
 *
 * @example
 * nodeWeight(产出指标(50分)).value.toString(); // → "50"
 */
export function nodeWeight(node: IndicatorNode): NodeAmount | undefined {
  if (node.nameWeight !== undefined) return { value: node.nameWeight.value, fromName: true };
  const stated = numberOf(node.values?.weight);
  if (stated !== undefined) return { value: stated.value, stated };
  return sumOf(node.children, nodeWeight);
}

/**
 * An indicator's score: its 得分 cell, else the sum of its children's scores (undefined when one
 * of them is unscored, or it has none).
 *
 * @param node - the indicator
 * @returns its score, or undefined when it is unscored
 *
 * @example
 * nodeScore(数量指标).value.toString(); // → "19.58"
 */
export function nodeScore(node: IndicatorNode): NodeAmount | undefined {
  const stated = numberOf(node.values?.score);
  if (stated !== undefined) return { value: stated.value, stated };
  return sumOf(node.children, nodeScore);
}

/**
 * The sum of an amount over indicators, or undefined when the list is empty or one lacks it.
 *
 * @param nodes - the indicators
 * @param amount - nodeWeight or nodeScore
 * @returns the exact sum
 *
 * @example
 * sumOf(block.roots, nodeWeight)?.value.toString(); // → "90"
 */
export function sumOf(
  nodes: readonly IndicatorNode[],
  amount: (node: IndicatorNode) => NodeAmount | undefined,
): NodeAmount | undefined {
  if (nodes.length === 0) return undefined;
  let total: Dec = new JixiaoDecimal(0);
  for (const node of nodes) {
    const each = amount(node);
    if (each === undefined) return undefined;
    total = total.plus(each.value);
  }
  return { value: total };
}

/** A score cell that marks its indicator 不适用 (`—`, `不适用`). */
const isNotApplicable = (node: IndicatorNode): boolean =>
  node.values?.score?.kind === 'notApplicable';

/**
 * An indicator left out as 不适用: its score cell says so, or it has no score of its own and every
 * indicator under it is left out (a category whose every row is scored `—`).
 *
 * @param node - the indicator
 * @returns whether it is left out
 *
 * @example
 * isLeftOut(满意度指标); // → true over its one row scored —
 */
export function isLeftOut(node: IndicatorNode): boolean {
  if (isNotApplicable(node)) return true;
  return (
    numberOf(node.values?.score) === undefined &&
    node.children.length > 0 &&
    node.children.every(isLeftOut)
  );
}

/**
 * An indicator's score over what applies: its 得分 cell, else the sum of its children's, an
 * indicator marked 不适用 (`—`) adding nothing; undefined when one is unscored, or nothing under
 * it applies.
 *
 * @param node - the indicator
 * @returns its score, or undefined
 *
 * @example
 * applicableScore(完成量).value.toString(); // → "18" over 甲 — and 乙 18
 */
export function applicableScore(node: IndicatorNode): NodeAmount | undefined {
  const stated = numberOf(node.values?.score);
  if (stated !== undefined) return { value: stated.value, stated };
  return applicableSum(node.children);
}

/**
 * The sum of the weights of the indicators marked 不适用 (`—` in their 得分 cell), each counted
 * once at the highest so marked; undefined when one of them has no weight.
 *
 * @param nodes - the indicators
 * @returns the exact sum (0 when none is marked)
 *
 * @example
 * notApplicableWeight(block.roots)?.toString(); // → "10"
 */
export function notApplicableWeight(nodes: readonly IndicatorNode[]): Dec | undefined {
  let total: Dec = new JixiaoDecimal(0);
  for (const node of nodes) {
    const each = isNotApplicable(node)
      ? nodeWeight(node)?.value
      : notApplicableWeight(node.children);
    if (each === undefined) return undefined;
    total = total.plus(each);
  }
  return total;
}

/**
 * The sum of the applicable scores over indicators, or undefined when one is unscored, or none
 * applies. An indicator marked 不适用 adds nothing.
 *
 * @param nodes - the indicators
 * @returns the exact sum
 *
 * @example
 * applicableSum(block.roots)?.value.toString(); // → "36"
 */
export function applicableSum(nodes: readonly IndicatorNode[]): NodeAmount | undefined {
  let total: Dec = new JixiaoDecimal(0);
  let applies = false;
  for (const node of nodes) {
    if (isLeftOut(node)) continue;
    const each = applicableScore(node);
    if (each === undefined) return undefined;
    total = total.plus(each.value);
    applies = true;
  }
  return applies ? { value: total } : undefined;
}
