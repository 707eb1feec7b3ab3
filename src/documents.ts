// jixiao/documents: reading Word (.docx), Excel (.xlsx) and PDF report files into prose and cell
// grids, and auditing or importing them. The readers' libraries (fflate, pdfjs-dist) are optional
// peer dependencies, loaded only when a file of their format is read.
export {
  readDocument,
  defaultDocumentLoaders,
  type DocumentLoaders,
  type Fflate,
} from './tables/readDocument.js';
export { containerFormat, type ContainerFormat } from './tables/documentFormat.js';
export type { DocumentSource, DocumentFormat } from './tables/DocumentSource.js';
export type { PdfJs } from './tables/pdf/PdfJs.js';
export { auditDocument } from './audit/auditDocument.js';
export { importGrids, importTables, type ImportedText } from './tables/import/index.js';
