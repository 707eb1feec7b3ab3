import { xmlText } from '../office/xmlText.js';
import type { DocxBlock, DocxCell, DocxRun } from './DocxBlock.js';

/**
 * What the writer needs of fflate: `zipSync`, given by the caller who loaded it.
 *
 * @example
 * const zip: DocxZip = await import('fflate');
 */
export type DocxZip = Pick<typeof import('fflate'), 'zipSync'>;

/**
 * How fflate is imported for writing a Word file: the installed package by default.
 *
 * @example
 * const loader: DocxZipLoader = () => import('fflate');
 */
export type DocxZipLoader = () => Promise<DocxZip>;

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const relationshipNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationshipNamespace = 'http://schemas.openxmlformats.org/package/2006/relationships';
const relationshipType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Every entry's modification time: a fixed date, so that the same blocks give the same bytes.
 * fflate reads a date's local fields, so it is built from local fields too (any time zone).
 */
const fixedTime = new Date(2000, 0, 1, 0, 0, 0);

/** A4 portrait, 2.54 cm margins: the text is 9026 twips wide. */
const textWidth = 9026;

const contentTypes = `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

const packageRelationships = `${declaration}<Relationships xmlns="${packageRelationshipNamespace}"><Relationship Id="rId1" Type="${relationshipType}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${relationshipType}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const documentRelationships = `${declaration}<Relationships xmlns="${packageRelationshipNamespace}"><Relationship Id="rId1" Type="${relationshipType}/styles" Target="styles.xml"/></Relationships>`;

const core = `${declaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>jixiao</dc:creator></cp:coreProperties>`;

const app = `${declaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>jixiao</Application></Properties>`;

/** 宋体 for Chinese (SimSun by its English name where 宋体 is not known), Times New Roman else. */
const fonts =
  '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman" w:hint="eastAsia"/>';
const headingFonts =
  '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体" w:cs="Times New Roman" w:hint="eastAsia"/>';
const border = 'w:val="single" w:sz="4" w:space="0" w:color="auto"';

const styles = `${declaration}<w:styles xmlns:w="${wordNamespace}"><w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>${headingFonts}<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>${headingFonts}<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top ${border}/><w:left ${border}/><w:bottom ${border}/><w:right ${border}/><w:insideH ${border}/><w:insideV ${border}/></w:tblBorders></w:tblPr></w:style></w:styles>`;

/** A run's text as `w:t` pieces, its tabs as `w:tab` and its line breaks as `w:br`. */
function runXml(run: DocxRun, bold: boolean): string {
  if (run.text === '') return '';
  const properties = bold || run.bold === true ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '';
  const pieces = run.text.split(/(\r\n|\r|\n|\t)/u).map((piece) => {
    if (piece === '\t') return '<w:tab/>';
    if (piece === '\n' || piece === '\r' || piece === '\r\n') return '<w:br/>';
    return piece === '' ? '' : `<w:t xml:space="preserve">${xmlText(piece)}</w:t>`;
  });
  return `<w:r>${properties}${pieces.join('')}</w:r>`;
}

/** A paragraph of runs, with its properties (style, alignment) if any. */
function paragraphXml(runs: readonly DocxRun[], properties = '', bold = false): string {
  const body = runs.map((run) => runXml(run, bold)).join('');
  return `<w:p>${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}${body}</w:p>`;
}

/** A text's width in half-character units: two for a wide (CJK, full-width) character. */
function textUnits(runs: readonly DocxRun[]): number {
  let units = 0;
  for (const run of runs)
    for (const char of run.text) units += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return units;
}

/** A cell as placed on the table's grid: where it starts, or a row a cell above covers. */
interface PlacedCell {
  readonly cell: DocxCell;
  readonly column: number;
  readonly span: number;
  readonly continued: boolean;
}

/** Places each row's cells on the grid, after the columns that cells from above still cover. */
function placeRows(rows: readonly (readonly DocxCell[])[]): {
  readonly placed: readonly (readonly PlacedCell[])[];
  readonly width: number;
} {
  /** Grid column → the cell covering it and the last row it covers. */
  const covering = new Map<number, { readonly cell: DocxCell; readonly until: number }>();
  const placed: PlacedCell[][] = [];
  let width = 0;
  rows.forEach((cells, rowIndex) => {
    const row: PlacedCell[] = [];
    let column = 0;
    const skipCovered = (): void => {
      for (;;) {
        const above = covering.get(column);
        if (above === undefined || above.until < rowIndex) return;
        const span = Math.max(1, above.cell.colSpan ?? 1);
        row.push({ cell: above.cell, column, span, continued: true });
        column += span;
      }
    };
    for (const cell of cells) {
      skipCovered();
      const span = Math.max(1, cell.colSpan ?? 1);
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      row.push({ cell, column, span, continued: false });
      if (rowSpan > 1) covering.set(column, { cell, until: rowIndex + rowSpan - 1 });
      column += span;
    }
    skipCovered();
    width = Math.max(width, column);
    placed.push(row);
  });
  return { placed, width };
}

