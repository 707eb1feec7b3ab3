import type { BilingualMessage } from '../../issues/Issue.js';
import type { CellLocation, Repair } from '../CellGrid.js';

/** The repairs the text readers make, each with its message. */
export type TextRepairCode =
  'row_continued' | 'cell_wrapped' | 'row_short' | 'header_joined' | 'title_joined';

/** Builds the message of a repair from the line it touches (and a count, for row_short). */
const messages: Readonly<
  Record<TextRepairCode, (line: number, count: number) => BilingualMessage>
> = {
  row_continued: (line) => ({
    zh: `第 ${line} 行接续上一行的表格行（行在单元格之间断开）`,
    en: `Line ${line} continues the table row above (the row broke between cells)`,
  }),
  cell_wrapped: (line) => ({
    zh: `第 ${line} 行接续上一单元格的文字（单元格内换行）`,
    en: `Line ${line} continues the text of the cell above (the cell wrapped inside itself)`,
  }),
  row_short: (line, count) => ({
    zh: `第 ${line} 行开始的表格行比表头少 ${count} 个单元格：在下一行标签处断行，缺少的单元格补为空单元格`,
    en: `The row starting on line ${line} is ${count} cell(s) short of its header: it was cut at the next row label and its missing cells were filled with empty cells`,
  }),
  header_joined: (line) => ({
    zh: `第 ${line} 行起的表头片段拼合为一个已知表头`,
    en: `Header fragments from line ${line} on were joined into one known header`,
  }),
  title_joined: (line) => ({
    zh: `第 ${line} 行的年度并入上方的表名`,
    en: `The year on line ${line} was joined to the title above`,
  }),
};

/**
 * A repair a text reader made, at a line (and column) of the text.
 *
 * @param code - what was repaired
 * @param location - where, in the original text
 * @param count - the number of cells, for row_short
 * @returns the repair, frozen
 */
export function textRepair(code: TextRepairCode, location: CellLocation, count = 0): Repair {
  const line = location.kind === 'text' ? location.line : 0;
  return Object.freeze({
    code,
    location,
    message: Object.freeze(messages[code](line, count)),
  });
}
