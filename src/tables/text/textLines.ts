/** One line of a text: its content without the line break, and its 1-based number. */
export interface TextLine {
  readonly text: string;
  readonly line: number;
}

/**
 * Splits a text into its lines on `\r\n`, `\r` and `\n`, numbered from 1 as in the original.
 *
 * @param text - the whole text
 * @returns its lines, in order
 */
export function textLines(text: string): readonly TextLine[] {
  return text.split(/\r\n|\r|\n/).map((content, index) => ({ text: content, line: index + 1 }));
}

const cjk = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/**
 * Joins a cell with the text that wraps onto the next line: directly between Chinese characters
 * (a wrap inside a word or sentence leaves no space), with one space between Latin words.
 *
 * @param before - the cell's text so far
 * @param after - the continuation
 * @returns the joined text
 */
export function joinWrapped(before: string, after: string): string {
  if (before === '') return after;
  if (after === '') return before;
  const last = before.slice(-1);
  const first = after.slice(0, 1);
  return cjk.test(last) || cjk.test(first) ? `${before}${after}` : `${before} ${after}`;
}

/**
 * Joins the pieces of a cell wrapped over several lines, as {@link joinWrapped} joins two, in
 * one pass (no text is copied once per piece).
 *
 * @param parts - the pieces in order
 * @returns the joined text
 */
export function joinAllWrapped(parts: readonly string[]): string {
  const pieces: string[] = [];
  let last = '';
  for (const part of parts) {
    if (part === '') continue;
    if (last !== '') pieces.push(joinWrapped(last, part.slice(0, 1)).length > 2 ? ' ' : '');
    pieces.push(part);
    last = part.slice(-1);
  }
  return pieces.join('');
}

/**
 * The 1-based column of the first non-blank character of `piece`, which starts at `offset`
 * (0-based, UTF-16) of its line; the column right after the offset for a blank piece.
 *
 * @param piece - a cell's raw text, untrimmed
 * @param offset - where the piece starts on its line
 * @returns the 1-based column (UTF-16 units, as editors and LSP count)
 */
export function columnOf(piece: string, offset: number): number {
  const lead = piece.length - piece.trimStart().length;
  return offset + (lead === piece.length ? 0 : lead) + 1;
}
