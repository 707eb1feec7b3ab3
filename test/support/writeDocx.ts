// Writes a DocumentContent as a minimal but valid .docx (WordprocessingML): the title and the
// paragraphs before the table as body paragraphs, the table with w:tblGrid, w:gridSpan and
// w:vMerge (restart and continuation cells), the paragraphs after it. A cell's text may hold
// line breaks: each line is a paragraph of the cell.
import type { DocumentContent } from '../fixtures/documents/projectDocument.js';
import { escapeXml, placeTable, zipParts, type GridSlot } from './zipParts.js';

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const relationshipsNamespace =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const packageRelationships = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A paragraph of one run (an empty paragraph for empty text). */
export const paragraphXml = (text: string): string =>
  text === ''
    ? '<w:p/>'
    : `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

/** A table cell: its properties (width span, vertical merge) and its paragraphs. */
function cellXml(slot: GridSlot): string {
  const cell = slot.kind === 'start' ? slot.cell : slot.by;
  const colSpan = cell.colSpan ?? 1;
  const rowSpan = cell.rowSpan ?? 1;
  const properties = [
    colSpan > 1 ? `<w:gridSpan w:val="${colSpan}"/>` : '',
    rowSpan > 1 ? (slot.kind === 'start' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '',
  ].join('');
  const body = slot.kind === 'start' ? cell.text.split('\n').map(paragraphXml).join('') : '<w:p/>';
  return `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>${properties}</w:tcPr>${body}</w:tc>`;
}

/** The table: its grid, then each row's cells (a cell merged across is written once). */
export function tableXml(table: DocumentContent['table']): string {
  const placed = placeTable(table);
  const grid = '<w:gridCol w:w="1200"/>'.repeat(placed.width);
  const rows = placed.rows.map((slots) => {
    const cells = slots
      .filter((slot) => slot.kind === 'start' || slot.column === slot.fromColumn)
      .map(cellXml)
      .join('');
    return `<w:tr>${cells}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** A document.xml around body content (paragraphs and tables as XML). */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${wordNamespace}" xmlns:r="${relationshipsNamespace}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

/** Zips a document.xml into a .docx package, with extra parts if given. */
export function docxPackage(
  document: string,
  extra: Readonly<Record<string, string>> = {},
): Uint8Array {
  return zipParts({
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': packageRelationships,
    'word/document.xml': document,
    ...extra,
  });
}

/**
 * The document as .docx bytes.
 *
 * @param content - title, paragraphs before, the table, paragraphs after
 * @returns the file's bytes
 */
export function writeDocx(content: DocumentContent): Uint8Array {
  const body = [
    paragraphXml(content.title),
    ...content.before.map(paragraphXml),
    tableXml(content.table),
    ...content.after.map(paragraphXml),
  ].join('');
  return docxPackage(documentXml(body));
}
