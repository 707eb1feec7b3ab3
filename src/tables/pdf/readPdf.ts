import { invalidArgument } from '../../issues/invalidArgument.js';
import type { Issue } from '../../issues/Issue.js';
import { failure, success, type Result } from '../../issues/Result.js';
import type { CellGrid, GridCell, GridRow } from '../CellGrid.js';
import type { DocumentSource } from '../DocumentSource.js';
import { isTableTitle } from '../vocabulary.js';
import type { Matrix, Rule, TextRun } from './geometry.js';
import { drawnRules } from './drawnRules.js';
import { joinPages, type JoinedTable } from './joinPages.js';
import { latticeTables } from './latticeTables.js';
import type { PageTable } from './PageTable.js';
import { joinRuns, pageRuns } from './pageRuns.js';
import type { PdfJs } from './PdfJs.js';
import {
  encryptedDocument,
  invalidPdf,
  maximumPages,
  noTextLayer,
  pageLimits,
  pageTooDense,
  tooManyPages,
} from './pdfIssues.js';
import { streamTables } from './streamTables.js';

/** A prose line of a page: a text line outside every table. */
interface ProseLine {
  readonly page: number;
  readonly line: number;
  readonly baseline: number;
  readonly text: string;
}

/** What one page gives: its tables, its prose lines, and whether it is a scan. */
interface PageReading {
  readonly tables: readonly PageTable[];
  readonly prose: readonly ProseLine[];
  readonly height: number;
  readonly imageOnly: boolean;
  /** Why the page was not read (more text items or rules than a page is read with). */
  readonly refused?: Issue;
}

/** The image-painting operators of pdf.js: a page of them and no text is a scan. */
const imageOperators = [
  'paintImageMaskXObject',
  'paintImageMaskXObjectGroup',
  'paintImageXObject',
  'paintInlineImageXObject',
  'paintInlineImageXObjectGroup',
  'paintImageXObjectRepeat',
  'paintImageMaskXObjectRepeat',
  'paintSolidColorImageMask',
] as const;

/** The prose lines of a page's runs that no table took. */
function proseLines(runs: readonly TextRun[], page: number): ProseLine[] {
  const byLine = new Map<number, TextRun[]>();
  for (const run of runs) byLine.set(run.line, [...(byLine.get(run.line) ?? []), run]);
  return [...byLine]
    .sort(([one], [other]) => one - other)
    .map(([line, lineRuns]) => ({
      page,
      line,
      baseline: Math.min(...lineRuns.map((run) => run.baseline)),
      text: joinRuns(lineRuns),
    }))
    .filter((line) => line.text !== '');
}

/**
 * The most distinct positions (to the point) of the page's horizontal rules or of its vertical
 * ones: a ruled grid's rows + 1 or columns + 1, which the lattice reader's work grows with.
 */
function rulePositions(rules: readonly Rule[]): number {
  const rows = new Set<number>();
  const columns = new Set<number>();
  for (const rule of rules) (rule.horizontal ? rows : columns).add(Math.round(rule.at));
  return Math.max(rows.size, columns.size);
}

/** A page refused for its size: no tables, no prose, its issue. */
const denseReading = (
  page: number,
  what: 'textItems' | 'ruleSegments' | 'rulePositions',
  count: number,
): PageReading => ({
  tables: [],
  prose: [],
  height: 0,
  imageOnly: false,
  refused: pageTooDense(page, what, count),
});

