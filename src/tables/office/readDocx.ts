import { createIssue } from '../../issues/createIssue.js';
import { failure, success, type Result } from '../../issues/Result.js';
import type { CellGrid, GridCell, GridRow, Repair } from '../CellGrid.js';
import type { DocumentSource } from '../DocumentSource.js';
import { joinCellTexts } from './joinCellTexts.js';
import { officeRepair } from './officeRepairs.js';
import {
  attributeValue,
  childElement,
  childElements,
  isElement,
  ooxmlNamespaces,
} from './ooxmlNames.js';
import { mainPart, PackageParts } from './packageParts.js';
import type { XmlElement } from './parseXml.js';
import { isTitleLine, isTitleYear } from './tableTitle.js';

const w = ooxmlNamespaces.word;
const mc = ooxmlNamespaces.markupCompatibility;

/** Most grid columns a row may have, and most cells a table may have, before it is refused. */
export const docxTableLimits = Object.freeze({ maxColumns: 1_000, maxCells: 2_000_000 });

/** Elements whose content is not read: deletions, properties, drawings, instructions, notes. */
const skipped: ReadonlySet<string> = new Set([
  'del',
  'moveFrom',
  'pPr',
  'rPr',
  'sdtPr',
  'sdtEndPr',
  'instrText',
  'delText',
  'delInstrText',
  'drawing',
  'pict',
  'object',
  'footnoteReference',
  'endnoteReference',
  'commentReference',
  'tbl',
]);

/** The block-level content of a body or cell: paragraphs and tables, through content controls. */
function blocksOf(container: XmlElement): XmlElement[] {
  const blocks: XmlElement[] = [];
  for (const child of container.children) {
    if (typeof child === 'string') continue;
    if (isElement(child, w, 'p') || isElement(child, w, 'tbl')) blocks.push(child);
    else if (isElement(child, w, 'sdt')) {
      const content = childElement(child, w, 'sdtContent');
      if (content !== undefined) blocks.push(...blocksOf(content));
    } else if (
      isElement(child, w, 'customXml') ||
      isElement(child, w, 'ins') ||
      isElement(child, w, 'moveTo')
    )
      blocks.push(...blocksOf(child));
    else if (isElement(child, mc, 'AlternateContent')) {
      const chosen = alternative(child);
      if (chosen !== undefined) blocks.push(...blocksOf(chosen));
    }
  }
  return blocks;
}

/** The branch of an mc:AlternateContent that is read: its fallback, else its first choice. */
function alternative(element: XmlElement): XmlElement | undefined {
  return childElement(element, mc, 'Fallback') ?? childElement(element, mc, 'Choice');
}

/**
 * A paragraph's text: runs' `w:t` joined, `w:tab` as a tab, breaks as a space; insertions kept,
 * deletions and field instructions left out, a field's displayed result kept. Iterative.
 */
function paragraphText(paragraph: XmlElement): string {
  let text = '';
  const fields: ('instruction' | 'result')[] = [];
  const stack: XmlElement[] = [paragraph];
  while (stack.length > 0) {
    const element = stack.pop();
    if (element === undefined) break;
    const inWord = w.has(element.namespace);
    if (inWord && skipped.has(element.name)) continue;
    if (inWord && element !== paragraph) {
      const inInstruction = fields.includes('instruction');
      if (element.name === 't') {
        if (!inInstruction)
          text += element.children.filter((child) => typeof child === 'string').join('');
        continue;
      }
      if (element.name === 'tab' || element.name === 'ptab') {
        if (!inInstruction) text += '\t';
        continue;
      }
      if (element.name === 'br' || element.name === 'cr') {
        if (!inInstruction) text += ' ';
        continue;
      }
      if (element.name === 'noBreakHyphen') {
        if (!inInstruction) text += '-';
        continue;
      }
      if (element.name === 'fldChar') {
        const type = attributeValue(element, 'fldCharType', w);
        if (type === 'begin') fields.push('instruction');
        else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = 'result';
        else if (type === 'end') fields.pop();
        continue;
      }
    }
    if (mc.has(element.namespace) && element.name === 'AlternateContent') {
      const chosen = alternative(element);
      if (chosen !== undefined) stack.push(chosen);
      continue;
    }
    for (let index = element.children.length - 1; index >= 0; index -= 1) {
      const child = element.children[index];
      if (typeof child === 'object') stack.push(child);
    }
  }
  return text;
}

