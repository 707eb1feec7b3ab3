import type { CellStyle, WorkbookCell } from './WorkbookModel.js';

/**
 * A number cell, or a formula's cell with the number it gives: the value is the exact decimal
 * string, which the file stores as written.
 *
 * @param value - the number as a decimal string, e.g. `9.96`
 * @param style - how it looks
 * @param formula - the formula that gives it, without `=`
 * @returns the cell
 *
 * @example
 * cellNumber('9.96', undefined, 'ROUND(D6*E6,2)').formula; // → 'ROUND(D6*E6,2)'
 */
export function cellNumber(value: string, style?: CellStyle, formula?: string): WorkbookCell {
  return {
    type: 'number',
    value,
    ...(style === undefined ? {} : { style }),
    ...(formula === undefined ? {} : { formula }),
  };
}
