import { columnName } from './columnName.js';

/**
 * A cell's A1 reference from its 0-based row and column.
 *
 * @param row - 0 for the first row
 * @param column - 0 for column A
 * @returns e.g. `E6`
 *
 * @example
 * cellReference(5, 4); // → 'E6'
 */
export function cellReference(row: number, column: number): string {
  return `${columnName(column)}${String(row + 1)}`;
}
