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
