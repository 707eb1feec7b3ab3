import type { BilingualMessage } from '../../issues/Issue.js';
import type { TextRun } from './geometry.js';
import type { Repair } from '../CellGrid.js';

/** One cell of a table found on a page: its text, and the page and page line it starts on. */
export interface DraftCell {
  readonly text: string;
  readonly page: number;
  readonly line: number;
  /** Why the cell's row was seen and not read (a borderless row that fits no column shape). */
  readonly unread?: BilingualMessage;
}

/**
 * A table found on one page, before tables continued over pages are joined: its box, its
 * column edges (to recognise its continuation), its rows in the filled form, and its repairs.
 */
export interface PageTable {
  readonly page: number;
  readonly top: number;
  readonly bottom: number;
  /** The left edge of each column, left to right. */
  readonly columns: readonly number[];
  /** The right edge of the last column. */
  readonly right: number;
  /** Every row with one cell per column (merged cells as `''` after their first position). */
  readonly rows: readonly (readonly DraftCell[])[];
  readonly repairs: readonly Repair[];
  /** The page line the table starts on. */
  readonly firstLine: number;
  /**
   * The runs of a ruled box of one row: a table only when it continues the table ending the
   * page before (a 合计 row run onto the next page); otherwise prose again.
   */
  readonly lone?: readonly TextRun[];
}
