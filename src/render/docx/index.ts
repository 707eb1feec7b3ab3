export type { DocxBlock, DocxCell, DocxRun } from './DocxBlock.js';
export { writeDocx, type DocxZip, type DocxZipLoader } from './writeDocx.js';
