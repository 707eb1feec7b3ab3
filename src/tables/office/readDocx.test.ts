import { strToU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import {
  projectDocument,
  projectDocumentWrongBudgetScore,
  type DocumentContent,
} from '../../../test/fixtures/documents/projectDocument.js';
import {
  docxPackage,
  documentXml,
  paragraphXml,
  writeDocx,
} from '../../../test/support/writeDocx.js';
import type { CellGrid } from '../CellGrid.js';
import type { DocumentSource } from '../DocumentSource.js';
import { checkScoreTable } from '../checks/index.js';
import { readScoreTable, type IndicatorNode } from '../scoreTable/index.js';
import { projectRows } from '../../../test/fixtures/documents/office-projectRows.js';
import { openZip } from './openZip.js';
import { readDocx } from './readDocx.js';

/** A .docx read through openZip and readDocx, failing the test on any issue. */
function read(bytes: Uint8Array): DocumentSource {
  const parts = openZip(bytes, unzipSync);
  if (!parts.ok) throw new Error(JSON.stringify(parts.issues));
  const source = readDocx(parts.value);
  if (!source.ok) throw new Error(JSON.stringify(source.issues));
  return source.value;
}

/** A document whose body is the given XML. */
const body = (xml: string): DocumentSource => read(docxPackage(documentXml(xml)));

const texts = (grid: CellGrid | undefined): string[][] =>
  (grid?.rows ?? []).map((row) => row.cells.map((cell) => cell.text));

const leafRows = (nodes: readonly IndicatorNode[]): number =>
  nodes.reduce(
    (count, node) => count + (node.children.length === 0 ? 1 : leafRows(node.children)),
    0,
  );

/** A table of one row, its cells given as `w:tc` XML. */
const oneRowTable = (columns: number, cells: string): string =>
  `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(columns)}</w:tblGrid><w:tr>${cells}</w:tr></w:tbl>`;
const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const cell = (inner: string): string => `<w:tc>${inner}</w:tc>`;

describe('the project document written as .docx', () => {
  const source = read(writeDocx(projectDocument));
  const [grid] = source.grids;

  test('reads one grid in the filled form, row by row', () => {
    expect(source.grids.map((each) => each.layout)).toEqual(['docx']);
    expect(texts(grid)).toEqual(projectRows);
  });

  test('takes the title paragraph as the grid title and keeps it out of the text', () => {
    expect(grid?.title).toEqual({
      text: '项目支出绩效自评表（2024年度）',
      location: { kind: 'table', table: 1, row: 0, column: 1 },
    });
    expect(source.text).toBe(
      '一、项目基本情况\n某市示例职业技能提升补贴项目由某市就业服务中心实施。\n评价结论：项目自评得分95.4分，评价等级为优。',
    );
  });

  test('places each cell by table, row and grid column, covered cells included', () => {
    const row = grid?.rows[7]?.cells;
    expect([row?.[0], row?.[7]].map((each) => each?.location)).toEqual([
      { kind: 'table', table: 1, row: 8, column: 1 },
      { kind: 'table', table: 1, row: 8, column: 8 },
    ]);
    expect(grid?.rows[8]?.cells[0]).toEqual({
      text: '',
      location: { kind: 'table', table: 1, row: 9, column: 1 },
    });
  });

  test('reads as a consistent score table: 6 leaf rows, total 95.4', () => {
    const table = readScoreTable(grid!);
    const report = checkScoreTable(table);
    expect(leafRows(table.indicators?.roots ?? [])).toBe(6);
    expect(table.totals.map((total) => total.score?.written)).toEqual(['95.4']);
    expect(report.ok && [report.value.outcome, report.value.findings.length]).toEqual([
      'consistent',
      0,
    ]);
  });

  test('the budget row scored 9.8 instead of 9.6 is the one inconsistency', () => {
    const wrong = read(writeDocx(projectDocumentWrongBudgetScore)).grids[0];
    const report = checkScoreTable(readScoreTable(wrong!));
    expect(
      report.ok &&
        report.value.findings.map((finding) => [finding.code, finding.claimed, finding.expected]),
    ).toEqual([['budget_score', '9.8', '9.6']]);
  });
});

describe('merged and placed cells', () => {
  test('gridBefore and gridAfter are empty cells, and a short row is filled to the grid', () => {
    const xml = `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(5)}</w:tblGrid><w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/></w:trPr>${cell(`<w:p>${run('分值')}</w:p>`)}${cell(`<w:p>${run('得分')}</w:p>`)}</w:tr><w:tr>${cell(`<w:p>${run('总分')}</w:p>`)}</w:tr></w:tbl>`;
    expect(texts(body(xml).grids[0])).toEqual([
      ['', '分值', '得分', '', ''],
      ['总分', '', '', '', ''],
    ]);
  });

  test('a vertical-merge continuation reads empty, whatever it holds', () => {
    const xml = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>${cell(`<w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p>${run('产出指标')}</w:p>`)}${cell(`<w:p>${run('数量指标')}</w:p>`)}</w:tr><w:tr>${cell(`<w:tcPr><w:vMerge/></w:tcPr><w:p>${run('产出指标')}</w:p>`)}${cell(`<w:p>${run('质量指标')}</w:p>`)}</w:tr></w:tbl>`;
    expect(texts(body(xml).grids[0])).toEqual([
      ['产出指标', '数量指标'],
      ['', '质量指标'],
    ]);
  });

  test("a deleted row and a fully empty row are left out; row numbers stay the file's", () => {
    const xml = `<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr>${cell(`<w:p>${run('旧行')}</w:p>`)}</w:tr><w:tr>${cell('<w:p/>')}</w:tr><w:tr>${cell(`<w:p>${run('合计')}</w:p>`)}</w:tr></w:tbl>`;
    const grid = body(xml).grids[0];
    expect(grid?.rows.map((row) => row.cells.map((each) => [each.text, each.location]))).toEqual([
      [['合计', { kind: 'table', table: 1, row: 2, column: 1 }]],
    ]);
  });
});

describe('the text of cells and paragraphs', () => {
  test('paragraphs in one cell join without a space between Chinese, with one between Latin words', () => {
    const content: DocumentContent = {
      title: '',
      before: [],
      table: [[{ text: '产出指标\n（50分）' }, { text: 'Output\nindicators' }, { text: '10\n20' }]],
      after: [],
    };
    expect(texts(read(writeDocx(content)).grids[0])).toEqual([
      ['产出指标（50分）', 'Output indicators', '10 20'],
    ]);
  });

  test('tabs, breaks, insertions, content controls and field results are read; deletions and instructions are not', () => {
    const paragraph = `<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r><w:ins w:id="1" w:author="a">${run('增')}</w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>删</w:delText></w:r></w:del><w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${run('控')}</w:sdtContent></w:sdt><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:hyperlink w:history="1">${run('链')}</w:hyperlink></w:p>`;
    expect(body(paragraph).text).toBe('甲\t乙 丙增控3链');
  });

  test('a block content control around paragraphs and a table is read through', () => {
    const xml = `<w:sdt><w:sdtContent>${paragraphXml('说明')}${oneRowTable(2, cell(`<w:p>${run('分值')}</w:p>`) + cell(`<w:p>${run('得分')}</w:p>`))}</w:sdtContent></w:sdt>`;
    const source = body(xml);
    expect([source.text, texts(source.grids[0])]).toEqual(['说明', [['分值', '得分']]]);
  });

  test('a nested table is flattened into its cell', () => {
    const nested = oneRowTable(
      2,
      cell(`<w:p>${run('年初')}</w:p>`) + cell(`<w:p>${run('500.00')}</w:p>`),
    );
    const xml = oneRowTable(
      2,
      cell(`<w:p>${run('资金')}</w:p>${nested}<w:p/>`) + cell(`<w:p>${run('x')}</w:p>`),
    );
    expect(texts(body(xml).grids[0])).toEqual([['资金年初500.00', 'x']]);
  });
});

describe('titles', () => {
  test('a title paragraph with its year on the next paragraph is joined', () => {
    const xml = `${paragraphXml('项目支出绩效自评表')}${paragraphXml('（2024年度）')}${oneRowTable(2, cell(`<w:p>${run('分值')}</w:p>`) + cell(`<w:p>${run('得分')}</w:p>`))}`;
    const source = body(xml);
    expect([
      source.grids[0]?.title?.text,
      source.grids[0]?.repairs.map((repair) => repair.code),
      source.text,
    ]).toEqual(['项目支出绩效自评表（2024年度）', ['title_joined'], '']);
  });

  test('a first row holding only a title is the title', () => {
    const xml = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>${cell(`<w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p>${run('部门整体支出绩效自评表（2023年度）')}</w:p>`)}</w:tr><w:tr>${cell(`<w:p>${run('分值')}</w:p>`)}${cell(`<w:p>${run('得分')}</w:p>`)}</w:tr></w:tbl>`;
    const grid = body(xml).grids[0];
    expect([grid?.title, texts(grid)]).toEqual([
      {
        text: '部门整体支出绩效自评表（2023年度）',
        location: { kind: 'table', table: 1, row: 1, column: 1 },
      },
      [['分值', '得分']],
    ]);
  });
});

describe('documents with little or nothing to read', () => {
  test('a document with no table gives no grid and keeps its prose', () => {
    const source = body(
      `${paragraphXml('一、部门基本情况')}<w:p/>${paragraphXml('自评得分95.5分。')}`,
    );
    expect([source.grids, source.text]).toEqual([[], '一、部门基本情况\n自评得分95.5分。']);
  });

  test('an empty table gives no grid, and the next table is still numbered 2', () => {
    const empty = oneRowTable(1, cell('<w:p/>'));
    const full = oneRowTable(1, cell(`<w:p>${run('合计')}</w:p>`));
    expect(body(empty + full).grids[0]?.rows[0]?.cells[0]?.location).toEqual({
      kind: 'table',
      table: 2,
      row: 1,
      column: 1,
    });
  });
});

describe('packages readDocx refuses', () => {
  const partsOf = (files: Record<string, string>): Map<string, Uint8Array> =>
    new Map(Object.entries(files).map(([name, text]) => [name, strToU8(text)]));

  test('a package without word/document.xml is a missing part', () => {
    const result = readDocx(partsOf({ '[Content_Types].xml': '<Types/>' }));
    expect(!result.ok && result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['missing_part', ['word/document.xml']],
    ]);
  });

  test('malformed XML is an invalid_xml issue at the part and offset', () => {
    const result = readDocx(
      partsOf({ 'word/document.xml': '<w:document xmlns:w="x"><w:body></w:document>' }),
    );
    expect(!result.ok && result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_xml', ['word/document.xml', 32]],
    ]);
  });

  test('a document.xml with a DOCTYPE and entities is refused, not expanded', () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>';
    const result = readDocx(partsOf({ 'word/document.xml': xml }));
    expect(!result.ok && result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_xml', ['word/document.xml', 21]],
    ]);
  });

  test('a part that is not a Word body is refused', () => {
    const result = readDocx(partsOf({ 'word/document.xml': '<workbook/>' }));
    expect(!result.ok && result.issues[0].code).toBe('missing_part');
  });

  test('something other than a parts map is refused, not thrown on', () => {
    const result = readDocx('word/document.xml' as unknown as Map<string, Uint8Array>);
    expect(!result.ok && result.issues[0].code).toBe('missing_part');
  });
});