/** A whole number attribute (`w:val`) of a property element, clamped to [1, max]. */
function countOf(element: XmlElement | undefined, fallback: number): number {
  const value = Number.parseInt(attributeValue(element, 'val', w) ?? '', 10);
  if (!Number.isFinite(value)) return element === undefined ? fallback : 1;
  return Math.min(Math.max(value, 0), docxTableLimits.maxColumns);
}

/** The rows or cells of a table or row, through row- and cell-level content controls. */
function partsOf(container: XmlElement, name: 'tr' | 'tc'): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of container.children) {
    if (typeof child === 'string') continue;
    if (isElement(child, w, name)) found.push(child);
    else if (isElement(child, w, 'sdt')) {
      const content = childElement(child, w, 'sdtContent');
      if (content !== undefined) found.push(...partsOf(content, name));
    } else if (isElement(child, w, 'customXml')) found.push(...partsOf(child, name));
  }
  return found;
}

/** A cell's text: its paragraphs, and any nested table's cells, joined as one text. */
function cellText(cell: XmlElement): string {
  const lines: string[] = [];
  for (const block of blocksOf(cell)) {
    if (isElement(block, w, 'p')) lines.push(paragraphText(block));
    else
      for (const row of partsOf(block, 'tr'))
        for (const nested of partsOf(row, 'tc')) lines.push(cellText(nested));
  }
  return joinCellTexts(lines);
}

/** A table's cells as texts by grid column, a row per `w:tr` (deleted rows left out). */
function tableTexts(table: XmlElement): (readonly string[])[] | 'too large' {
  const rows: string[][] = [];
  const gridColumns = childElements(
    childElement(table, w, 'tblGrid') ?? table,
    w,
    'gridCol',
  ).length;
  let width = gridColumns;
  let cells = 0;
  for (const row of partsOf(table, 'tr')) {
    const properties = childElement(row, w, 'trPr');
    if (childElement(properties, w, 'del') !== undefined) continue;
    const texts: string[] = Array<string>(
      countOf(childElement(properties, w, 'gridBefore'), 0),
    ).fill('');
    for (const cell of partsOf(row, 'tc')) {
      const cellProperties = childElement(cell, w, 'tcPr');
      if (childElement(cellProperties, w, 'cellDel') !== undefined) continue;
      const span = Math.max(1, countOf(childElement(cellProperties, w, 'gridSpan'), 1));
      const vMerge = childElement(cellProperties, w, 'vMerge');
      const hMerge = childElement(cellProperties, w, 'hMerge');
      const continued =
        (vMerge !== undefined && attributeValue(vMerge, 'val', w) !== 'restart') ||
        (hMerge !== undefined && attributeValue(hMerge, 'val', w) !== 'restart');
      texts.push(continued ? '' : cellText(cell), ...Array<string>(span - 1).fill(''));
      if (texts.length > docxTableLimits.maxColumns) return 'too large';
    }
    texts.push(...Array<string>(countOf(childElement(properties, w, 'gridAfter'), 0)).fill(''));
    width = Math.max(width, texts.length);
    cells += width;
    if (width > docxTableLimits.maxColumns || cells > docxTableLimits.maxCells) return 'too large';
    rows.push(texts);
  }
  return rows.map((texts) => [...texts, ...Array<string>(width - texts.length).fill('')]);
}

/** A paragraph title waiting for the table after it. */
interface PendingTitle {
  readonly text: string;
  /** Indexes into the prose lines of the paragraphs the title was read from. */
  readonly lines: readonly number[];
  readonly joinedYear: boolean;
}

/** A table as a grid in the filled form, with its title (a paragraph above, or its first row). */
function tableGrid(
  texts: readonly (readonly string[])[],
  table: number,
  pending: PendingTitle | undefined,
): CellGrid | undefined {
  const rows: GridRow[] = [];
  texts.forEach((row, index) => {
    if (row.every((text) => text === '')) return;
    const cells: GridCell[] = row.map((text, column) =>
      Object.freeze({
        text,
        location: Object.freeze({ kind: 'table', table, row: index + 1, column: column + 1 }),
      }),
    );
    rows.push(Object.freeze({ cells: Object.freeze(cells) }));
  });
  const repairs: Repair[] = [];
  let title: GridCell | undefined;
  const aboveTable = { kind: 'table', table, row: 0, column: 1 } as const;
  if (pending !== undefined) {
    title = { text: pending.text, location: aboveTable };
    if (pending.joinedYear) repairs.push(officeRepair('title_joined', aboveTable));
  } else {
    const filled = rows[0]?.cells.filter((cell) => cell.text !== '') ?? [];
    const [only] = filled;
    if (filled.length === 1 && only !== undefined && isTitleLine(only.text)) {
      title = only;
      rows.shift();
    }
  }
  if (rows.length === 0) return undefined;
  return Object.freeze({
    layout: 'docx',
    ...(title === undefined ? {} : { title: Object.freeze(title) }),
    rows: Object.freeze(rows),
    repairs: Object.freeze(repairs),
  });
}

