import type { Issues } from '../issues/Result.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { isRecord } from '../issues/isRecord.js';

const locationKinds: ReadonlySet<unknown> = new Set(['text', 'sheet', 'table', 'page']);

/** Whether a value is a cell as the readers make one: its text and a location of a known kind. */
const isCell = (value: unknown): boolean =>
  isRecord(value) &&
  typeof value['text'] === 'string' &&
  isRecord(value['location']) &&
  locationKinds.has(value['location']['kind']);

/** The path of the first part of a grid that is not of the readers' shape, or undefined. */
function misshapen(grid: unknown): string | undefined {
  if (!isRecord(grid)) return '';
  if (typeof grid['layout'] !== 'string') return '.layout';
  if (!Array.isArray(grid['repairs'])) return '.repairs';
  if (grid['title'] !== undefined && !isCell(grid['title'])) return '.title';
  const rows: unknown = grid['rows'];
  if (!Array.isArray(rows)) return '.rows';
  for (const [index, row] of rows.entries()) {
    if (!isRecord(row) || !Array.isArray(row['cells'])) return `.rows[${String(index)}]`;
    const cells: readonly unknown[] = row['cells'];
    const bad = cells.findIndex((cell) => !isCell(cell));
    if (bad >= 0) return `.rows[${String(index)}].cells[${String(bad)}]`;
  }
  return undefined;
}

/**
 * The `invalid_argument` issues of a list of cell grids passed by untyped code: not an array, or
 * a grid, row or cell that is not of the shape the readers make (checked in one pass over the
 * cells; an empty list is fine).
 *
 * @param grids - what the caller passed as the tables
 * @param parameter - the parameter's name in the message (`options.tables`, `grids`)
 * @returns the issues, or undefined when every grid has the readers' shape
 *
 * @example
 * gridIssues([null], 'grids')[0]?.path; // → ["grids[0]"]
 */
export function gridIssues(grids: unknown, parameter: string): Issues | undefined {
  const expected = {
    zh: '表格网格数组（readDocument 或 readTables 的结果）',
    en: 'an array of cell grids (from readDocument or readTables)',
  };
  if (!Array.isArray(grids)) return invalidArgument(parameter, expected, grids).issues;
  const list: readonly unknown[] = grids;
  for (const [index, grid] of list.entries()) {
    const at = misshapen(grid);
    if (at !== undefined)
      return invalidArgument(`${parameter}[${String(index)}]${at}`, expected, grid).issues;
  }
  return undefined;
}
