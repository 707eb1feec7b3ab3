import type { CellGrid } from './CellGrid.js';
import { runOnLayoutReaders } from './runOn/runOnLayoutReaders.js';
import { readScoreTable } from './scoreTable/readScoreTable.js';
import { readingScore } from './text/readTextTables.js';
import type { TextLayoutReader } from './text/TextLayoutReader.js';
import { textLayoutReaders } from './text/textLayoutReaders.js';

/**
 * Every layout reader detection tries, in order of preference on a tie: the text layouts whose
 * cell boundaries are written (Markdown, CSV, `|` cells, one cell per paragraph, one cell per
 * line), then the run-on layouts (one long line, column order, a name then its pair), OCR last.
 *
 * @example
 * allLayoutReaders.at(-1)?.layout; // → "ocr"
 */
export const allLayoutReaders: readonly TextLayoutReader[] = Object.freeze([
  ...textLayoutReaders,
  ...runOnLayoutReaders,
]);

/** The rows a reading's score tables read (not skipped, not blank), over all its grids. */
const rowsRead = (grids: readonly CellGrid[]): number =>
  grids.reduce((count, grid) => count + readScoreTable(grid).rowsRead, 0);

/**
 * Reads the tables of a text in whichever layout explains it best, among every text and run-on
 * layout ({@link allLayoutReaders}): the reading with the highest `readingScore` (ties to the
 * earlier reader), except that a reading whose grids give no score-table row at all gives way to
 * the best one that does (a run-on table whose header words a one-cell-per-line reading also
 * recognises). Each grid says its layout. Text that holds no table gives `[]`; no text (nor a
 * value that is not a string) ever throws.
 *
 * @param text - the text of a report or of a table
 * @returns the tables found, each with its layout, title, rows and repairs
 *
 * @example
 * readTables('| 分值 | 得分 |\n|---|---|\n| 10 | 9 |')[0]?.layout; // → "markdown"
 */
export function readTables(text: string): readonly CellGrid[] {
  if (typeof text !== 'string') return [];
  let best: { grids: readonly CellGrid[]; score: number; rows: boolean } | undefined;
  for (const reader of allLayoutReaders) {
    const grids = reader.read(text);
    if (grids.length === 0) continue;
    const score = readingScore(grids);
    if (score <= 0) continue;
    const rows = rowsRead(grids) > 0;
    const better = best === undefined || (rows !== best.rows ? rows : score > best.score);
    if (better) best = { grids, score, rows };
  }
  return best?.grids ?? [];
}
