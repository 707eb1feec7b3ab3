import type { CellGrid, LayoutName } from '../CellGrid.js';

/**
 * A reader of one text layout: its name, and a function that reads a text's tables in that
 * layout (`[]` when the text is not in it). {@link readTextTables} tries every reader of
 * {@link textLayoutReaders} and keeps the one that explains the text best.
 */
export interface TextLayoutReader {
  readonly layout: LayoutName;
  read(text: string): readonly CellGrid[];
}
