export type { DocxBlock, DocxCell, DocxRun } from './DocxBlock.js';
export { writeDocx, type DocxZip } from './writeDocx.js';
export { loadDocxZip, type DocxZipLoader } from './loadDocxZip.js';
