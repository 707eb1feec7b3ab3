import type { CellGrid } from './CellGrid.js';

/** The file formats a report is read from besides plain text. */
export type DocumentFormat = 'docx' | 'xlsx' | 'pdf';

/**
 * A report file read into what the audit and the import work on: its prose as text (paragraphs
 * outside tables, one per line, in reading order) and its tables as cell grids, each cell with
 * its place in the file (`table`, `sheet` or `page` locations).
 */
export interface DocumentSource {
  readonly format: DocumentFormat;
  /** The prose outside the tables, one paragraph (or PDF text line) per line. */
  readonly text: string;
  /** Every table of the file, in reading order (Word tables, worksheets, PDF tables). */
  readonly grids: readonly CellGrid[];
}
