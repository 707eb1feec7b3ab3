import type { Repair } from '../CellGrid.js';
import { columnRole } from '../vocabulary.js';
import type { DraftCell, PageTable } from './PageTable.js';

/** Where a table's part on the next page continues it: its rows, and the page break's repair. */
export interface JoinedTable extends PageTable {
  /** The parts' pages, first to last. */
  readonly pages: readonly number[];
}

const columnTolerance = 3;

const sameColumns = (one: PageTable, other: PageTable): boolean =>
  one.columns.length === other.columns.length &&
  one.columns.every(
    (left, index) => Math.abs(left - (other.columns[index] ?? 0)) <= columnTolerance,
  );

const near = (one: number, other: number): boolean => Math.abs(one - other) <= columnTolerance;

/**
 * Where the columns of a part stand among another part's, when that part draws every edge of it
 * (the same left and right edges; a short part, as a 合计 row run onto the next page, merges
 * columns the other splits): each column's index among the other's, else undefined.
 */
function columnsWithin(coarse: PageTable, fine: PageTable): number[] | undefined {
  if (coarse.columns.length >= fine.columns.length || !near(coarse.right, fine.right))
    return undefined;
  const indexes = coarse.columns.map((left) => fine.columns.findIndex((edge) => near(edge, left)));
  return indexes[0] === 0 && indexes.every((index, at) => index > (indexes[at - 1] ?? -1))
    ? indexes
    : undefined;
}

/** The rows of a part on another part's columns: each cell at its column, merged ones filled. */
function spreadRows(
  rows: readonly (readonly DraftCell[])[],
  indexes: readonly number[],
  width: number,
): DraftCell[][] {
  return rows.map((row) => {
    const spread: DraftCell[] = [];
    row.forEach((cell, at) => {
      const until = indexes[at + 1] ?? width;
      spread.push(cell);
      while (spread.length < until) spread.push({ ...cell, text: '' });
    });
    return spread;
  });
}

/**
 * A table's part and the next page's part on the same columns: unchanged when they are the same,
 * the coarser part's rows spread over the finer part's columns when one draws every edge of the
 * other, else undefined (another table).
 */
function alignParts(
  last: JoinedTable,
  table: PageTable,
): { readonly last: JoinedTable; readonly table: PageTable } | undefined {
  if (sameColumns(last, table)) return { last, table };
  const within = columnsWithin(table, last);
  if (within !== undefined)
    return {
      last,
      table: {
        ...table,
        columns: last.columns,
        rows: spreadRows(table.rows, within, last.columns.length),
      },
    };
  const around = columnsWithin(last, table);
  if (around !== undefined)
    return {
      last: {
        ...last,
        columns: table.columns,
        rows: spreadRows(last.rows, around, table.columns.length),
      },
      table,
    };
  return undefined;
}

const rowTexts = (row: readonly { readonly text: string }[]): string =>
  JSON.stringify(row.map((cell) => cell.text));

const isHeaderRow = (row: readonly { readonly text: string }[]): boolean =>
  row.filter((cell) => columnRole(cell.text) !== undefined).length >= 3;

/**
 * Joins tables continued on the next page: a table that ends a page and one that starts the next
 * with the same columns, with nothing but page headers, footers or numbers between them, are one
 * table. A part that draws only some of the other's column edges (the same left and right edges:
 * a 合计 row run onto the next page merges the name columns) has its rows spread over the other's
 * columns, its merged cells filled. A header row the continuation repeats (the first rows of the
 * table, or its last header row) is dropped; the break is a `pdf_page_break` repair.
 *
 * @param tables - every page's tables, in reading order
 * @param proseBetween - whether real prose (not margins) stands between a table and the next
 * @returns the tables, continued parts joined
 *
 * @example
 * joinPages(tables, (from, to) => false);
 */
export function joinPages(
  tables: readonly PageTable[],
  proseBetween: (before: PageTable, after: PageTable) => boolean,
): JoinedTable[] {
  const joined: JoinedTable[] = [];
  for (const table of tables) {
    const last = joined[joined.length - 1];
    const lastPage = last?.pages[last.pages.length - 1];
    const parts =
      last === undefined || lastPage !== table.page - 1 || proseBetween(last, table)
        ? undefined
        : alignParts(last, table);
    if (parts === undefined) {
      joined.push({ ...table, pages: [table.page] });
      continue;
    }
    const { last: before, table: after } = parts;
    const headers = before.rows.filter(isHeaderRow).map(rowTexts);
    let skip = 0;
    while (
      skip < after.rows.length &&
      skip < before.rows.length &&
      rowTexts(after.rows[skip] ?? []) === rowTexts(before.rows[skip] ?? [])
    )
      skip += 1;
    if (skip === 0 && after.rows[0] !== undefined && headers.includes(rowTexts(after.rows[0])))
      skip = 1;
    const firstLines = (after.rows[skip] ?? []).map((cell) => cell.line);
    const repair: Repair = {
      code: 'pdf_page_break',
      location: {
        kind: 'page',
        page: table.page,
        line: firstLines.length > 0 ? Math.min(...firstLines) : table.firstLine,
      },
      message: {
        zh: `表格从第 ${String(lastPage)} 页续到第 ${String(table.page)} 页，已接成一张表${skip > 0 ? `（略去重复的表头 ${String(skip)} 行）` : ''}`,
        en: `The table continues from page ${String(lastPage)} to page ${String(table.page)} and was read as one table${skip > 0 ? ` (the ${String(skip)} repeated header row(s) left out)` : ''}`,
      },
    };
    joined[joined.length - 1] = {
      ...before,
      bottom: table.bottom,
      right: after.right,
      rows: [...before.rows, ...after.rows.slice(skip)],
      repairs: [...before.repairs, repair, ...table.repairs],
      pages: [...before.pages, table.page],
    };
  }
  return joined;
}