/** The grid's column widths in twips: each as wide as its widest single-column text, to fit. */
function columnWidths(placed: readonly (readonly PlacedCell[])[], width: number): number[] {
  const units = Array<number>(width).fill(4);
  for (const row of placed)
    for (const { cell, column, span, continued } of row)
      if (!continued && span === 1)
        units[column] = Math.max(units[column] ?? 0, Math.min(textUnits(cell.runs), 40) + 2);
  const sum = units.reduce((total, each) => total + each, 0);
  const widths = units.map((each) => Math.floor((each * textWidth) / sum));
  const rest = textWidth - widths.reduce((total, each) => total + each, 0);
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + rest;
  return widths;
}

/** A table: borders, a grid, a header row repeated on every page, merged cells. */
function tableXml(block: Extract<DocxBlock, { kind: 'table' }>): string {
  const { placed, width } = placeRows([block.header, ...block.rows]);
  if (width === 0) return '';
  const widths = columnWidths(placed, width);
  const rows = placed.map((row, rowIndex) => {
    const header = rowIndex === 0;
    const cells = row.map(({ cell, column, span, continued }) => {
      const cellWidth = widths
        .slice(column, column + span)
        .reduce((total, each) => total + each, 0);
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      const merge =
        rowSpan > 1 || continued ? `<w:vMerge${continued ? '' : ' w:val="restart"'}/>` : '';
      const properties = `<w:tcW w:w="${cellWidth}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${merge}<w:vAlign w:val="center"/>`;
      const justify = header ? 'center' : block.numeric?.[column] === true ? 'right' : 'left';
      const paragraph = paragraphXml(
        continued ? [] : cell.runs,
        `<w:pStyle w:val="TableText"/><w:jc w:val="${justify}"/>`,
        header,
      );
      return `<w:tc><w:tcPr>${properties}</w:tcPr>${paragraph}</w:tc>`;
    });
    const rowProperties = header
      ? '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>'
      : '<w:trPr><w:cantSplit/></w:trPr>';
    return `<w:tr>${rowProperties}${cells.join('')}</w:tr>`;
  });
  const grid = widths.map((each) => `<w:gridCol w:w="${each}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${textWidth}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** A block as body XML. A table is followed by an empty paragraph, so two never touch. */
function blockXml(block: DocxBlock): string {
  switch (block.kind) {
    case 'heading':
      return paragraphXml(block.runs, `<w:pStyle w:val="Heading${block.level}"/>`);
    case 'paragraph':
      return paragraphXml(block.runs);
    case 'table':
      return `${tableXml(block)}<w:p/>`;
  }
}

/**
 * Writes blocks as a minimal, valid Word file (.docx): `word/document.xml` (A4, the blocks in
 * order; tables with borders, a repeated bold header row, `w:gridSpan` and `w:vMerge` for
 * merged cells), `word/styles.xml` (宋体 for Chinese text through `w:eastAsia`, 黑体 headings),
 * the content types, the relationships and `docProps`. All text goes through `xmlText`, so no
 * name can break the markup; a line break in a text is a `w:br`. The same blocks always give the
 * same bytes (fixed entry times).
 *
 * @param blocks - the document's blocks
 * @param fflate - fflate (or anything with its `zipSync`), loaded by the caller
 * @returns the file's bytes
 *
 * @example
 * const fflate = await import('fflate');
 * writeDocx([{ kind: 'paragraph', runs: [{ text: '总分 91.46 分' }] }], fflate); // → Uint8Array (PK…)
 */
export function writeDocx(blocks: readonly DocxBlock[], fflate: DocxZip): Uint8Array {
  const body = blocks.map(blockXml).join('');
  const document = `${declaration}<w:document xmlns:w="${wordNamespace}" xmlns:r="${relationshipNamespace}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const encoder = new TextEncoder();
  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': packageRelationships,
    'word/document.xml': document,
    'word/_rels/document.xml.rels': documentRelationships,
    'word/styles.xml': styles,
    'docProps/core.xml': core,
    'docProps/app.xml': app,
  };
  return fflate.zipSync(
    Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, encoder.encode(text)])),
    { level: 6, mtime: fixedTime },
  );
}
