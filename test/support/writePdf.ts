// Test support: a small PDF writer of our own, deterministic and without dependencies, that lays
// a `DocumentContent` out on A4 pages the way Word exports a document with one table: the title
// and paragraphs as text lines, the table with its cell borders drawn (as stroked lines or as the
// thin filled rectangles Word uses) under a scaling `cm`, text left-aligned and vertically
// centred in every cell (so a merged 一级 name sits across its rows), long text wrapped inside its
// cell. Chinese text needs no font file: a Type0 font with a non-embedded CIDFontType2 descendant,
// Identity-H with CID = the UCS-2 code, and a ToUnicode CMap mapping each code to itself.
import type { ContentCell, DocumentContent } from '../fixtures/documents/projectDocument.js';

/** How the writer draws the table and pages the document. */
export interface WritePdfOptions {
  /** `lines` (stroked segments, default), `rects` (thin filled rectangles) or `none`. */
  readonly borders?: 'lines' | 'rects' | 'none';
  /** Start a new page before this table row (0-based); no merged cell may cross it. */
  readonly pageBreakBeforeRow?: number;
  /** Repeat this many top rows of the table at the top of the new page (a header row). */
  readonly repeatRows?: number;
  /** Add an /Encrypt dictionary whose user password is not empty (opening needs a password). */
  readonly encrypted?: boolean;
}

const pageWidth = 595;
const pageHeight = 842;
const margin = 50;
/** The column widths of an eight-column table, in points (sum 495 = the text width). */
const columnWidths = [62, 62, 88, 58, 56, 34, 34, 101];
const tableFontSize = 9;
const tableLineHeight = 12;
const cellPaddingX = 4;
const cellPaddingY = 3;
const minimumRowHeight = 18;
/** Rule coordinates are written ×10 under `0.1 0 0 0.1 0 0 cm`, as Word writes in device units. */
const ruleScale = 10;

/** The advance of one character in em: ASCII half width, everything else full width. */
const charWidth = (char: string): number => ((char.codePointAt(0) ?? 0) < 0x80 ? 0.5 : 1);
const textWidth = (text: string, size: number): number =>
  Array.from(text).reduce((sum, char) => sum + charWidth(char) * size, 0);

/** A number written for a content stream: at most two decimals, no trailing zeros. */
const num = (value: number): string => {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

/** Wraps text to a width: CJK breaks anywhere, ASCII runs only at spaces (the space dropped). */
function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = text.match(/[\x21-\x7e]+|\s+|[^\x21-\x7e\s]/gu) ?? [];
  for (const token of tokens) {
    if (/^\s+$/u.test(token)) {
      if (line !== '') line += ' ';
      continue;
    }
    if (line !== '' && textWidth(line + token, size) > width) {
      lines.push(line.trimEnd());
      line = token;
    } else line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** UCS-2 big-endian hex of a text (characters beyond the BMP become U+FFFD). */
const hexOf = (text: string): string =>
  Array.from(text)
    .map((char) => {
      const code = char.codePointAt(0) ?? 0xfffd;
      return (code > 0xffff ? 0xfffd : code).toString(16).padStart(4, '0').toUpperCase();
    })
    .join('');

/** One text line to show: its text, size and baseline position (y from the page's top). */
interface TextLine {
  readonly text: string;
  readonly size: number;
  readonly x: number;
  readonly top: number;
}

/** One page's content being written. */
interface PageDraft {
  readonly texts: TextLine[];
  readonly rules: string[];
}

/** A placed cell: its grid position, span and content. */
interface PlacedCell {
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly text: string;
}

/** Places the content cells on the grid: each row lists only the cells starting in it. */
function placeCells(table: readonly (readonly ContentCell[])[]): PlacedCell[] {
  const taken = new Set<string>();
  const placed: PlacedCell[] = [];
  table.forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of row) {
      while (taken.has(`${rowIndex},${column}`)) column += 1;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      for (let r = rowIndex; r < rowIndex + rowSpan; r += 1)
        for (let c = column; c < column + colSpan; c += 1) taken.add(`${r},${c}`);
      placed.push({ row: rowIndex, column, rowSpan, colSpan, text: cell.text });
      column += colSpan;
    }
  });
  return placed;
}

