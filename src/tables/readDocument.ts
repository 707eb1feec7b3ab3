import { createIssue } from '../issues/createIssue.js';
import { loadOptionalDependency } from '../issues/loadOptionalDependency.js';
import { failure, type Result } from '../issues/Result.js';
import { containerFormat } from './documentFormat.js';
import { joinUntitledTables } from './joinUntitledTables.js';
import type { DocumentSource } from './DocumentSource.js';
import { openZip, readDocx, readXlsx } from './office/index.js';
import { readPdf, type PdfJs } from './pdf/index.js';

/** fflate, as `import('fflate')` gives it. */
export type Fflate = typeof import('fflate');

/**
 * How the optional readers are loaded: fflate for .docx and .xlsx, pdf.js for .pdf. Each is
 * imported only when a file of its format is read, so that neither the library's core nor
 * `jixiao/json` ever loads them; a test or an application may pass its own.
 */
export interface DocumentLoaders {
  /** Loads fflate, which opens Word and Excel files (zip containers). */
  readonly fflate: () => Promise<Fflate>;
  /** Loads pdfjs-dist, which reads a PDF's text layer and drawn rules. */
  readonly pdfjs: () => Promise<PdfJs>;
}

/**
 * The optional peers imported from the package's own dependencies.
 *
 * @example
 * const read = await readDocument(bytes, defaultDocumentLoaders); // the same as readDocument(bytes)
 */
export const defaultDocumentLoaders: DocumentLoaders = Object.freeze({
  fflate: () => import('fflate'),
  pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'),
});

/**
 * Whether a zip package is a Word or an Excel file: by the main part's content type in
 * `[Content_Types].xml` (.docx, .docm, .dotx; .xlsx, .xlsm, .xltx), else by the usual part
 * names, in any case, as the package format allows.
 */
function officeKind(parts: ReadonlyMap<string, Uint8Array>): 'docx' | 'xlsx' | undefined {
  const names = [...parts.keys()].map((name) => name.toLowerCase());
  const typesName = [...parts.keys()].find((name) => name.toLowerCase() === '[content_types].xml');
  const types =
    typesName === undefined
      ? ''
      : new TextDecoder('utf-8', { fatal: false }).decode(parts.get(typesName));
  if (
    types.includes('wordprocessingml.document.main+xml') ||
    types.includes('wordprocessingml.template.main+xml') ||
    types.includes('ms-word.document.macroEnabled.main+xml')
  )
    return 'docx';
  if (
    types.includes('spreadsheetml.sheet.main+xml') ||
    types.includes('spreadsheetml.template.main+xml') ||
    types.includes('ms-excel.sheet.macroEnabled.main+xml')
  )
    return 'xlsx';
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  return undefined;
}

/** A Word or PDF document with its untitled tables joined to the ones before them. */
const joined = (read: Result<DocumentSource>): Result<DocumentSource> =>
  read.ok
    ? { ok: true, value: { ...read.value, grids: joinUntitledTables(read.value.grids) } }
    : read;

const unsupported = (zh: string, en: string): Result<never> =>
  failure([createIssue('unsupported_format', [], { zh, en })]);

/**
 * Reads a report file that is not plain text: a Word .docx (its tables as tables, its paragraphs
 * as prose), an Excel .xlsx (each worksheet a table, numbers as the sheet displays them) or a
 * PDF (its text layer, tables found by their drawn rules or, without rules, by column
 * positions). In Word and PDF files a table without a title of its own continues the one before
 * it (`joinUntitledTables`), as a text's tables do. The format is told by the file's bytes, never by its name. Old binary Office files
 * (.doc, .xls, .wps, .et), other zip files (.odt, .ods) and text are `unsupported_format` (text is
 * read with `auditText` / `readTables`); an optional reader that is not installed is
 * `missing_dependency`. Every cell of every table keeps its place in the file. Never throws.
 *
 * @param bytes - the file's bytes
 * @param loaders - how fflate and pdf.js are loaded (by default, from the installed packages)
 * @returns the prose and the tables, or the issues
 *
 * @example
 * const read = await readDocument(readFileSync('自评表.docx'));
 * if (read.ok) read.value.grids[0]?.layout; // → "docx"
 */
export async function readDocument(
  bytes: Uint8Array,
  loaders: DocumentLoaders = defaultDocumentLoaders,
): Promise<Result<DocumentSource>> {
  const given: unknown = bytes;
  if (!(given instanceof Uint8Array))
    return unsupported('应为文件的字节（Uint8Array）', "Expected the file's bytes (a Uint8Array)");
  const container = containerFormat(bytes);
  if (container === 'text')
    return unsupported(
      '这是文本，不是 Word、Excel 或 PDF 文件：文本直接交给 auditText / readTables 读取',
      'This is text, not a Word, Excel or PDF file: read text with auditText / readTables',
    );
  if (container === 'ole')
    return unsupported(
      '这是旧版 Office 二进制文件（.doc、.xls、.wps、.et）：不读取此格式，请另存为 .docx 或 .xlsx',
      'This is an old binary Office file (.doc, .xls, .wps, .et), which is not read: save it as .docx or .xlsx',
    );
  if (container === 'pdf') {
    const pdfjs = await loadOptionalDependency(loaders.pdfjs, {
      name: 'pdfjs-dist',
      version: '^5.5.0',
      purpose: { zh: '读取 .pdf 文件', en: 'Reading .pdf files' },
      entry: 'getDocument',
    });
    return pdfjs.ok ? joined(await readPdf(bytes, pdfjs.value)) : pdfjs;
  }
  const fflate = await loadOptionalDependency(loaders.fflate, {
    name: 'fflate',
    version: '^0.8.0',
    purpose: { zh: '读取 .docx / .xlsx 文件', en: 'Reading .docx / .xlsx files' },
    entry: 'unzipSync',
  });
  if (!fflate.ok) return fflate;
  const parts = openZip(bytes, fflate.value.unzipSync);
  if (!parts.ok) return parts;
  const kind = officeKind(parts.value);
  if (kind === 'docx') return joined(readDocx(parts.value));
  if (kind === 'xlsx') return readXlsx(parts.value);
  return unsupported(
    '这是压缩包，但不是 Word (.docx) 或 Excel (.xlsx) 文件（例如 .odt、.ods）：请另存为 .docx 或 .xlsx',
    'This is a zip file but not a Word (.docx) or Excel (.xlsx) file (an .odt or .ods, say): save it as .docx or .xlsx',
  );
}
