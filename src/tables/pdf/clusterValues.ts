/**
 * Groups sorted-able numbers that lie within a tolerance of their group's first member, and
 * gives each group's mean: the distinct positions of rules drawn a hair apart.
 *
 * @param values - the positions, in any order
 * @param tolerance - the widest distance inside one group
 * @returns the groups' means, ascending
 *
 * @example
 * clusterValues([10, 10.4, 50, 49.8], 1.5); // → [10.2, 49.9]
 */
export function clusterValues(values: readonly number[], tolerance: number): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const means: number[] = [];
  let group: number[] = [];
  for (const value of sorted) {
    const first = group[0];
    if (first !== undefined && value - first > tolerance) {
      means.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [];
    }
    group.push(value);
  }
  if (group.length > 0) means.push(group.reduce((a, b) => a + b, 0) / group.length);
  return means;
}

/**
 * Groups items by a position: sorted by it, an item within a tolerance of its group's first
 * member joins the group. The members are kept, so a caller can count and weigh them.
 *
 * @param items - the items, in any order
 * @param position - an item's position (items with a non-finite one are left out)
 * @param tolerance - the widest distance inside one group
 * @returns the groups, by ascending position, each in ascending order
 *
 * @example
 * clusterGroups([{ x: 10 }, { x: 50 }, { x: 10.4 }], (item) => item.x, 1.5);
 * // → [[{ x: 10 }, { x: 10.4 }], [{ x: 50 }]]
 */
export function clusterGroups<T>(
  items: readonly T[],
  position: (item: T) => number,
  tolerance: number,
): T[][] {
  const sorted = items
    .filter((item) => Number.isFinite(position(item)))
    .sort((one, other) => position(one) - position(other));
  const groups: T[][] = [];
  let group: T[] = [];
  for (const item of sorted) {
    const first = group[0];
    if (first !== undefined && position(item) - position(first) > tolerance) {
      groups.push(group);
      group = [];
    }
    group.push(item);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
