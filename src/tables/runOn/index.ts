export { readOneLineTables } from './readOneLineTables.js';
export { readColumnOrderTables } from './readColumnOrderTables.js';
export { readNamePairTables } from './readNamePairTables.js';
export { readOcrTables } from './readOcrTables.js';
export { runOnLayoutReaders } from './runOnLayoutReaders.js';
