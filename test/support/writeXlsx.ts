// Writes a DocumentContent as a minimal but valid .xlsx (SpreadsheetML), as Excel would store
// it: one sheet; the title as the first row merged across the table's width, the paragraphs
// before and after as rows merged across; numbers stored as numbers with the format that shows
// them as written (`500.00` as 500 with 0.00, `96.00%` as 0.96 with 0.00%, `88%` as 0.88 with
// 0%, `9.6` as General), other text as shared strings, merged cells as mergeCells.
import { JixiaoDecimal } from '../../src/decimal/JixiaoDecimal.js';
import type { DocumentContent } from '../fixtures/documents/projectDocument.js';
import { escapeXml, placeTable, zipParts } from './zipParts.js';

const sheetNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationshipsNamespace =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const relationshipType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The style indexes of styles.xml's cellXfs: General, 0.00, 0.00%, 0%. */
const styles = { general: 0, twoPlaces: 1, percentTwoPlaces: 2, percent: 3 } as const;

const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${sheetNamespace}"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.00"/><numFmt numFmtId="165" formatCode="0.00%"/></numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A cell's column letters from its 0-based index (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** How a cell's text is stored: a number with a style, or a shared string. */
function storedValue(
  text: string,
): { readonly number: string; readonly style: number } | undefined {
  const percent = /^(\d+(?:\.(\d+))?)%$/.exec(text);
  if (percent !== null) {
    const places = percent[2]?.length ?? 0;
    if (places !== 0 && places !== 2) return undefined;
    const value = new JixiaoDecimal(percent[1] ?? '0').dividedBy(100);
    return {
      number: String(Number(value.toString())),
      style: places === 2 ? styles.percentTwoPlaces : styles.percent,
    };
  }
  const plain = /^\d+(?:\.(\d+))?$/.exec(text);
  if (plain === null) return undefined;
  const places = plain[1]?.length ?? 0;
  return {
    number: String(Number(text)),
    style: places === 2 ? styles.twoPlaces : styles.general,
  };
}

/** One sheet row as drafted: its cells by 0-based column (text, or '' for a covered cell). */
interface DraftRow {
  readonly cells: readonly { readonly column: number; readonly text: string }[];
}

/** Writes the rows, shared strings and merges of a sheet. */
class SheetWriter {
  readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  readonly merges: string[] = [];
  readonly rows: DraftRow[] = [];

  /** A row with one cell merged across `width` columns. */
  addSentence(text: string, width: number): void {
    const row = this.rows.length;
    this.rows.push({ cells: [{ column: 0, text }] });
    if (width > 1) this.merges.push(`A${row + 1}:${columnLetters(width - 1)}${row + 1}`);
  }

  addTable(table: DocumentContent['table']): void {
    const placed = placeTable(table);
    const first = this.rows.length;
    placed.rows.forEach((slots, rowIndex) => {
      this.rows.push({
        cells: slots.map((slot) => ({
          column: slot.column,
          text: slot.kind === 'start' ? slot.cell.text : '',
        })),
      });
      for (const slot of slots) {
        if (slot.kind !== 'start') continue;
        const rowSpan = slot.cell.rowSpan ?? 1;
        const colSpan = slot.cell.colSpan ?? 1;
        if (rowSpan === 1 && colSpan === 1) continue;
        const top = first + rowIndex + 1;
        this.merges.push(
          `${columnLetters(slot.column)}${top}:${columnLetters(slot.column + colSpan - 1)}${top + rowSpan - 1}`,
        );
      }
    });
  }

  private shared(text: string): number {
    const known = this.stringIndex.get(text);
    if (known !== undefined) return known;
    this.strings.push(text);
    this.stringIndex.set(text, this.strings.length - 1);
    return this.strings.length - 1;
  }

  private cellXml(reference: string, text: string): string {
    if (text === '') return `<c r="${reference}"/>`;
    const stored = storedValue(text);
    if (stored !== undefined)
      return `<c r="${reference}"${stored.style === 0 ? '' : ` s="${stored.style}"`}><v>${stored.number}</v></c>`;
    return `<c r="${reference}" t="s"><v>${this.shared(text)}</v></c>`;
  }

  sheetXml(width: number): string {
    const rows = this.rows.map((row, index) => {
      const cells = row.cells
        .map((cell) => this.cellXml(`${columnLetters(cell.column)}${index + 1}`, cell.text))
        .join('');
      return `<row r="${index + 1}">${cells}</row>`;
    });
    const merges =
      this.merges.length === 0
        ? ''
        : `<mergeCells count="${this.merges.length}">${this.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`;
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${sheetNamespace}" xmlns:r="${relationshipsNamespace}"><dimension ref="A1:${columnLetters(width - 1)}${this.rows.length}"/><sheetData>${rows.join('')}</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  }

  sharedStringsXml(): string {
    const items = this.strings.map(
      (text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`,
    );
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="${sheetNamespace}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
  }
}

/** The parts of a one-sheet workbook around a sheet's XML and its shared strings. */
export function xlsxParts(
  sheetXml: string,
  sharedStringsXml: string,
  sheetName = '自评表',
): Record<string, string> {
  return {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationshipType}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${sheetNamespace}" xmlns:r="${relationshipsNamespace}"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationshipType}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${relationshipType}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${relationshipType}/styles" Target="styles.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheetXml,
    'xl/sharedStrings.xml': sharedStringsXml,
    'xl/styles.xml': stylesXml,
  };
}

/** Zips workbook parts into .xlsx bytes. */
export const xlsxPackage = (parts: Readonly<Record<string, string>>): Uint8Array => zipParts(parts);

/**
 * The document as .xlsx bytes: one sheet, 自评表.
 *
 * @param content - title, paragraphs before, the table, paragraphs after
 * @returns the file's bytes
 */
export function writeXlsx(content: DocumentContent): Uint8Array {
  const width = placeTable(content.table).width;
  const sheet = new SheetWriter();
  sheet.addSentence(content.title, width);
  for (const text of content.before) sheet.addSentence(text, width);
  sheet.addTable(content.table);
  for (const text of content.after) sheet.addSentence(text, width);
  return zipParts(xlsxParts(sheet.sheetXml(width), sheet.sharedStringsXml()));
}
