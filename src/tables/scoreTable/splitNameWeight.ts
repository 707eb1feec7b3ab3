import { parseDecimal } from '../../decimal/parseDecimal.js';
import type { GridCell } from '../CellGrid.js';
import type { NameWeight } from './ScoreTable.js';

// `（50分）`, `(30 分)`, full-width digits: the bracket, the number, 分, the bracket. The classes
// around each quantifier do not overlap, so the match is linear.
const weightInBrackets = /[(（]\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分\s*[)）]/gu;

/**
 * Splits a name cell into the name and the weight written in it (`产出指标(50分)` → 产出指标, 50).
 * The last bracketed `N分` is the weight; other brackets (`（万元）`) stay in the name.
 *
 * @param cell - a name cell or block title as written
 * @returns the name (trimmed, weight removed) and the weight when one is written
 *
 * @example
 * splitNameWeight({ text: '效益指标（30分）', location }); // → { name: '效益指标', weight: 30 }
 */
export function splitNameWeight(cell: GridCell): {
  readonly name: string;
  readonly weight?: NameWeight;
} {
  const text = cell.text;
  let last: RegExpExecArray | undefined;
  for (const match of text.matchAll(weightInBrackets)) last = match;
  const digits = last?.[1];
  if (last === undefined || digits === undefined) return { name: text.trim() };
  const written = digits.normalize('NFKC');
  const parsed = parseDecimal(written);
  if (!parsed.ok) return { name: text.trim() };
  const name = (text.slice(0, last.index) + text.slice(last.index + last[0].length)).trim();
  const point = written.indexOf('.');
  const places = point < 0 ? 0 : written.length - point - 1;
  return { name, weight: { value: parsed.value, written, places, cell } };
}
