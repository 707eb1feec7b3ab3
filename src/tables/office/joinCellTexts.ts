/** Characters of scripts written without spaces between words, and full-width forms. */
const closeScriptEnd =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]$/u;
const closeScriptStart =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Joins the lines of one cell (its paragraphs, a nested table's cells, a sheet cell's line
 * breaks) into one text, as the cell reads: nothing between two lines where either side is
 * Chinese (or another script written without spaces, or a full-width form), a space between
 * anything else, such as two Latin words or two numbers. Empty lines are dropped. Linear: each
 * join looks only at the last two code units of the line before (a code point) and the first
 * of the next, never at the text joined so far.
 *
 * @param lines - the lines in reading order
 * @returns the cell's text, trimmed
 *
 * @example
 * joinCellTexts(['产出指标', '（50分）']); // → "产出指标（50分）"
 * joinCellTexts(['Output', 'indicators']); // → "Output indicators"
 */
export function joinCellTexts(lines: readonly string[]): string {
  const pieces: string[] = [];
  let previous = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (previous !== '') {
      const before = previous.slice(-2);
      const after = line.slice(0, 2);
      pieces.push(closeScriptEnd.test(before) || closeScriptStart.test(after) ? '' : ' ');
    }
    pieces.push(line);
    previous = line;
  }
  return pieces.join('');
}
