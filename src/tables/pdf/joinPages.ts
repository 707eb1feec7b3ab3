import type { Repair } from '../CellGrid.js';
import { columnRole } from '../vocabulary.js';
import type { PageTable } from './PageTable.js';

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

const rowTexts = (row: readonly { readonly text: string }[]): string =>
  JSON.stringify(row.map((cell) => cell.text));

const isHeaderRow = (row: readonly { readonly text: string }[]): boolean =>
  row.filter((cell) => columnRole(cell.text) !== undefined).length >= 3;

/**
 * Joins tables continued on the next page: a table that ends a page and one that starts the next
 * with the same columns, with nothing but page headers, footers or numbers between them, are one
 * table. A header row the continuation repeats (the first rows of the table, or its last header
 * row) is dropped; the break is a `pdf_page_break` repair.
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
    if (
      last === undefined ||
      lastPage !== table.page - 1 ||
      !sameColumns(last, table) ||
      proseBetween(last, table)
    ) {
      joined.push({ ...table, pages: [table.page] });
      continue;
    }
    const headers = last.rows.filter(isHeaderRow).map(rowTexts);
    let skip = 0;
    while (
      skip < table.rows.length &&
      skip < last.rows.length &&
      rowTexts(table.rows[skip] ?? []) === rowTexts(last.rows[skip] ?? [])
    )
      skip += 1;
    if (skip === 0 && table.rows[0] !== undefined && headers.includes(rowTexts(table.rows[0])))
      skip = 1;
    const firstLines = (table.rows[skip] ?? []).map((cell) => cell.line);
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
      ...last,
      bottom: table.bottom,
      rows: [...last.rows, ...table.rows.slice(skip)],
      repairs: [...last.repairs, repair, ...table.repairs],
      pages: [...last.pages, table.page],
    };
  }
  return joined;
}