/** Reads one page: its runs and rules, lattice tables first, stream tables in what is left. */
async function readPage(document: PdfDocument, pdfjs: PdfJs, number: number): Promise<PageReading> {
  const page = await document.getPage(number);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const [a, b, c, d, e, f] = viewport.transform;
    const matrix: Matrix = [a ?? 1, b ?? 0, c ?? 0, d ?? -1, e ?? 0, f ?? 0];
    const content = await page.getTextContent();
    if (content.items.length > pageLimits.textItems)
      return denseReading(number, 'textItems', content.items.length);
    const runs = pageRuns(content.items, matrix);
    const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
    const rules = drawnRules(operators.fnArray, operators.argsArray, pdfjs.OPS, matrix);
    if (rules.length > pageLimits.ruleSegments)
      return denseReading(number, 'ruleSegments', rules.length);
    const positions = rulePositions(rules);
    if (positions > pageLimits.rulePositions)
      return denseReading(number, 'rulePositions', positions);
    const lattice = latticeTables(runs, rules, number);
    const rest = runs.filter((run) => !lattice.used.has(run));
    const stream = streamTables(rest, number);
    const images = new Set<number>(imageOperators.map((name) => pdfjs.OPS[name]));
    return {
      tables: [...lattice.tables, ...stream.tables].sort((one, other) => one.top - other.top),
      prose: proseLines(
        rest.filter((run) => !stream.used.has(run)),
        number,
      ),
      height: viewport.height,
      imageOnly: runs.length === 0 && operators.fnArray.some((fn) => images.has(fn)),
    };
  } finally {
    page.cleanup();
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** Whether a prose line is only a page number (`—1—`, `- 2 -`, `第3页`, `3/10`). */
function isPageNumber(text: string): boolean {
  let digits = 0;
  for (const char of text) {
    if (char >= '0' && char <= '9') digits += 1;
    else if (!' -—–―第页共/／()（）·.'.includes(char)) return false;
  }
  return digits > 0 && digits <= 4;
}

/** The issue pdf.js's failure to open or read a document stands for. */
function issueOf(error: unknown): Issue {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return encryptedDocument();
  const message = error instanceof Error ? error.message : String(error);
  return invalidPdf(message === '' ? name || 'unknown error' : message);
}

/** The title of a table: the nearest …自评表 line above it (on its page, or ending the last). */
function titleOf(table: PageTable, prose: readonly ProseLine[]): GridCell | undefined {
  const above = prose.filter(
    (line) =>
      (line.page === table.page && line.baseline < table.top) || line.page === table.page - 1,
  );
  const title = above
    .slice(-6)
    .reverse()
    .find((line) => isTableTitle(line.text));
  return title === undefined
    ? undefined
    : { text: title.text, location: { kind: 'page', page: title.page, line: title.line } };
}

/** A joined table as a cell grid of the `pdf` layout. */
function gridOf(table: JoinedTable, prose: readonly ProseLine[]): CellGrid {
  const title = titleOf(table, prose);
  return {
    layout: 'pdf',
    ...(title === undefined ? {} : { title }),
    rows: table.rows.map((row): GridRow => {
      const unread = row.find((cell) => cell.unread !== undefined)?.unread;
      return {
        cells: row.map((cell, index) => ({
          text: cell.text,
          location: { kind: 'page', page: cell.page, line: cell.line, column: index + 1 },
        })),
        ...(unread === undefined ? {} : { unread }),
      };
    }),
    repairs: table.repairs,
  };
}

/** Whether prose other than page margins and numbers stands between two tables. */
function proseBetween(
  readings: readonly PageReading[],
): (before: PageTable, after: PageTable) => boolean {
  return (before, after) =>
    readings.some((reading, index) => {
      const page = index + 1;
      if (page !== before.page && page !== after.page) return false;
      return reading.prose.some((line) => {
        const inMargin =
          line.baseline < 0.08 * reading.height || line.baseline > 0.92 * reading.height;
        if (inMargin || isPageNumber(line.text)) return false;
        return page === before.page ? line.baseline > before.bottom : line.baseline < after.top;
      });
    });
}

/** Whether an untyped caller passed something with pdf.js's `getDocument`. */
const hasGetDocument = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  'getDocument' in value &&
  typeof value.getDocument === 'function';

/**
 * Reads a PDF's text layer into its prose and its score tables: tables whose cell borders are
 * drawn are read from the rules (merged cells by the missing rules between them, each cell's text
 * by where it stands); tables without rules by the alignment of their text, marked as guesses; a
 * table continued on the next page is one grid. Rows come in the filled form. Never throws.
 *
 * @param bytes - the PDF file's bytes (copied: pdf.js may take the buffer it is given)
 * @param pdfjs - the loaded module `pdfjs-dist/legacy/build/pdf.mjs` (version 5)
 * @returns the document's prose and tables, or `invalid_pdf`, `encrypted_document`,
 *   `no_text_layer` (an image-only page: run OCR first) or `too_many_pages`
 *
 * @example
 * const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
 * const read = await readPdf(await readFile('自评表.pdf'), pdfjs); // a Buffer will do
 * if (read.ok) console.log(read.value.grids[0]?.rows[0]?.cells.map((cell) => cell.text));
 */
export async function readPdf(bytes: Uint8Array, pdfjs: PdfJs): Promise<Result<DocumentSource>> {
  if (!(bytes instanceof Uint8Array))
    return failure(
      invalidArgument('bytes', { zh: 'Uint8Array 字节数组', en: 'a Uint8Array' }, bytes).issues,
    );
  if (!hasGetDocument(pdfjs))
    return failure(
      invalidArgument(
        'pdfjs',
        { zh: '已载入的 pdfjs-dist 模块', en: 'the loaded pdfjs-dist module' },
        pdfjs,
      ).issues,
    );
  let task: ReturnType<PdfJs['getDocument']> | undefined;
  try {
    task = pdfjs.getDocument({
      // A copy, as a plain Uint8Array: pdf.js may detach it, and refuses a Node Buffer.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    });
    const document = await task.promise;
    if (document.numPages > maximumPages) return failure([tooManyPages(document.numPages)]);
    const readings: PageReading[] = [];
    for (let number = 1; number <= document.numPages; number += 1)
      readings.push(await readPage(document, pdfjs, number));
    const scans = readings.flatMap((reading, index) =>
      reading.refused !== undefined
        ? [reading.refused]
        : reading.imageOnly
          ? [noTextLayer(index + 1)]
          : [],
    );
    const [firstScan, ...otherScans] = scans;
    if (firstScan !== undefined) return failure([firstScan, ...otherScans]);
    const joined = joinPages(
      readings.flatMap((reading) => reading.tables),
      proseBetween(readings),
    );
    // A ruled box of one row that continues no table is prose again.
    const lone = (table: JoinedTable): boolean =>
      table.lone !== undefined && table.pages.length === 1;
    const tables = joined.filter((table) => !lone(table));
    const prose = [
      ...readings.flatMap((reading) => reading.prose),
      ...joined.filter(lone).flatMap((table) => proseLines(table.lone ?? [], table.page)),
    ].sort((one, other) => one.page - other.page || one.line - other.line);
    return success({
      format: 'pdf',
      text: prose.map((line) => line.text).join('\n'),
      grids: tables.map((table) => gridOf(table, prose)),
    });
  } catch (error) {
    return failure([issueOf(error)]);
  } finally {
    await task?.destroy().catch(() => undefined);
  }
}