const spanWidth = (cell: PlacedCell): number =>
  columnWidths.slice(cell.column, cell.column + cell.colSpan).reduce((a, b) => a + b, 0);
const cellLines = (cell: PlacedCell): string[] =>
  wrapText(cell.text, spanWidth(cell) - 2 * cellPaddingX, tableFontSize);
const linesHeight = (count: number): number =>
  Math.max(minimumRowHeight, count * tableLineHeight + 2 * cellPaddingY);

/** Row heights: each row fits its one-row cells; a merged cell too tall grows its last row. */
function rowHeights(cells: readonly PlacedCell[], rowCount: number): number[] {
  const heights = Array.from({ length: rowCount }, () => minimumRowHeight);
  for (const cell of cells.filter((each) => each.rowSpan === 1))
    heights[cell.row] = Math.max(heights[cell.row] ?? 0, linesHeight(cellLines(cell).length));
  for (const cell of cells.filter((each) => each.rowSpan > 1)) {
    const rows = heights.slice(cell.row, cell.row + cell.rowSpan);
    const missing = linesHeight(cellLines(cell).length) - rows.reduce((a, b) => a + b, 0);
    const last = cell.row + cell.rowSpan - 1;
    if (missing > 0) heights[last] = (heights[last] ?? 0) + missing;
  }
  return heights;
}

/** The drawing operators of one border segment, in the scaled rule space. */
function ruleOps(x1: number, top1: number, x2: number, top2: number, style: 'lines' | 'rects') {
  const [sx1, sy1, sx2, sy2] = [x1, pageHeight - top1, x2, pageHeight - top2].map(
    (value) => value * ruleScale,
  );
  if (style === 'lines')
    return `${num(sx1 ?? 0)} ${num(sy1 ?? 0)} m ${num(sx2 ?? 0)} ${num(sy2 ?? 0)} l S`;
  const half = 0.25 * ruleScale;
  const left = Math.min(sx1 ?? 0, sx2 ?? 0) - half;
  const bottom = Math.min(sy1 ?? 0, sy2 ?? 0) - half;
  const width = Math.abs((sx2 ?? 0) - (sx1 ?? 0)) + 2 * half;
  const height = Math.abs((sy2 ?? 0) - (sy1 ?? 0)) + 2 * half;
  return `${num(left)} ${num(bottom)} ${num(width)} ${num(height)} re f`;
}

