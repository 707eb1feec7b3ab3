import { graphemes } from '../graphemes.js';
import { xmlText } from '../office/xmlText.js';
import { cellReference } from './cellReference.js';
import type { CellStyle, WorkbookModel, WorkbookSheet } from './WorkbookModel.js';

/**
 * What the writer needs of fflate: `zipSync`, given the files and the entries' fixed time.
 *
 * @example
 * const zipper: WorkbookZipper = await import('fflate');
 */
export interface WorkbookZipper {
  /** Zips the files (path → bytes) at compression level 6 with every entry dated `mtime`. */
  readonly zipSync: (
    files: Record<string, Uint8Array>,
    options: { readonly level: 6; readonly mtime: Date },
  ) => Uint8Array;
}

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationships = 'http://schemas.openxmlformats.org/package/2006/relationships';
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Every entry's time: 2000-01-01 00:00 as the zip's local time fields read it, so that the same
 * model gives the same bytes on every machine (fflate writes the local time of the date given).
 */
const entryTime = (): Date => new Date(2000, 0, 1, 0, 0, 0);

/** The styles of a workbook: each distinct cell style once, and the number formats they name. */
class StyleTable {
  private readonly keys = new Map<string, number>();
  private readonly styles: CellStyle[] = [{}];
  private readonly formats = new Map<string, number>();

  constructor() {
    this.keys.set(JSON.stringify({}), 0);
  }

  /** The index of a style in cellXfs. */
  index(style: CellStyle | undefined): number {
    if (style === undefined) return 0;
    const key = JSON.stringify([
      style.bold ?? false,
      style.border ?? false,
      style.wrap ?? false,
      style.horizontal ?? '',
      style.numberFormat ?? '',
      style.size ?? 0,
    ]);
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    this.keys.set(key, this.styles.length);
    this.styles.push(style);
    if (style.numberFormat !== undefined && !this.formats.has(style.numberFormat))
      this.formats.set(style.numberFormat, 164 + this.formats.size);
    return this.styles.length - 1;
  }

  /** styles.xml. */
  xml(): string {
    const fonts: string[] = [];
    const fontIndex = new Map<string, number>();
    const fontOf = (style: CellStyle): number => {
      const key = `${String(style.bold ?? false)}/${String(style.size ?? 11)}`;
      const known = fontIndex.get(key);
      if (known !== undefined) return known;
      fontIndex.set(key, fonts.length);
      fonts.push(
        `<font>${style.bold === true ? '<b/>' : ''}<sz val="${String(style.size ?? 11)}"/><name val="宋体"/><family val="3"/><charset val="134"/></font>`,
      );
      return fonts.length - 1;
    };
    const xfs = this.styles.map((style) => {
      const format =
        style.numberFormat === undefined ? 0 : (this.formats.get(style.numberFormat) ?? 0);
      const font = fontOf(style);
      const border = style.border === true ? 1 : 0;
      const alignment =
        style.wrap === true || style.horizontal !== undefined
          ? `<alignment${style.horizontal === undefined ? '' : ` horizontal="${style.horizontal}"`} vertical="center"${style.wrap === true ? ' wrapText="1"' : ''}/>`
          : '<alignment vertical="center"/>';
      return (
        `<xf numFmtId="${String(format)}" fontId="${String(font)}" fillId="0" borderId="${String(border)}" xfId="0"` +
        `${format === 0 ? '' : ' applyNumberFormat="1"'}${font === 0 ? '' : ' applyFont="1"'}` +
        `${border === 0 ? '' : ' applyBorder="1"'} applyAlignment="1">${alignment}</xf>`
      );
    });
    const numFmts = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${String(id)}" formatCode="${xmlText(code)}"/>`,
    );
    const thin = (side: string): string => `<${side} style="thin"><color auto="1"/></${side}>`;
    return (
      `${declaration}<styleSheet xmlns="${main}">` +
      (numFmts.length === 0
        ? ''
        : `<numFmts count="${String(numFmts.length)}">${numFmts.join('')}</numFmts>`) +
      `<fonts count="${String(fonts.length)}">${fonts.join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin('left')}${thin('right')}${thin('top')}${thin('bottom')}<diagonal/></border></borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${String(xfs.length)}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

/** The workbook's shared strings, each stored once in order of first use. */
class SharedStrings {
  readonly texts: string[] = [];
  private readonly indexes = new Map<string, number>();
  uses = 0;

  index(text: string): number {
    this.uses += 1;
    const known = this.indexes.get(text);
    if (known !== undefined) return known;
    this.indexes.set(text, this.texts.length);
    this.texts.push(text);
    return this.texts.length - 1;
  }

  xml(): string {
    const items = this.texts.map((text) => {
      const space = /^\s|\s$|\n/u.test(text) ? ' xml:space="preserve"' : '';
      return `<si><t${space}>${xmlText(text)}</t></si>`;
    });
    return `${declaration}<sst xmlns="${main}" count="${String(this.uses)}" uniqueCount="${String(this.texts.length)}">${items.join('')}</sst>`;
  }
}

/** One worksheet's XML. */
function sheetXml(sheet: WorkbookSheet, styles: StyleTable, strings: SharedStrings): string {
  const width = Math.max(1, sheet.columnWidths.length, ...sheet.rows.map((row) => row.length));
  const rows = sheet.rows.map((cells, rowIndex) => {
    const written = cells.map((cell, column) => {
      if (cell === undefined) return '';
      const reference = cellReference(rowIndex, column);
      const style = styles.index(cell.style);
      const styled = style === 0 ? '' : ` s="${String(style)}"`;
      if (cell.formula !== undefined) {
        const type = cell.type === 'text' ? ' t="str"' : '';
        return `<c r="${reference}"${styled}${type}><f>${xmlText(cell.formula)}</f><v>${xmlText(cell.value)}</v></c>`;
      }
      if (cell.type === 'number')
        return `<c r="${reference}"${styled}><v>${xmlText(cell.value)}</v></c>`;
      if (cell.value === '') return `<c r="${reference}"${styled}/>`;
      return `<c r="${reference}"${styled} t="s"><v>${String(strings.index(cell.value))}</v></c>`;
    });
    return `<row r="${String(rowIndex + 1)}">${written.join('')}</row>`;
  });
  const last = cellReference(Math.max(0, sheet.rows.length - 1), width - 1);
  const cols = sheet.columnWidths.map(
    (each, index) =>
      `<col min="${String(index + 1)}" max="${String(index + 1)}" width="${String(each)}" customWidth="1"/>`,
  );
  const merges = sheet.merges.map((range) => `<mergeCell ref="${range}"/>`);
  return (
    `${declaration}<worksheet xmlns="${main}" xmlns:r="${relationships}">` +
    `<dimension ref="A1:${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length === 0 ? '' : `<cols>${cols.join('')}</cols>`) +
    `<sheetData>${rows.join('')}</sheetData>` +
    (merges.length === 0
      ? ''
      : `<mergeCells count="${String(merges.length)}">${merges.join('')}</mergeCells>`) +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape"/>' +
    '</worksheet>'
  );
}

