// Internal: a report's text as one stream that remembers which line each character came from.
import type { SourceLocation } from './Claims.js';

/** The text of a report, joined into one stream that remembers which line each character came from. */
export interface ReportStream {
  /**
   * The lines after NFKC, trimmed, every whitespace run folded to one space, empty lines and page
   * numbers (— 12 —) left out, joined with one space: so a gap between two tokens is at most one
   * space, and a reader never has to try runs of spaces of different lengths.
   */
  readonly text: string;
  /** The line a stream offset lies on, with that line's text as the report has it (trimmed). */
  readonly lineAt: (offset: number) => SourceLocation;
}

/** Every line end a text file uses: CRLF, CR alone (old Mac, some PDF exports), LF, U+2028/9. */
const lineEnd = /\r\n|[\r\n\u2028\u2029]/;
const whitespace = /\s+/g;
const dashes = '—–-';
const isDigit = (char: string | undefined): boolean =>
  char !== undefined && char >= '0' && char <= '9';

/** A page number line (its whitespace already folded): a dash, digits and a dash, a space allowed
 * on either side of the digits. */
function isPageNumber(line: string): boolean {
  let start = 1;
  let end = line.length - 1;
  if (end <= start || !dashes.includes(line[0] ?? '') || !dashes.includes(line[end] ?? ''))
    return false;
  if (line[start] === ' ') start += 1;
  if (line[end - 1] === ' ') end -= 1;
  if (end <= start) return false;
  for (let index = start; index < end; index += 1) if (!isDigit(line[index])) return false;
  return true;
}

/**
 * Splits a report into lines (on every kind of line end) and joins them into one stream.
 *
 * @param report - the report's text
 * @returns the stream and its offset → line map
 */
export function reportStream(report: string): ReportStream {
  const lines = report.split(lineEnd);
  const starts: number[] = [];
  const numbers: number[] = [];
  let text = '';
  lines.forEach((raw, index) => {
    const line = raw.normalize('NFKC').replace(whitespace, ' ').trim();
    if (line === '' || isPageNumber(line)) return;
    if (text !== '') text += ' ';
    starts.push(text.length);
    numbers.push(index + 1);
    text += line;
  });
  const lineAt = (offset: number): SourceLocation => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    const line = numbers[low] ?? 1;
    return { line, text: (lines[line - 1] ?? '').trim() };
  };
  return { text, lineAt };
}
