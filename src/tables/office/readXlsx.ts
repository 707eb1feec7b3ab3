import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import { failure, success, type Result } from '../../issues/Result.js';
import { visibleText } from '../../issues/visibleText.js';
import type { CellGrid, CellLocation, GridCell, GridRow, Repair } from '../CellGrid.js';
import type { DocumentSource } from '../DocumentSource.js';
import { displayNumber, isOverlongNumber, NumberFormats } from './displayNumber.js';
import { joinCellTexts } from './joinCellTexts.js';
import { officeRepair } from './officeRepairs.js';
import {
  attributeValue,
  childElement,
  childElements,
  isElement,
  ooxmlNamespaces,
} from './ooxmlNames.js';
import { mainPart, PackageParts, resolvePart } from './packageParts.js';
import type { XmlElement } from './parseXml.js';
import { notParts } from './readDocx.js';
import { isTitleLine, isTitleYear } from './tableTitle.js';
import { isNumberText } from '../text/cellKinds.js';

const s = ooxmlNamespaces.sheet;
const r = ooxmlNamespaces.relationships;

/** Most cells (rows × columns of the used range) a sheet's grids may have, and merge work. */
export const xlsxSheetLimits = Object.freeze({ maxCells: 2_000_000, maxMergeSteps: 10_000_000 });

/** A sheet of the workbook, in the order it is read. */
interface SheetEntry {
  readonly name: string;
  readonly part: string;
  readonly hidden: boolean;
}

/** What every sheet's cells are read with: shared strings and number formats. */
interface WorkbookStyles {
  readonly strings: readonly string[] | undefined;
  readonly formatIds: readonly number[];
  /** The workbook's number formats, each read once for all its cells. */
  readonly formats: NumberFormats;
  readonly date1904: boolean;
}

/** A cell as read: its text and its 1-based row and column. */
interface SheetCell {
  text: string;
  readonly row: number;
  readonly column: number;
}

/** A cell reference's letters as a 1-based column (`C` → 3), or undefined past XFD. */
function columnNumber(letters: string): number | undefined {
  if (letters.length === 0 || letters.length > 3) return undefined;
  let column = 0;
  for (const char of letters) column = column * 26 + (char.charCodeAt(0) - 64);
  return column >= 1 && column <= 16_384 ? column : undefined;
}

/** A 1-based column as letters (3 → `C`). */
function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A cell reference (`C7`, `$C$7`) as row and column, or undefined. */
function parseReference(reference: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(reference.trim());
  if (match === null) return undefined;
  const column = columnNumber((match[1] ?? '').toUpperCase());
  const row = Number(match[2]);
  return column === undefined || row < 1 || row > 1_048_576 ? undefined : { row, column };
}

