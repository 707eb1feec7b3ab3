import type { CellStyle, WorkbookCell } from './WorkbookModel.js';

/**
 * A text cell.
 *
 * @param value - the text
 * @param style - how it looks
 * @returns the cell
 *
 * @example
 * cellText('得分').type; // → 'text'
 */
export function cellText(value: string, style?: CellStyle): WorkbookCell {
  return style === undefined ? { type: 'text', value } : { type: 'text', value, style };
}
