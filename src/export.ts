// jixiao/export: an evaluation and a batch's summary written where users already work — an Excel
// workbook with live formulas, a Word file with the score table as a real table, and one
// self-contained HTML page with charts. The workbook and Word writers load the optional peer
// fflate only when called; the core entry loads none of this.
export { renderHtmlReport } from './render/html/renderHtmlReport.js';
export { renderSummaryHtml } from './batch/renderSummaryHtml.js';
export {
  roundFormula,
  scoreWorkbook,
  writeScoreWorkbook,
  writeWorkbook,
  type CellStyle,
  type ScoreWorkbookBudget,
  type ScoreWorkbookOptions,
  type WorkbookCell,
  type WorkbookModel,
  type WorkbookSheet,
  type WorkbookZipper,
} from './render/xlsx/index.js';
export { summaryWorkbook } from './batch/summaryWorkbook.js';
export { writeSummaryWorkbook } from './batch/writeSummaryWorkbook.js';
export { writeReportDocx, type ReportDocxOptions } from './audit/writeReportDocx.js';
export { writeSummaryDocx } from './batch/writeSummaryDocx.js';
export type { ReportOptions } from './audit/reportBlocks.js';
export type { DocxZipLoader, DocxZip } from './render/docx/index.js';
