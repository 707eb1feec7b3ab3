/** The edit distance of two texts (insertions, deletions, substitutions, adjacent swaps). */
function editDistance(from: string, to: string): number {
  // Code points, not graphemes: a key is compared letter by letter, and keys are plain words.
  const a = Array.from(from);
  const b = Array.from(to);
  let before: number[] = [];
  let previous = b.map((_, index) => index + 1);
  previous.unshift(0);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known key a misspelt one most likely meant: the same letters in another case, or the
 * nearest within two edits (one for keys of up to four characters); the first of equals wins.
 *
 * @param key - the unknown key as written
 * @param known - the keys the object takes
 * @returns the key meant, or undefined when none is close
 *
 * @example
 * closestKey('weigth', ['id', 'weight', 'rule']); // → "weight"
 * closestKey('zzz', ['id', 'weight']); // → undefined
 *
 * @internal
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const folded = key.toLowerCase();
  const sameLetters = known.find((each) => each.toLowerCase() === folded);
  if (sameLetters !== undefined) return sameLetters;
  // Longer keys than any known one are not typos of them; this also bounds the work.
  if (key.length > 64) return undefined;
  const allowed = key.length <= 4 ? 1 : 2;
  let best: { readonly key: string; readonly distance: number } | undefined;
  for (const each of known) {
    const distance = editDistance(folded, each.toLowerCase());
    if (distance <= allowed && (best === undefined || distance < best.distance))
      best = { key: each, distance };
  }
  return best?.key;
}
