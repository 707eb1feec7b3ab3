import type { CellGrid, LayoutName } from '../CellGrid.js';

/**
 * A reader of one text layout: its name, and a function that reads a text's tables in that
 * layout (`[]` when the text is not in it). `readTextTables` tries every reader of
 * `textLayoutReaders` and keeps the one that explains the text best.
 *
 * **The row contract** every grid reader keeps (text readers here, the run-on, document and sheet
 * readers too), and that `readScoreTable` relies on. A row is never wider than what the source
 * wrote, and a row shorter than its header takes one of two forms, which the score table reads
 * the same way:
 * - **left short**: merged cells (一级/二级 names carried down, a merged 序号) are absent on the
 *   left; the cells present keep their order, so the row aligns with its header from the right,
 *   and a leading 序号 number stays in the 序号 column;
 * - **filled**: every column is present, merged and empty cells as empty cells (`''`), in their
 *   columns.
 * Value cells a row ends without (an empty reason, a score never filled in) are either written as
 * empty cells (`||`, an empty CSV field) or filled in with empty cells on the right by the reader
 * (`row_short`, layout (b)); a row that silently drops its trailing cells is realigned by the
 * score table as a guess (`row_realigned`). Nothing is ever padded on the left.
 */
export interface TextLayoutReader {
  readonly layout: LayoutName;
  /** The text's tables in this layout, `[]` when the text is not in it. */
  read(text: string): readonly CellGrid[];
}
