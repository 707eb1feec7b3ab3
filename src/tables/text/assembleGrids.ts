import type { CellGrid, GridCell, GridRow, LayoutName, Repair } from '../CellGrid.js';
import { headerRole, isNumberOrMark, isTitleText, isYearOnly, rowLabelKind } from './cellKinds.js';
import { textRepair } from './textRepairs.js';

/** A row as a reader drafts it, with the repairs made while reading it. */
export interface RowDraft {
  readonly cells: readonly GridCell[];
  readonly repairs: readonly Repair[];
}

const filled = (row: RowDraft): readonly GridCell[] => row.cells.filter((cell) => cell.text !== '');

/** A title without Markdown's heading (`## `) or bold (`**…**`) markers. */
function plainTitle(text: string): string {
  let plain = text.trim();
  let hashes = 0;
  while (hashes < 6 && plain[hashes] === '#') hashes += 1;
  if (hashes > 0 && (plain[hashes] === ' ' || plain[hashes] === '\t'))
    plain = plain.slice(hashes).trim();
  if (plain.length > 4 && plain.startsWith('**') && plain.endsWith('**'))
    plain = plain.slice(2, -2).trim();
  return plain;
}

/** The title text of a row whose filled cells (one or two) read as a title, else undefined. */
function titleOf(row: RowDraft): GridCell | undefined {
  const cells = filled(row);
  const first = cells[0];
  if (first === undefined || cells.length > 2) return undefined;
  const text = plainTitle(cells.map((cell) => cell.text).join(''));
  return isTitleText(text) ? { text, location: first.location } : undefined;
}

/** Whether the rows look like a table: a header row, or a budget or total row with a number. */
function looksLikeTable(rows: readonly GridRow[]): boolean {
  return rows.some((row) => {
    const headers = row.cells.filter((cell) => headerRole(cell.text) !== undefined).length;
    if (headers >= 2) return true;
    const label = rowLabelKind(row.cells[0]?.text ?? '');
    const labelled = label === 'budgetTotal' || label === 'budgetPart' || label === 'total';
    return labelled && row.cells.slice(1).some((cell) => isNumberOrMark(cell.text));
  });
}

interface GridDraft {
  title?: GridCell;
  readonly rows: GridRow[];
  readonly repairs: Repair[];
}

const freezeRow = (cells: readonly GridCell[]): GridRow =>
  Object.freeze({ cells: Object.freeze(cells.map((cell) => Object.freeze({ ...cell }))) });

/**
 * Splits drafted rows into tables, one starting at every title row (a year alone on the next
 * row joins its title), drops rows with no filled cell, and keeps the tables that look like
 * tables (a header row, or a budget or total row with a number).
 *
 * @param layout - the layout the rows were read in
 * @param drafts - the rows in reading order
 * @returns the tables, frozen
 */
export function assembleGrids(
  layout: LayoutName,
  drafts: readonly RowDraft[],
): readonly CellGrid[] {
  const grids: GridDraft[] = [];
  let current: GridDraft = { rows: [], repairs: [] };
  for (const draft of drafts) {
    const title = titleOf(draft);
    const yearCell = filled(draft).length === 1 ? filled(draft)[0] : undefined;
    if (title !== undefined) {
      if (current.rows.length > 0 || current.title !== undefined) grids.push(current);
      current = { title, rows: [], repairs: [...draft.repairs] };
    } else if (
      current.title !== undefined &&
      current.rows.length === 0 &&
      yearCell !== undefined &&
      isYearOnly(yearCell.text) &&
      !/\d{4}\s*年/u.test(current.title.text)
    ) {
      current.title = {
        text: `${current.title.text}${yearCell.text}`,
        location: current.title.location,
      };
      current.repairs.push(...draft.repairs, textRepair('title_joined', yearCell.location));
    } else if (filled(draft).length > 0) {
      current.rows.push(freezeRow(draft.cells));
      current.repairs.push(...draft.repairs);
    }
  }
  grids.push(current);
  return Object.freeze(
    grids
      .filter((grid) => looksLikeTable(grid.rows))
      .map((grid) =>
        Object.freeze({
          layout,
          ...(grid.title === undefined ? {} : { title: Object.freeze({ ...grid.title }) }),
          rows: Object.freeze(grid.rows),
          repairs: Object.freeze(grid.repairs),
        }),
      ),
  );
}
