export { readCellPerLineTables } from './readCellPerLineTables.js';
export { readCellPerParagraphTables } from './readCellPerParagraphTables.js';
export { readCsvTables } from './readCsvTables.js';
export { readMarkdownTables } from './readMarkdownTables.js';
export { readPipeTables } from './readPipeTables.js';
export { readingScore, readTextTables } from './readTextTables.js';
export type { TextLayoutReader } from './TextLayoutReader.js';
export { textLayoutReaders } from './textLayoutReaders.js';
