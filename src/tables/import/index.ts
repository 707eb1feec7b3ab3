export { tableToDataFile, type ImportedTable } from './tableToDataFile.js';
export { inferRule, type InferredRule } from '../infer/index.js';
export { importGrids, importTables, type ImportedText } from './importTables.js';
