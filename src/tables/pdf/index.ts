export { readPdf } from './readPdf.js';
export type { PdfJs } from './PdfJs.js';