/** A sheet name Excel accepts: without `[]:*?/\`, at most 31 characters, unique in the book. */
function sheetNames(sheets: readonly WorkbookSheet[]): string[] {
  const used = new Set<string>();
  return sheets.map((sheet, index) => {
    const cleaned = [...graphemes(sheet.name.replace(/[[\]:*?/\\]/gu, ' ').trim())];
    let name = cleaned.slice(0, 31).join('') || `Sheet${String(index + 1)}`;
    for (let copy = 2; used.has(name.toLowerCase()); copy += 1) {
      const suffix = ` (${String(copy)})`;
      name = cleaned.slice(0, 31 - suffix.length).join('') + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * Writes a workbook model as an Office Open XML workbook (.xlsx): workbook, one worksheet per
 * sheet with its merges and column widths, shared strings, the styles the cells use (borders,
 * bold, number formats), content types and relationships, zipped with a fixed entry time so
 * that the same model always gives the same bytes.
 *
 * @param model - the sheets
 * @param fflate - the zip writer (fflate, loaded by the caller)
 * @returns the .xlsx bytes
 *
 * @example
 * const bytes = writeWorkbook(
 *   { sheets: [{ name: '自评表', rows: [[{ type: 'number', value: '9.96' }]], merges: [], columnWidths: [10] }] },
 *   await import('fflate'),
 * );
 * bytes[0]; // → 0x50 ('P' of the zip signature)
 */
export function writeWorkbook(model: WorkbookModel, fflate: WorkbookZipper): Uint8Array {
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const sheets =
    model.sheets.length === 0
      ? [{ name: 'Sheet1', rows: [], merges: [], columnWidths: [] }]
      : model.sheets;
  const names = sheetNames(sheets);
  const sheetParts = sheets.map((sheet) => sheetXml(sheet, styles, strings));
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string): void => {
    files[name] = encoder.encode(text);
  };
  const sheetTypes = sheets.map(
    (_sheet, index) =>
      `<Override PartName="/xl/worksheets/sheet${String(index + 1)}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  put(
    '[Content_Types].xml',
    `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheetTypes.join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '</Types>',
  );
  put(
    '_rels/.rels',
    `${declaration}<Relationships xmlns="${packageRelationships}"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheetEntries = names.map(
    (name, index) =>
      `<sheet name="${xmlText(name)}" sheetId="${String(index + 1)}" r:id="rId${String(index + 1)}"/>`,
  );
  put(
    'xl/workbook.xml',
    `${declaration}<workbook xmlns="${main}" xmlns:r="${relationships}">` +
      '<bookViews><workbookView/></bookViews>' +
      `<sheets>${sheetEntries.join('')}</sheets><calcPr calcId="191029"/></workbook>`,
  );
  const sheetRelationships = sheets.map(
    (_sheet, index) =>
      `<Relationship Id="rId${String(index + 1)}" Type="${relationships}/worksheet" Target="worksheets/sheet${String(index + 1)}.xml"/>`,
  );
  const next = sheets.length + 1;
  put(
    'xl/_rels/workbook.xml.rels',
    `${declaration}<Relationships xmlns="${packageRelationships}">${sheetRelationships.join('')}` +
      `<Relationship Id="rId${String(next)}" Type="${relationships}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${String(next + 1)}" Type="${relationships}/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>',
  );
  sheetParts.forEach((xml, index) => {
    put(`xl/worksheets/sheet${String(index + 1)}.xml`, xml);
  });
  put('xl/styles.xml', styles.xml());
  put('xl/sharedStrings.xml', strings.xml());
  return fflate.zipSync(files, { level: 6, mtime: entryTime() });
}