/** Lays the document out on pages: title, paragraphs, the table (maybe split), paragraphs. */
function layOut(content: DocumentContent, options: WritePdfOptions): PageDraft[] {
  const pages: PageDraft[] = [{ texts: [], rules: [] }];
  let page = pages[0] ?? { texts: [], rules: [] };
  let top = 60;
  const paragraph = (text: string): void => {
    for (const line of wrapText(text, pageWidth - 2 * margin, 10.5)) {
      page.texts.push({ text: line, size: 10.5, x: margin, top: top + 10.5 });
      top += 16;
    }
  };
  const title = content.title;
  page.texts.push({
    text: title,
    size: 16,
    x: (pageWidth - textWidth(title, 16)) / 2,
    top: top + 16,
  });
  top += 30;
  content.before.forEach(paragraph);
  top += 8;
  const cells = placeCells(content.table);
  const heights = rowHeights(cells, content.table.length);
  const lefts = columnWidths.map((_, index) =>
    columnWidths.slice(0, index).reduce((a, b) => a + b, margin),
  );
  const style = options.borders ?? 'lines';
  const drawRows = (from: number, to: number): void => {
    const tops: number[] = [];
    for (let row = from; row < to; row += 1) {
      tops[row] = top;
      top += heights[row] ?? 0;
    }
    for (const cell of cells.filter((each) => each.row >= from && each.row < to)) {
      const cellTop = tops[cell.row] ?? 0;
      const height = heights.slice(cell.row, cell.row + cell.rowSpan).reduce((a, b) => a + b, 0);
      const left = lefts[cell.column] ?? margin;
      const right = left + spanWidth(cell);
      const lines = cellLines(cell);
      const firstTop = cellTop + (height - lines.length * tableLineHeight) / 2;
      lines.forEach((line, index) =>
        page.texts.push({
          text: line,
          size: tableFontSize,
          x: left + cellPaddingX,
          top: firstTop + index * tableLineHeight + 9.5,
        }),
      );
      if (style === 'none') continue;
      const bottom = cellTop + height;
      page.rules.push(
        ruleOps(left, cellTop, right, cellTop, style),
        ruleOps(left, bottom, right, bottom, style),
        ruleOps(left, cellTop, left, bottom, style),
        ruleOps(right, cellTop, right, bottom, style),
      );
    }
  };
  const breakAt = options.pageBreakBeforeRow;
  if (breakAt === undefined) drawRows(0, content.table.length);
  else {
    if (cells.some((cell) => cell.row < breakAt && cell.row + cell.rowSpan > breakAt))
      throw new Error(`writePdf: a merged cell crosses row ${String(breakAt)}`);
    drawRows(0, breakAt);
    page = { texts: [], rules: [] };
    pages.push(page);
    top = 60;
    const repeated = options.repeatRows ?? 0;
    if (repeated > 0) drawRows(0, repeated);
    drawRows(breakAt, content.table.length);
  }
  top += 14;
  content.after.forEach(paragraph);
  return pages;
}

/** The content stream of one page: the rules under a scaling cm, then the text lines. */
function contentStream(page: PageDraft): string {
  const parts: string[] = [];
  if (page.rules.length > 0)
    parts.push(
      `q ${num(1 / ruleScale)} 0 0 ${num(1 / ruleScale)} 0 0 cm ${num(0.5 * ruleScale)} w`,
      ...page.rules,
      'Q',
    );
  for (const line of page.texts)
    parts.push(
      `BT /F1 ${num(line.size)} Tf 1 0 0 1 ${num(line.x)} ${num(pageHeight - line.top)} Tm <${hexOf(line.text)}> Tj ET`,
    );
  return parts.join('\n');
}

/** A ToUnicode CMap mapping every code of the used high bytes to itself. */
function toUnicodeCMap(highBytes: readonly number[]): string {
  const ranges = highBytes.map((high) => {
    const hex = high.toString(16).padStart(2, '0').toUpperCase();
    return `<${hex}00> <${hex}FF> <${hex}00>`;
  });
  const blocks: string[] = [];
  for (let index = 0; index < ranges.length; index += 100) {
    const block = ranges.slice(index, index + 100);
    blocks.push(`${String(block.length)} beginbfrange\n${block.join('\n')}\nendbfrange`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

const encoder = new TextEncoder();

/** Assembles numbered objects into a PDF file with a correct cross-reference table. */
function assemble(objects: readonly string[], trailerExtra: string): Uint8Array {
  const chunks: string[] = ['%PDF-1.7\n'];
  const offsets: number[] = [];
  let length = encoder.encode(chunks[0]).length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const text = `${String(index + 1)} 0 obj\n${body}\nendobj\n`;
    chunks.push(text);
    length += encoder.encode(text).length;
  });
  const xref = [
    'xref',
    `0 ${String(objects.length + 1)}`,
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
  ].join('\n');
  chunks.push(
    `${xref}\ntrailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R${trailerExtra} >>\nstartxref\n${String(length)}\n%%EOF\n`,
  );
  return encoder.encode(chunks.join(''));
}

const streamObject = (text: string, dictionary = ''): string =>
  `<< /Length ${String(encoder.encode(text).length)}${dictionary} >>\nstream\n${text}\nendstream`;

/**
 * Writes a document as a PDF: A4, the title and paragraphs as text lines, the table with every
 * cell border drawn (or none), merged-cell text vertically centred, long text wrapped.
 *
 * @param content - the document (title, paragraphs, one table with merged cells)
 * @param options - border style, a page break inside the table, encryption
 * @returns the PDF file's bytes, the same for the same arguments
 *
 * @example
 * const bytes = writePdf(projectDocument, { borders: 'none' });
 */
export function writePdf(content: DocumentContent, options: WritePdfOptions = {}): Uint8Array {
  const pages = layOut(content, options);
  const allText = pages.flatMap((page) => page.texts.map((line) => line.text)).join('');
  const highBytes = [
    ...new Set(Array.from(allText).map((char) => Math.min(0xff, (char.codePointAt(0) ?? 0) >> 8))),
  ].sort((a, b) => a - b);
  const fixed = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, index) => `${String(7 + 2 * index)} 0 R`).join(' ')}] /Count ${String(pages.length)} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 /W [32 126 500] /CIDToGIDMap /Identity >>',
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>',
    streamObject(toUnicodeCMap(highBytes)),
  ];
  const pageObjects = pages.flatMap((page, index) => [
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${String(pageWidth)} ${String(pageHeight)}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${String(8 + 2 * index)} 0 R >>`,
    streamObject(contentStream(page)),
  ]);
  const objects = [...fixed, ...pageObjects];
  if (options.encrypted !== true) return assemble(objects, '');
  const filler = 'A1'.repeat(32);
  objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${filler}> /U <${filler}> /P -4 >>`);
  return assemble(
    objects,
    ` /Encrypt ${String(objects.length)} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]`,
  );
}

