import { parseDecimal } from '../../decimal/parseDecimal.js';
import type { GridCell } from '../CellGrid.js';
import type { CellValue } from './ScoreTable.js';

/** Marks that a cell does not apply (`/`, `—`, `无`), after NFKC folding. */
const notApplicableMarks: ReadonlySet<string> = new Set([
  '/',
  '—',
  '——',
  '-',
  '--',
  '–',
  '―',
  '无',
  '不适用',
]);

/** Units a number cell may carry after its digits (`10分`, `120.00万元`). */
const trailingUnits: readonly string[] = ['万元', '元', '分'];

/**
 * A cell's text as compared: NFKC (full-width digits and `％` folded), white space (also no-break
 * spaces) removed.
 *
 * @param text - the cell as written
 * @returns its compact form
 *
 * @example
 * compactText('１，８６０．００ '); // → "1,860.00"
 */
export function compactText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * Reads one cell: a number (full-width digits, thousands separators, `%`, a trailing 分 or 万元),
 * a not-applicable mark, empty, or text. Never throws.
 *
 * @param cell - the cell, or undefined for a cell the source dropped
 * @returns the cell's value, keeping the cell
 *
 * @example
 * readCellValue({ text: '96.00％', location: { kind: 'text', line: 3 } });
 * // → { kind: 'number', written: '96.00%', value: 0.96, places: 2, percent: true, … }
 */
export function readCellValue(cell: GridCell | undefined): CellValue {
  if (cell === undefined) return { kind: 'empty' };
  const text = compactText(cell.text);
  if (text === '') return { kind: 'empty', cell };
  if (notApplicableMarks.has(text)) return { kind: 'notApplicable', cell };
  const written = numberText(text);
  if (written === undefined) return { kind: 'text', cell };
  const parsed = parseDecimal(written);
  if (!parsed.ok) return { kind: 'text', cell };
  const percent = written.endsWith('%');
  const digits = (percent ? written.slice(0, -1) : written).replaceAll(',', '');
  const point = digits.indexOf('.');
  const places = point < 0 ? 0 : digits.length - point - 1;
  return {
    kind: 'number',
    cell,
    value: parsed.value,
    written: digits + (percent ? '%' : ''),
    places,
    percent,
  };
}

/** The number part of a compact cell text, its unit removed, or undefined when it is no number. */
function numberText(text: string): string | undefined {
  let body = text;
  for (const unit of trailingUnits) {
    if (body.endsWith(unit) && body.length > unit.length) {
      body = body.slice(0, -unit.length);
      break;
    }
  }
  // Digits, one point, grouping commas, an optional sign and percent: checked by a token scan.
  let digitsSeen = 0;
  for (let index = 0; index < body.length; index += 1) {
    const char = body.charAt(index);
    if (char >= '0' && char <= '9') digitsSeen += 1;
    else if (char === '.' || char === ',') continue;
    else if ((char === '-' || char === '+') && index === 0) continue;
    else if (char === '%' && index === body.length - 1) continue;
    else return undefined;
  }
  return digitsSeen === 0 ? undefined : body;
}
