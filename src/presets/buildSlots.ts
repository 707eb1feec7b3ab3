import { decimal } from '../decimal/decimal.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/Issue.js';
import { failureOf, success, type Result } from '../issues/Result.js';
import { visibleText } from '../issues/visibleText.js';
import { category } from '../scheme/builders.js';
import { freezeScheme } from '../scheme/freezeScheme.js';
import type { IndicatorNode, LeafNode, Scheme } from '../scheme/Scheme.js';
import { departmentIndicatorLeaf, type DeviationOptions } from './departmentIndicatorLeaf.js';
import type { DepartmentIndicator, PresetSlot } from './Preset.js';

function slotCategory(
  slot: PresetSlot,
  indicators: readonly DepartmentIndicator[],
  deviation: DeviationOptions | undefined,
): IndicatorNode {
  const children: IndicatorNode[] = [];
  const groups = new Map<string, LeafNode[]>();
  for (const indicator of indicators) {
    const node = departmentIndicatorLeaf(indicator, deviation);
    if (indicator.group === undefined) {
      children.push(node);
      continue;
    }
    let members = groups.get(indicator.group);
    if (members === undefined) {
      members = [];
      groups.set(indicator.group, members);
      // The group takes its place where its first indicator stands.
      children.push(category(`${slot.id}/${indicator.group}`, indicator.group, 0, members));
    }
    members.push(node);
  }
  const sum = (nodes: readonly IndicatorNode[]): Dec =>
    nodes.reduce((total, node) => total.plus(node.weight), decimal(0));
  const withWeights = children.map((child) =>
    child.type === 'category'
      ? category(child.id, child.name, sum(child.children), child.children)
      : child,
  );
  return category(slot.id, slot.name, slot.weight, withWeights);
}

function duplicateIds(
  tree: readonly IndicatorNode[],
  indicators: ReadonlyMap<string, readonly DepartmentIndicator[]>,
): readonly Issue[] {
  const counts = new Map<string, number>();
  const count = (node: IndicatorNode): void => {
    counts.set(node.id, (counts.get(node.id) ?? 0) + 1);
    if (node.type === 'category') node.children.forEach(count);
  };
  tree.forEach(count);
  return [...indicators].flatMap(([slot, list]) =>
    list.flatMap((indicator, index) =>
      (counts.get(indicator.id) ?? 0) > 1
        ? [
            createIssue(
              'duplicate_id',
              ['indicators', slot, index, 'id'],
              {
                zh: `指标 id 重复：${visibleText(indicator.id)}`,
                en: `Duplicate indicator id: ${visibleText(indicator.id)}`,
              },
              { received: indicator.id, expected: 'an id used once in the scheme' },
            ),
          ]
        : [],
    ),
  );
}

/**
 * Fills a preset's slots with a department's (or project's) own indicators and assembles the
 * scheme: unknown or missing slots, slot weights that do not sum and ids that repeat the preset's
 * are issues with their paths in the data file. The indicators come read by
 * `readBuildArguments`: slot names are a Map's keys, so `__proto__` is an ordinary one. Each
 * filled slot reaches `assemble` deep-frozen.
 *
 * @internal
 */
export function buildSlots(
  slots: readonly PresetSlot[],
  indicators: ReadonlyMap<string, readonly DepartmentIndicator[]>,
  assemble: (filled: ReadonlyMap<string, IndicatorNode>) => Scheme,
  deviation?: DeviationOptions,
): Result<Scheme> {
  const issues: Issue[] = [];
  const available = slots.map((slot) => slot.id).join(', ');
  for (const key of indicators.keys()) {
    if (!slots.some((slot) => slot.id === key)) {
      const shown = visibleText(key);
      issues.push(
        createIssue(
          'unknown_slot',
          ['indicators', key],
          {
            zh: `方案没有名为「${shown}」的指标位置（可用：${available}）`,
            en: `The scheme has no indicator slot "${shown}" (available: ${available})`,
          },
          { expected: available, received: key },
        ),
      );
    }
  }
  for (const slot of slots) {
    const given = indicators.get(slot.id) ?? [];
    if (given.length === 0) {
      issues.push(
        createIssue(
          'missing_slot',
          ['indicators', slot.id],
          {
            zh: `缺少「${slot.name.zh}」的三级指标`,
            en: `No indicators given for "${slot.name.en ?? slot.name.zh}"`,
          },
          { expected: `indicators summing to ${formatDecimal(slot.weight)}` },
        ),
      );
      continue;
    }
    const total = given.reduce((sum, indicator) => sum.plus(indicator.weight), decimal(0));
    if (!total.equals(slot.weight)) {
      issues.push(
        createIssue(
          'weights_do_not_sum',
          ['indicators', slot.id],
          {
            zh: `「${slot.name.zh}」的分值为 ${formatDecimal(slot.weight)}，但所列指标分值之和为 ${formatDecimal(total)}`,
            en: `"${slot.name.en ?? slot.name.zh}" has weight ${formatDecimal(slot.weight)}, but its indicators' weights sum to ${formatDecimal(total)}`,
          },
          { expected: formatDecimal(slot.weight), received: formatDecimal(total) },
        ),
      );
    }
  }
  const invalid = failureOf(issues);
  if (invalid !== undefined) return invalid;
  // Deep-frozen here, so that the assembly need only freeze what holds them.
  const filled = new Map(
    slots.map(
      (slot) =>
        [
          slot.id,
          freezeScheme(slotCategory(slot, indicators.get(slot.id) ?? [], deviation)),
        ] as const,
    ),
  );
  const scheme = assemble(filled);
  return failureOf(duplicateIds(scheme.indicators, indicators)) ?? success(scheme);
}
