export { readScoreTable } from './readScoreTable.js';
export { readCellValue, compactText } from './readCellValue.js';
export { splitNameWeight } from './splitNameWeight.js';
export { nodeScore, nodeWeight, sumOf, type NodeAmount } from './nodeSums.js';
export type {
  BudgetBlock,
  BudgetRow,
  CellValue,
  IndicatorBlock,
  IndicatorNode,
  NameWeight,
  NumberValue,
  ReadingGuess,
  RowValues,
  ScoreTable,
  SkippedRow,
  StatedValue,
  TableColumn,
  TextRow,
  TotalRow,
} from './ScoreTable.js';