/** Text elements' content (`<t>`), with Excel's `_xHHHH_` escapes of control characters decoded. */
function textOf(element: XmlElement | undefined): string {
  const raw = (element?.children ?? []).filter((child) => typeof child === 'string').join('');
  return raw.replace(/_x([0-9A-Fa-f]{4})_/g, (_match, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** A rich text (`<si>`, `<is>`): its `<t>` and its runs' `<t>` joined, phonetic runs left out. */
function richText(element: XmlElement): string {
  let text = '';
  for (const child of element.children) {
    if (isElement(child, s, 't')) text += textOf(child);
    else if (isElement(child, s, 'r')) text += textOf(childElement(child, s, 't'));
  }
  return text;
}

/** A cell's text with its line breaks joined as a Word cell's paragraphs are. */
function cellLines(text: string): string {
  return text.includes('\n') || text.includes('\r')
    ? joinCellTexts(text.split(/\r\n|\r|\n/))
    : text.trim();
}

/** Reads the shared strings, number formats and date system. */
function readStyles(
  parts: PackageParts,
  workbook: XmlElement,
  related: (suffix: string, usual: string) => string | undefined,
): Result<WorkbookStyles> {
  const properties = childElement(workbook, s, 'workbookPr');
  const date1904 = ['1', 'true'].includes(attributeValue(properties, 'date1904') ?? '');
  let strings: string[] | undefined;
  const stringsPart = related('/sharedStrings', 'xl/sharedStrings.xml');
  if (stringsPart !== undefined) {
    const parsed = parts.xml(stringsPart);
    if (!parsed.ok) return parsed;
    strings = childElements(parsed.value, s, 'si').map(richText);
  }
  const formats = new Map<number, string>();
  const formatIds: number[] = [];
  const stylesPart = related('/styles', 'xl/styles.xml');
  if (stylesPart !== undefined) {
    const parsed = parts.xml(stylesPart);
    if (!parsed.ok) return parsed;
    for (const format of childElements(
      childElement(parsed.value, s, 'numFmts') ?? parsed.value,
      s,
      'numFmt',
    )) {
      const id = Number.parseInt(attributeValue(format, 'numFmtId') ?? '', 10);
      const code = attributeValue(format, 'formatCode');
      if (Number.isInteger(id) && code !== undefined) formats.set(id, code);
    }
    for (const xf of childElements(
      childElement(parsed.value, s, 'cellXfs') ?? parsed.value,
      s,
      'xf',
    ))
      formatIds.push(Number.parseInt(attributeValue(xf, 'numFmtId') ?? '0', 10) || 0);
  }
  return success({ strings, formatIds, formats: new NumberFormats(formats), date1904 });
}

/** The workbook's sheets (worksheets only), visible ones first, then hidden ones, each in order. */
function readSheets(
  workbook: XmlElement,
  targets: ReadonlyMap<string, { type: string; target: string }>,
): SheetEntry[] {
  const sheets: SheetEntry[] = [];
  for (const sheet of childElements(childElement(workbook, s, 'sheets') ?? workbook, s, 'sheet')) {
    const id = attributeValue(sheet, 'id', r) ?? '';
    const target = targets.get(id);
    if (!target?.type.endsWith('/worksheet')) continue;
    const state = attributeValue(sheet, 'state');
    sheets.push({
      name: attributeValue(sheet, 'name') ?? '',
      part: target.target,
      hidden: state === 'hidden' || state === 'veryHidden',
    });
  }
  return [...sheets.filter((sheet) => !sheet.hidden), ...sheets.filter((sheet) => sheet.hidden)];
}

/** Reads the cells of a worksheet: texts as the sheet shows them, merged areas blanked. */
class SheetReader {
  readonly rows = new Map<number, Map<number, SheetCell>>();
  readonly repairs: { readonly row: number; readonly repair: Repair }[] = [];

  constructor(
    private readonly sheet: SheetEntry,
    private readonly styles: WorkbookStyles,
  ) {}

  location(row: number, column: number): CellLocation {
    return Object.freeze({
      kind: 'sheet',
      sheet: this.sheet.name,
      cell: `${columnLetters(column)}${row}`,
    });
  }

  read(root: XmlElement): 'too large' | undefined {
    let rowNumber = 0;
    for (const row of childElements(childElement(root, s, 'sheetData') ?? root, s, 'row')) {
      const declared = Number.parseInt(attributeValue(row, 'r') ?? '', 10);
      rowNumber =
        Number.isInteger(declared) && declared > rowNumber && declared <= 1_048_576
          ? declared
          : rowNumber + 1;
      let column = 0;
      for (const cell of childElements(row, s, 'c')) {
        const reference = parseReference(attributeValue(cell, 'r') ?? '');
        column = reference?.row === rowNumber ? reference.column : column + 1;
        if (column > 16_384) break;
        const text = this.cellText(cell, rowNumber, column);
        if (text === '') continue;
        const cells = this.rows.get(rowNumber) ?? new Map<number, SheetCell>();
        this.rows.set(rowNumber, cells);
        cells.set(column, { text, row: rowNumber, column });
      }
    }
    return this.blankMerged(root);
  }

  /** A cell's displayed text, by its type (`s`, `str`, `inlineStr`, `b`, `e`, `d`, `n`). */
  private cellText(cell: XmlElement, row: number, column: number): string {
    const type = attributeValue(cell, 't') ?? 'n';
    const value = childElement(cell, s, 'v');
    const stored = value === undefined ? undefined : textOf(value);
    if (type === 'inlineStr') {
      const inline = childElement(cell, s, 'is');
      return inline === undefined ? '' : cellLines(richText(inline));
    }
    if (stored === undefined || stored.trim() === '') {
      if (childElement(cell, s, 'f') !== undefined)
        this.repairs.push({
          row,
          repair: officeRepair('formula_not_calculated', this.location(row, column)),
        });
      return '';
    }
    switch (type) {
      case 's': {
        const index = Number(stored.trim());
        const text =
          Number.isInteger(index) && index >= 0 ? this.styles.strings?.[index] : undefined;
        if (text === undefined) {
          this.repairs.push({
            row,
            repair: officeRepair('shared_string_missing', this.location(row, column)),
          });
          return '';
        }
        return cellLines(text);
      }
      case 'b':
        return stored.trim() === '1' ? 'TRUE' : stored.trim() === '0' ? 'FALSE' : stored.trim();
      case 'n': {
        if (isOverlongNumber(stored)) {
          this.repairs.push({
            row,
            repair: officeRepair('number_too_long', this.location(row, column)),
          });
          return cellLines(stored);
        }
        const style = Number.parseInt(attributeValue(cell, 's') ?? '0', 10);
        const formatId = this.styles.formatIds[Number.isInteger(style) ? style : 0] ?? 0;
        return displayNumber(stored, formatId, this.styles.formats, this.styles.date1904);
      }
      default:
        return cellLines(stored);
    }
  }

  /** Blanks the cells a merged area covers, keeping its top-left cell. */
  private blankMerged(root: XmlElement): 'too large' | undefined {
    const rowNumbers = [...this.rows.keys()].sort((a, b) => a - b);
    let steps = 0;
    for (const merge of childElements(
      childElement(root, s, 'mergeCells') ?? root,
      s,
      'mergeCell',
    )) {
      const [from, to] = (attributeValue(merge, 'ref') ?? '').split(':');
      const start = parseReference(from ?? '');
      const end = parseReference(to ?? from ?? '');
      if (start === undefined || end === undefined) continue;
      for (const rowNumber of rowNumbers) {
        if (rowNumber < start.row || rowNumber > end.row) continue;
        for (const cell of this.rows.get(rowNumber)?.values() ?? []) {
          steps += 1;
          if (steps > xlsxSheetLimits.maxMergeSteps) return 'too large';
          const covered = cell.column >= start.column && cell.column <= end.column;
          if (covered && (cell.row !== start.row || cell.column !== start.column)) cell.text = '';
        }
      }
    }
    return undefined;
  }
}

/** Rows of a sheet as lists of cells (empty cells left out), fully empty rows left out. */
function filledRows(reader: SheetReader): SheetCell[][] {
  return [...reader.rows.keys()]
    .sort((a, b) => a - b)
    .map((row) =>
      [...(reader.rows.get(row)?.values() ?? [])]
        .filter((cell) => cell.text !== '')
        .sort((a, b) => a.column - b.column),
    )
    .filter((cells) => cells.length > 0);
}

/** The first and last column that rows fill (without spreading them into arguments). */
function columnRange(rows: readonly (readonly SheetCell[])[]): readonly [number, number] {
  let left = Infinity;
  let right = 0;
  for (const cells of rows)
    for (const cell of cells) {
      left = Math.min(left, cell.column);
      right = Math.max(right, cell.column);
    }
  return [left, right];
}

/** A stretch of a sheet from one title to the next. */
interface Segment {
  title?: GridCell;
  titleJoined?: CellLocation;
  readonly rows: SheetCell[][];
}

/** Splits a sheet's rows at every title row (one cell, read as a title); a year row joins it. */
function segmentsOf(rows: readonly SheetCell[][], reader: SheetReader): Segment[] {
  const segments: Segment[] = [{ rows: [] }];
  for (const cells of rows) {
    const [only] = cells;
    const current = segments.at(-1) ?? { rows: [] };
    if (cells.length === 1 && only !== undefined && isTitleLine(only.text)) {
      segments.push({
        title: { text: only.text, location: reader.location(only.row, only.column) },
        rows: [],
      });
    } else if (
      cells.length === 1 &&
      only !== undefined &&
      current.title !== undefined &&
      current.rows.length === 0 &&
      current.titleJoined === undefined &&
      isTitleYear(current.title.text, only.text)
    ) {
      current.title = {
        text: `${current.title.text}${only.text}`,
        location: current.title.location,
      };
      current.titleJoined = reader.location(only.row, only.column);
    } else current.rows.push(cells);
  }
  return segments;
}

/** The index of the first entry whose row is at least `row`, in a list sorted by row. */
function firstAtOrAfter(list: readonly { readonly row: number }[], row: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle]?.row ?? row) < row) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A segment's grid (its table rows, filled to the used columns) and its prose lines. */
function segmentGrid(
  segment: Segment,
  reader: SheetReader,
  hidden: boolean,
  repairsByRow: readonly { readonly row: number; readonly repair: Repair }[],
): { grid?: CellGrid; lines: string[] } {
  const multi = segment.rows.map((cells) => cells.length > 1 || isNumberText(cells[0]?.text ?? ''));
  const first = multi.indexOf(true);
  const last = multi.lastIndexOf(true);
  const lines = (from: number, to: number): string[] =>
    segment.rows.slice(from, to).map((cells) => cells.map((cell) => cell.text).join(' '));
  if (first < 0)
    return {
      lines: [
        ...(segment.title === undefined ? [] : [segment.title.text]),
        ...lines(0, segment.rows.length),
      ],
    };
  const tableRows = segment.rows.slice(first, last + 1);
  const [left, right] = columnRange(tableRows);
  const rows: GridRow[] = tableRows.map((cells) => {
    const row = cells[0]?.row ?? 0;
    const byColumn = new Map(cells.map((cell) => [cell.column, cell.text]));
    const filled: GridCell[] = [];
    for (let column = left; column <= right; column += 1)
      filled.push(
        Object.freeze({ text: byColumn.get(column) ?? '', location: reader.location(row, column) }),
      );
    return Object.freeze({ cells: Object.freeze(filled) });
  });
  const top = tableRows[0]?.[0]?.row ?? 0;
  const bottom = tableRows.at(-1)?.[0]?.row ?? 0;
  const repairs: Repair[] = [
    ...(hidden ? [officeRepair('hidden_sheet', reader.location(top, left))] : []),
    ...(segment.titleJoined === undefined
      ? []
      : [officeRepair('title_joined', segment.titleJoined)]),
    ...repairsByRow
      .slice(firstAtOrAfter(repairsByRow, top), firstAtOrAfter(repairsByRow, bottom + 1))
      .map((each) => each.repair),
  ];
  const grid: CellGrid = Object.freeze({
    layout: 'xlsx',
    ...(segment.title === undefined ? {} : { title: Object.freeze(segment.title) }),
    rows: Object.freeze(rows),
    repairs: Object.freeze(repairs),
  });
  return { grid, lines: [...lines(0, first), ...lines(last + 1, segment.rows.length)] };
}

/** The issue for a sheet past {@link xlsxSheetLimits}. */
function tooLarge(sheet: SheetEntry): Issue {
  return createIssue('table_too_large', [sheet.part], {
    zh: `工作表「${visibleText(sheet.name)}」超过 ${xlsxSheetLimits.maxCells} 个单元格（或合并区域过多），不予读取`,
    en: `The sheet "${visibleText(sheet.name)}" has more than ${xlsxSheetLimits.maxCells} cells (or too many merged areas); it is not read`,
  });
}

/**
 * Reads an Excel workbook (.xlsx, already unzipped by {@link openZip}) into grids and text. The
 * sheets come from `xl/workbook.xml` and its relationships, visible sheets first, then hidden
 * ones (each hidden sheet's grids carry a `hidden_sheet` repair). Each cell shows as the sheet
 * displays it ({@link displayNumber}: `0.00%` formats, fixed decimals, General to 15 digits);
 * shared strings join their runs and leave out phonetic runs; booleans read TRUE/FALSE, error
 * values as written (`#DIV/0!`); a formula cell shows its cached value, and one without a cached
 * value is an empty cell with a `formula_not_calculated` repair; a shared-string index out of
 * range is an empty cell with a `shared_string_missing` repair; a number cell whose `<v>` is longer
 * than a stored number can be (64 characters) is its text as written, with a `number_too_long`
 * repair. A merged area is its value in
 * the top-left cell and empty cells under it. A sheet becomes one grid per table on it (`layout:
 * 'xlsx'`; a new table starts at every row holding only a title, which becomes the grid's
 * title, with a year row under it joined): its rows are the rows from the first to the last that
 * has two or more filled cells (or a number), fully empty rows left out, every column of the used range
 * present (leading and trailing empty columns trimmed). Rows of a single filled cell that is not a number before and
 * after that stretch (notes, the paragraphs around a table, a 评价结论 sentence) are the
 * document's text, one per line. A sheet with nothing in it gives no grid. Locations are
 * `sheet` cells (`{ sheet: '自评表', cell: 'C7' }`).
 *
 * @param parts - the package's parts by name
 * @returns the workbook's text and grids, or `missing_part` / `invalid_xml` / `table_too_large`
 *
 * @example
 * const parts = openZip(bytes, unzipSync);
 * const source = parts.ok ? readXlsx(parts.value) : parts;
 * if (source.ok) source.value.grids[0]?.title?.text; // → "项目支出绩效自评表（2024年度）"
 */
export function readXlsx(parts: ReadonlyMap<string, Uint8Array>): Result<DocumentSource> {
  const given: unknown = parts;
  if (!(given instanceof Map)) return failure([notParts()]);
  const packageParts = new PackageParts(parts);
  const main = mainPart(packageParts, 'xl/workbook.xml');
  if (!main.ok) return main;
  const workbook = packageParts.xml(main.value);
  if (!workbook.ok) return workbook;
  if (!isElement(workbook.value, s, 'workbook'))
    return failure([
      createIssue('missing_part', [main.value], {
        zh: `部件「${main.value}」不是 Excel 工作簿（没有 workbook 元素）`,
        en: `The part "${main.value}" is not an Excel workbook (no workbook element)`,
      }),
    ]);
  const relationships = packageParts.relationships(main.value);
  if (!relationships.ok) return relationships;
  const targets = new Map(relationships.value.map((each) => [each.id, each]));
  const related = (suffix: string, usual: string): string | undefined => {
    const found = relationships.value.find((each) => each.type.endsWith(suffix))?.target;
    const part = found ?? resolvePart('', usual);
    return packageParts.has(part) ? part : undefined;
  };
  const styles = readStyles(packageParts, workbook.value, related);
  if (!styles.ok) return styles;
  const sheets = readSheets(workbook.value, targets);
  const grids: CellGrid[] = [];
  const lines: string[] = [];
  for (const sheet of sheets) {
    const root = packageParts.xml(sheet.part);
    if (!root.ok) return root;
    const reader = new SheetReader(sheet, styles.value);
    if (reader.read(root.value) === 'too large') return failure([tooLarge(sheet)]);
    const rows = filledRows(reader);
    const [left, right] = columnRange(rows);
    const width = rows.length === 0 ? 0 : right - left + 1;
    if (rows.length * width > xlsxSheetLimits.maxCells) return failure([tooLarge(sheet)]);
    // The repairs by row once, so each segment takes its own by two binary searches.
    const byRow = [...reader.repairs].sort((one, other) => one.row - other.row);
    for (const segment of segmentsOf(rows, reader)) {
      const read = segmentGrid(segment, reader, sheet.hidden, byRow);
      if (read.grid !== undefined) grids.push(read.grid);
      lines.push(...read.lines);
    }
  }
  return success(
    Object.freeze({ format: 'xlsx', text: lines.join('\n'), grids: Object.freeze(grids) }),
  );
}
