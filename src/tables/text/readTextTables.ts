import type { CellGrid } from '../CellGrid.js';
import { isRecognisedCell } from './cellKinds.js';
import { textLayoutReaders } from './textLayoutReaders.js';
import type { TextLayoutReader } from './TextLayoutReader.js';

/**
 * How well a reading explains a text: one point per cell the vocabulary recognises (header,
 * row label, number), one per row with two or more recognised cells, minus one per repair.
 *
 * @param grids - the tables a reader found
 * @returns the reading's score
 */
export function readingScore(grids: readonly CellGrid[]): number {
  let score = 0;
  for (const grid of grids) {
    for (const row of grid.rows) {
      const recognised = row.cells.filter((cell) => isRecognisedCell(cell.text)).length;
      score += recognised + (recognised >= 2 ? 1 : 0);
    }
    score -= grid.repairs.length;
  }
  return score;
}

/**
 * Reads the tables of a text in whichever layout explains it best: every reader is tried, and
 * the tables of the one with the highest {@link readingScore} are returned (ties go to the
 * earlier reader). Text that is no table gives `[]`; no text ever throws. Every grid keeps the
 * row contract of {@link TextLayoutReader} (rows left short or filled with empty cells).
 *
 * @param text - the text to read
 * @param readers - the layout readers to try (default {@link textLayoutReaders})
 * @returns the tables, each with its layout, title, rows and repairs
 *
 * @example
 * readTextTables('| 分值 | 得分 |\n|---|---|\n| 10 | 9 |')[0]?.layout; // → "markdown"
 */
export function readTextTables(
  text: string,
  readers: readonly TextLayoutReader[] = textLayoutReaders,
): readonly CellGrid[] {
  if (typeof text !== 'string') return [];
  let best: readonly CellGrid[] = [];
  let bestScore = 0;
  for (const reader of readers) {
    const grids = reader.read(text);
    if (grids.length === 0) continue;
    const score = readingScore(grids);
    if (score > bestScore) {
      best = grids;
      bestScore = score;
    }
  }
  return best;
}
