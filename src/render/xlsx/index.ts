export type { CellStyle, WorkbookCell, WorkbookModel, WorkbookSheet } from './WorkbookModel.js';
export { cellNumber } from './cellNumber.js';
export { cellReference } from './cellReference.js';
export { cellText } from './cellText.js';
export { columnName } from './columnName.js';
export { roundFormula } from './roundFormula.js';
export {
  scoreWorkbook,
  type ScoreWorkbookBudget,
  type ScoreWorkbookOptions,
} from './scoreWorkbook.js';
export { textWidth } from './textWidth.js';
export { writeScoreWorkbook } from './writeScoreWorkbook.js';
export { writeWorkbook, type WorkbookZipper } from './writeWorkbook.js';
