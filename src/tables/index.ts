export type { CellGrid, CellLocation, GridCell, GridRow, LayoutName, Repair } from './CellGrid.js';
export { allLayoutReaders, readTables } from './readTables.js';
export { readScoreTable } from './scoreTable/index.js';
export type { ScoreTable } from './scoreTable/index.js';
export { checkScoreTable, nationalGradeBands } from './checks/index.js';
export type { TableCheck, TableCheckReport, TableVerdict } from './checks/index.js';
