/**
 * The pdf.js module (`pdfjs-dist/legacy/build/pdf.mjs`, version 5) as the caller loaded it: the
 * reader never imports it, so that the core of the library does not load it.
 */
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