/**
 * Reads a Word document (.docx, already unzipped by {@link openZip}) into its prose and tables.
 * The main part is found through `_rels/.rels` (else `word/document.xml`). Body paragraphs
 * outside tables are the text, one per line (empty ones left out); each top-level table is one
 * grid in the filled form (`layout: 'docx'`): a cell spanning columns (`w:gridSpan`) is its text
 * then empty cells, a vertical-merge continuation and `w:gridBefore`/`w:gridAfter` are empty
 * cells, every row has every grid column, rows with no text are left out, and a cell's
 * paragraphs and nested tables are joined into its text ({@link joinCellTexts}). The last
 * paragraph since the previous table that reads as a title (`…自评表（2024年度）`, a year on the
 * next paragraph joined to it) is the grid's title and stays out of the text (its location is
 * the table's row 0); else a first row holding only a title is. Locations are `table` cells,
 * 1-based, columns counted on the grid. Headers, footers, notes, comments and text boxes are not
 * read.
 *
 * @param parts - the package's parts by name
 * @returns the document's text and grids, or `missing_part` / `invalid_xml` / `table_too_large`
 *
 * @example
 * const parts = openZip(bytes, unzipSync);
 * const source = parts.ok ? readDocx(parts.value) : parts;
 * if (source.ok) source.value.grids[0]?.rows[0]?.cells[0]?.text; // → "项目名称"
 */
export function readDocx(parts: ReadonlyMap<string, Uint8Array>): Result<DocumentSource> {
  const given: unknown = parts;
  if (!(given instanceof Map)) return failure([notParts()]);
  const packageParts = new PackageParts(parts);
  const main = mainPart(packageParts, 'word/document.xml');
  if (!main.ok) return main;
  const document = packageParts.xml(main.value);
  if (!document.ok) return document;
  const body = isElement(document.value, w, 'document')
    ? childElement(document.value, w, 'body')
    : undefined;
  if (body === undefined)
    return failure([
      createIssue('missing_part', [main.value], {
        zh: `部件「${main.value}」不是 Word 文档正文（没有 w:document / w:body）`,
        en: `The part "${main.value}" is not a Word document body (no w:document / w:body)`,
      }),
    ]);
  const lines: (string | undefined)[] = [];
  const grids: CellGrid[] = [];
  let pending: PendingTitle | undefined;
  let tables = 0;
  for (const block of blocksOf(body)) {
    if (isElement(block, w, 'p')) {
      const text = paragraphText(block).trim();
      if (text === '') continue;
      if (isTitleLine(text)) pending = { text, lines: [lines.length], joinedYear: false };
      else if (
        pending?.lines.at(-1) === lines.length - 1 &&
        !pending.joinedYear &&
        isTitleYear(pending.text, text)
      )
        pending = {
          text: `${pending.text}${text}`,
          lines: [...pending.lines, lines.length],
          joinedYear: true,
        };
      lines.push(text);
      continue;
    }
    tables += 1;
    const texts = tableTexts(block);
    if (texts === 'too large') return failure([tooLarge(tables)]);
    const grid = tableGrid(texts, tables, pending);
    if (grid !== undefined) {
      grids.push(grid);
      for (const line of pending?.lines ?? []) lines[line] = undefined;
    }
    pending = undefined;
  }
  const text = lines.filter((line): line is string => line !== undefined).join('\n');
  return success(Object.freeze({ format: 'docx', text, grids: Object.freeze(grids) }));
}

/** The issue for a table past {@link docxTableLimits}. */
function tooLarge(table: number): ReturnType<typeof createIssue> {
  return createIssue('table_too_large', ['word/document.xml', 'table', table], {
    zh: `第 ${table} 个表格超过 ${docxTableLimits.maxColumns} 列或 ${docxTableLimits.maxCells} 个单元格，不予读取`,
    en: `Table ${table} has more than ${docxTableLimits.maxColumns} columns or ${docxTableLimits.maxCells} cells; it is not read`,
  });
}

/** The issue for an argument that is not the parts map {@link openZip} returns. */
export function notParts(): ReturnType<typeof createIssue> {
  return createIssue('missing_part', [], {
    zh: '应为文件的部件（openZip 返回的 Map）',
    en: "Expected the file's parts (the Map openZip returns)",
  });
}
