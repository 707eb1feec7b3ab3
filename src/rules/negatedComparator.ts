const negations = new Map<string, string>([
  ['≥', '<'],
  ['>', '≤'],
  ['≤', '>'],
  ['<', '≥'],
  ['=', '≠'],
]);

/**
 * The comparator that holds when a `compare` trace step's comparator does not: `<` for `≥`, `≤`
 * for `>`, `>` for `≤`, `≥` for `<`, `≠` for `=`; `undefined` for any other (a custom kind's own).
 *
 * @param comparator - the step's `comparator`
 * @returns the negated comparator, or `undefined`
 *
 * @example
 * negatedComparator('≥'); // '<': 80% ≥ 90% fails, so 80% < 90%
 */
export function negatedComparator(comparator: string): string | undefined {
  return negations.get(comparator);
}
