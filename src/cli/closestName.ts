/**
 * The optimal-string-alignment distance between two words: the fewest insertions, deletions,
 * substitutions and swaps of neighbours that turn one into the other (`formt` → `format` is 1,
 * `scroe` → `score` is 1).
 */
function editDistance(from: string, to: string): number {
  // Code points, so that a Chinese character or an emoji counts as one edit.
  const a = Array.from(from);
  const b = Array.from(to);
  // rows[i][j]: the distance between the first i characters of a and the first j of b.
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] ?? [];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = best;
    }
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * The candidate a mistyped word most likely meant, for a "did you mean" hint: the nearest by
 * edit distance (swapped neighbours count as one edit), when it is at most 2 edits away and
 * fewer than half the candidate's length; the first of equally near ones.
 *
 * @param word - what was typed
 * @param candidates - the words it may have meant
 * @returns the nearest candidate, or `undefined` when none is near
 *
 * @example
 * closestName('--formt', ['--format', '--data']); // → '--format'
 * closestName('--x', ['--format', '--data']); // → undefined
 */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  const bare = (name: string): string => name.replace(/^-+/, '');
  let best: { readonly name: string; readonly distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(bare(word), bare(candidate));
    const near = distance <= 2 && distance < bare(candidate).length / 2;
    if (near && (best === undefined || distance < best.distance))
      best = { name: candidate, distance };
  }
  return best?.name;
}
