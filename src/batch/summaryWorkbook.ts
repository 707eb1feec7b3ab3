import { requireLanguage } from '../evaluation/requireLanguage.js';
import type { Language } from '../issues/Language.js';
import { cellNumber } from '../render/xlsx/cellNumber.js';
import { cellText } from '../render/xlsx/cellText.js';
import { textWidth } from '../render/xlsx/textWidth.js';
import type { CellStyle, WorkbookCell, WorkbookModel } from '../render/xlsx/WorkbookModel.js';
import type { BatchSummary } from './BatchSummary.js';
import { requireSummary } from './requireSummary.js';
import { summarySections } from './summarySections.js';

const header: CellStyle = { bold: true, border: true, horizontal: 'center', wrap: true };
const text: CellStyle = { border: true };

/** A number as the summary writes it (`91.46`, `3`), or undefined for any other text. */
const decimalText = /^-?\d+(?:\.(\d+))?$/u;

/** A numeric column's cell: the number with as many places as written, or text when it is none. */
function numberCell(value: string): WorkbookCell {
  const match = decimalText.exec(value);
  if (match === null) return cellText(value, { ...text, horizontal: 'right' });
  const places = Math.min(match[1]?.length ?? 0, 15);
  return cellNumber(value, {
    border: true,
    horizontal: 'right',
    numberFormat: places === 0 ? '0' : `0.${'0'.repeat(places)}`,
  });
}

/**
 * Lays out a batch summary as a workbook, one sheet per section of `summarySections` (the
 * overview, the counts by grade, the ranking, each 一级 category's distribution, the documents
 * that failed and the flagged audits): a header row, then the rows, with totals, counts, ranks
 * and scores stored as numbers (formatted with the places they are written with) and the rest
 * as text.
 *
 * @param summary - the batch summary
 * @param lang - the language of titles, headers and names
 * @returns the workbook model
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than a
 *   summary or another language
 *
 * @example
 * summaryWorkbook(summary, 'zh').sheets.map((sheet) => sheet.name); // → ['概况', '等级分布', …]
 */
export function summaryWorkbook(summary: BatchSummary, lang: Language = 'zh'): WorkbookModel {
  requireSummary(summary);
  const sections = summarySections(summary, requireLanguage(lang, 'lang'));
  return {
    sheets: sections.map((section) => {
      const rows: WorkbookCell[][] = [
        section.header.map((label) => cellText(label, header)),
        ...section.rows.map((row) =>
          row.map((value, column) =>
            section.numeric[column] === true ? numberCell(value) : cellText(value, text),
          ),
        ),
      ];
      const columnWidths = section.header.map((_label, column) =>
        Math.min(60, Math.max(8, ...rows.map((row) => textWidth(row[column]?.value ?? '') + 2))),
      );
      return { name: section.title, rows, merges: [], columnWidths };
    }),
  };
}
