import type { CellGrid } from './CellGrid.js';

/**
 * Joins each table that has no title of its own (none, or the very title cell of the table
 * before it, as a PDF page gives its one title to each table under it) to the table before it, as the text readers
 * read a text (a new table starts at a title): a Word 自评表 often holds its budget block and its
 * indicators as two tables, one after the other under one title, and the checks that span them
 * (总分 = 预算执行得分 + 各一级指标得分) need them together. The later table's rows follow the
 * earlier one's, every cell keeping its place in the file; a `tables_joined` repair says so.
 *
 * @param grids - the tables of a file, in reading order
 * @returns the tables, each titled table with the untitled ones after it
 *
 * @example
 * joinUntitledTables([budgetBlock, indicatorRows]).length; // → 1
 */
export function joinUntitledTables(grids: readonly CellGrid[]): readonly CellGrid[] {
  const joined: CellGrid[] = [];
  for (const grid of grids) {
    const previous = joined.at(-1);
    const first = grid.rows[0]?.cells[0];
    const ownTitle =
      grid.title !== undefined &&
      (previous?.title === undefined ||
        JSON.stringify(grid.title) !== JSON.stringify(previous.title));
    if (previous === undefined || ownTitle || first === undefined) {
      joined.push(grid);
      continue;
    }
    joined[joined.length - 1] = {
      ...previous,
      rows: [...previous.rows, ...grid.rows],
      repairs: [
        ...previous.repairs,
        ...grid.repairs,
        {
          code: 'tables_joined',
          location: first.location,
          message: {
            zh: '此表没有自己的标题，接在上一张表之后读（同一张自评表分成了两张表）',
            en: 'this table has no title of its own and is read as the continuation of the one before (one 自评表 split in two tables)',
          },
        },
      ],
    };
  }
  return joined;
}