/** A one-page PDF whose page holds only an image (a scan without a text layer). */
export function writeImageOnlyPdf(): Uint8Array {
  const image = streamObject(
    '\u0000\u00ff\u0000\u00ff',
    ' /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8',
  );
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${String(pageWidth)} ${String(pageHeight)}] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>`,
      streamObject(`q ${String(pageWidth)} 0 0 ${String(pageHeight)} 0 0 cm /Im1 Do Q`),
      image,
    ],
    '',
  );
}

/** A PDF of `count` empty pages (to test the page limit). */
export function writeEmptyPagesPdf(count: number): Uint8Array {
  const pages = Array.from(
    { length: count },
    () =>
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${String(pageWidth)} ${String(pageHeight)}] >>`,
  );
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [${pages.map((_, index) => `${String(index + 3)} 0 R`).join(' ')}] /Count ${String(count)} >>`,
      ...pages,
    ],
    '',
  );
}

/**
 * A PDF of one page that strokes `count` short line segments (a grid of rules and nothing else),
 * to test the per-page limit on drawn rules.
 *
 * @param count - how many segments the page draws
 * @returns the file's bytes
 */
export function writeRulesPdf(count: number): Uint8Array {
  const segments: string[] = [];
  for (let index = 0; index < count; index += 1) {
    // 150 rows of short horizontal segments: many segments, few rule positions.
    const y = 50 + (index % 150) * 4;
    const x = 50 + Math.floor(index / 150) * 3;
    segments.push(`${String(x)} ${String(y)} m ${String(x + 2)} ${String(y)} l`);
  }
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${String(pageWidth)} ${String(pageHeight)}] /Contents 4 0 R >>`,
      streamObject(`0.5 w ${segments.join(' ')} S`),
    ],
    '',
  );
}

/**
 * A PDF of one page ruled as a grid of `lines` full-width horizontal and `lines` full-height
 * vertical rules (a hostile grid: few segments, many cells), to test the per-page limit on rule
 * positions.
 *
 * @param lines - how many rules each way
 * @returns the file's bytes
 */
export function writeGridPdf(lines: number): Uint8Array {
  const step = 700 / lines;
  const strokes: string[] = [];
  for (let index = 0; index < lines; index += 1) {
    const at = (50 + index * step).toFixed(2);
    strokes.push(`50 ${at} m 750 ${at} l`, `${at} 50 m ${at} 750 l`);
  }
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 800 800] /Contents 4 0 R >>`,
      streamObject(`0.2 w ${strokes.join(' ')} S`),
    ],
    '',
  );
}
