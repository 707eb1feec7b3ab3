export { tableToDataFile, type ImportedTable } from './tableToDataFile.js';
export { inferRule, type InferredRule } from './inferRule.js';
export { importTables, type ImportedText } from './importTables.js';
