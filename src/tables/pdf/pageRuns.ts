import { multiply, type Matrix, type TextRun } from './geometry.js';

/** What the reader needs of a pdf.js text item (`TextItem`). */
export interface TextItemLike {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

/** A text item of pdf.js, as opposed to a marked-content marker. */
export function isTextItem(item: unknown): item is TextItemLike {
  if (typeof item !== 'object' || item === null) return false;
  const record: Partial<Record<string, unknown>> = { ...item };
  const { str, transform, width, height } = record;
  return (
    typeof str === 'string' &&
    Array.isArray(transform) &&
    transform.length === 6 &&
    transform.every((each) => typeof each === 'number' && Number.isFinite(each)) &&
    typeof width === 'number' &&
    typeof height === 'number'
  );
}

/** Two runs are on one line when their baselines are closer than this share of the font size. */
const sameLineShare = 0.4;

/**
 * The text runs of a page: its non-blank text items placed in top-down page coordinates, each
 * with the page's text line it is on (lines by baseline, numbered from the top, 1-based).
 *
 * @param items - the page's text content items
 * @param pageMatrix - the viewport's transform
 * @returns the runs, top to bottom and left to right
 *
 * @example
 * pageRuns((await page.getTextContent()).items, page.getViewport({ scale: 1 }).transform);
 */
export function pageRuns(items: readonly unknown[], pageMatrix: Matrix): TextRun[] {
  const placed: Omit<TextRun, 'line'>[] = [];
  for (const item of items) {
    if (!isTextItem(item) || item.str.trim() === '') continue;
    const [a, b, c, d, e, f] = item.transform;
    const matrix = multiply(pageMatrix, [a ?? 1, b ?? 0, c ?? 0, d ?? 1, e ?? 0, f ?? 0]);
    const scale = Math.hypot(pageMatrix[0], pageMatrix[1]) || 1;
    const size = Math.hypot(matrix[2], matrix[3]) || Math.abs(item.height) * scale || 1;
    placed.push({
      text: item.str,
      x: matrix[4],
      width: Math.abs(item.width) * scale,
      baseline: matrix[5],
      size,
    });
  }
  placed.sort((one, other) => one.baseline - other.baseline || one.x - other.x);
  const runs: TextRun[] = [];
  let line = 0;
  let lineBaseline = Number.NEGATIVE_INFINITY;
  for (const run of placed) {
    if (run.baseline - lineBaseline > sameLineShare * run.size) {
      line += 1;
      lineBaseline = run.baseline;
    }
    runs.push({ ...run, line });
  }
  return runs.sort((one, other) => one.line - other.line || one.x - other.x);
}

/** The 1-based line of the page at a height: the first line whose baseline is at or below it. */
export function lineAt(runs: readonly TextRun[], y: number): number {
  const below = runs.find((run) => run.baseline >= y);
  return below?.line ?? (runs[runs.length - 1]?.line ?? 0) + 1;
}

/** Whether a character is an ASCII letter or digit (words wrapped at a space rejoin with one). */
const isWordChar = (char: string | undefined): boolean =>
  char !== undefined && /^[0-9A-Za-z]$/u.test(char);

/** Whether a character is an ASCII digit. */
const isDigit = (char: string | undefined): boolean =>
  char !== undefined && char >= '0' && char <= '9';

/**
 * Joins the runs of one cell: runs on a line left to right (a space where the gap is wider than a
 * quarter of the font size), wrapped lines end to end (with a space only between two ASCII
 * words, as Chinese text wraps anywhere without one; a number wrapped between two digits, as a
 * narrow cell breaks `9.68` into `9.6` and `8`, is one number again).
 *
 * @param runs - the cell's runs
 * @returns the cell's text, trimmed
 */
export function joinRuns(runs: readonly TextRun[]): string {
  const sorted = [...runs].sort((one, other) => one.baseline - other.baseline || one.x - other.x);
  const lines: TextRun[][] = [];
  for (const run of sorted) {
    const last = lines[lines.length - 1];
    const first = last?.[0];
    if (
      last !== undefined &&
      first !== undefined &&
      run.baseline - first.baseline <= sameLineShare * run.size
    )
      last.push(run);
    else lines.push([run]);
  }
  const texts = lines.map((line) => {
    const ordered = line.sort((one, other) => one.x - other.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const run of ordered) {
      const gap = run.x - end;
      text +=
        text !== '' && gap > 0.25 * run.size && !text.endsWith(' ') ? ` ${run.text}` : run.text;
      end = run.x + run.width;
    }
    return text.trim();
  });
  return texts.reduce((joined, text) => {
    if (joined === '') return text;
    if (text === '') return joined;
    const [end, start] = [joined[joined.length - 1], text[0]];
    return isWordChar(end) && isWordChar(start) && !(isDigit(end) && isDigit(start))
      ? `${joined} ${text}`
      : joined + text;
  }, '');
}
