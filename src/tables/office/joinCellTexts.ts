/** Characters of scripts written without spaces between words, and full-width forms. */
const closeScriptEnd =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]$/u;
const closeScriptStart =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Joins the lines of one cell (its paragraphs, a nested table's cells, a sheet cell's line
 * breaks) into one text, as the cell reads: nothing between two lines where either side is
 * Chinese (or another script written without spaces, or a full-width form), a space between
 * anything else, such as two Latin words or two numbers. Empty lines are dropped.
 *
 * @param lines - the lines in reading order
 * @returns the cell's text, trimmed
 *
 * @example
 * joinCellTexts(['产出指标', '（50分）']); // → "产出指标（50分）"
 * joinCellTexts(['Output', 'indicators']); // → "Output indicators"
 */
export function joinCellTexts(lines: readonly string[]): string {
  let joined = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (joined === '') {
      joined = line;
      continue;
    }
    const close = closeScriptEnd.test(joined) || closeScriptStart.test(line);
    joined += close ? line : ` ${line}`;
  }
  return joined;
}
