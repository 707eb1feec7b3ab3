import { strToU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { projectRows } from '../../../test/fixtures/documents/office-projectRows.js';
import {
  projectDocument,
  projectDocumentWrongBudgetScore,
} from '../../../test/fixtures/documents/projectDocument.js';
import { writeXlsx, xlsxPackage, xlsxParts } from '../../../test/support/writeXlsx.js';
import type { CellGrid } from '../CellGrid.js';
import type { DocumentSource } from '../DocumentSource.js';
import { checkScoreTable } from '../checks/index.js';
import { readScoreTable, type IndicatorNode } from '../scoreTable/index.js';
import { openZip } from './openZip.js';
import { readXlsx } from './readXlsx.js';

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** An .xlsx read through openZip and readXlsx, failing the test on any issue. */
function read(bytes: Uint8Array): DocumentSource {
  const parts = openZip(bytes, unzipSync);
  if (!parts.ok) throw new Error(JSON.stringify(parts.issues));
  const source = readXlsx(parts.value);
  if (!source.ok) throw new Error(JSON.stringify(source.issues));
  return source.value;
}

/** A worksheet part around rows (and mergeCells) written as XML. */
const sheetXml = (rows: string, after = ''): string =>
  `<worksheet xmlns="${main}"><sheetData>${rows}</sheetData>${after}</worksheet>`;
const sharedStrings = (...items: readonly string[]): string =>
  `<sst xmlns="${main}">${items.map((item) => `<si><t>${item}</t></si>`).join('')}</sst>`;

/** A one-sheet workbook read back. */
const sheet = (rows: string, strings: string = sharedStrings(), after = ''): DocumentSource =>
  read(xlsxPackage(xlsxParts(sheetXml(rows, after), strings)));

const texts = (grid: CellGrid | undefined): string[][] =>
  (grid?.rows ?? []).map((row) => row.cells.map((cell) => cell.text));

const leafRows = (nodes: readonly IndicatorNode[]): number =>
  nodes.reduce(
    (count, node) => count + (node.children.length === 0 ? 1 : leafRows(node.children)),
    0,
  );

describe('the project document written as .xlsx', () => {
  const bytes = writeXlsx(projectDocument);
  const source = read(bytes);
  const [grid] = source.grids;

  test('the writer stores amounts and rates as numbers with 0.00 and 0.00% formats', () => {
    const parts = openZip(bytes, unzipSync);
    const xml = parts.ok
      ? new TextDecoder().decode(parts.value.get('xl/worksheets/sheet1.xml'))
      : '';
    expect(
      [
        '<c r="C7" s="1"><v>500</v></c>',
        '<c r="G7" s="2"><v>0.96</v></c>',
        '<c r="H7"><v>9.6</v></c>',
      ].map((cell) => xml.includes(cell)),
    ).toEqual([true, true, true]);
  });

  test('reads one grid in the filled form, the same rows as the .docx', () => {
    expect(source.grids.map((each) => each.layout)).toEqual(['xlsx']);
    expect(texts(grid)).toEqual(projectRows);
  });

  test('takes the merged first row as the title, and the one-cell rows around the table as the text', () => {
    expect(grid?.title).toEqual({
      text: '项目支出绩效自评表（2024年度）',
      location: { kind: 'sheet', sheet: '自评表', cell: 'A1' },
    });
    expect(source.text).toBe(
      '一、项目基本情况\n某市示例职业技能提升补贴项目由某市就业服务中心实施。\n评价结论：项目自评得分95.4分，评价等级为优。',
    );
  });

  test('places each cell at its sheet cell', () => {
    expect(grid?.rows[3]?.cells.map((cell) => cell.location)).toEqual(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((column) => ({
        kind: 'sheet',
        sheet: '自评表',
        cell: `${column}7`,
      })),
    );
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
    const wrong = read(writeXlsx(projectDocumentWrongBudgetScore)).grids[0];
    const report = checkScoreTable(readScoreTable(wrong!));
    expect(
      report.ok &&
        report.value.findings.map((finding) => [finding.code, finding.claimed, finding.expected]),
    ).toEqual([['budget_score', '9.8', '9.6']]);
  });
});

describe('cell types', () => {
  test('str, inlineStr, booleans, errors and cached formula values read as the sheet shows them', () => {
    const rows = `<row r="1"><c r="A1" t="str"><f>A2&amp;"分"</f><v>10分</v></c><c r="B1" t="inlineStr"><is><r><t>产出</t></r><r><t>指标</t></r></is></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E1" s="2"><f>C2/D2</f><v>0.95599999999999996</v></c></row>`;
    expect(texts(sheet(rows).grids[0])).toEqual([
      ['10分', '产出指标', 'TRUE', '#DIV/0!', '95.60%'],
    ]);
  });

  test('shared strings join their runs and leave out phonetic runs', () => {
    const strings = `<sst xmlns="${main}"><si><r><t>得</t></r><r><rPr><b/></rPr><t>分</t></r><rPh sb="0" eb="1"><t>デ</t></rPh></si><si><t>分值</t></si></sst>`;
    expect(
      texts(
        sheet('<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row>', strings)
          .grids[0],
      ),
    ).toEqual([['分值', '得分']]);
  });

  test('a formula without a cached value is an empty cell with a formula_not_calculated repair', () => {
    const grid = sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><f>SUM(B2:B3)</f></c><c r="C1" t="s"><v>0</v></c></row>',
      sharedStrings('合计'),
    ).grids[0];
    expect([texts(grid), grid?.repairs.map((repair) => [repair.code, repair.location])]).toEqual([
      [['合计', '', '合计']],
      [['formula_not_calculated', { kind: 'sheet', sheet: '自评表', cell: 'B1' }]],
    ]);
  });

  test('a shared-string index out of range is an empty cell with a shared_string_missing repair', () => {
    const grid = sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>7</v></c><c r="C1" t="s"><v>0</v></c></row>',
      sharedStrings('分值'),
    ).grids[0];
    expect([texts(grid), grid?.repairs.map((repair) => repair.code)]).toEqual([
      [['分值', '', '分值']],
      ['shared_string_missing'],
    ]);
  });

  test("a line break inside a cell joins as a Word cell's paragraphs do", () => {
    const grid = sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>10</v></c></row>',
      sharedStrings('产出指标_x000D_\n（50分）'),
    ).grids[0];
    expect(texts(grid)).toEqual([['产出指标（50分）', '10']]);
  });

  test('cells and rows without references follow the ones before them', () => {
    expect(
      texts(
        sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c></row>')
          .grids[0],
      ),
    ).toEqual([
      ['1', '2'],
      ['', '3'],
    ]);
  });
});

describe('the used range and merged areas', () => {
  test('empty leading and trailing columns and empty rows are left out', () => {
    const rows =
      '<row r="2"><c r="C2"><v>1</v></c><c r="D2"><v>2</v></c><c r="F2" t="s"><v>0</v></c></row><row r="3"><c r="C3" t="s"><v>0</v></c></row><row r="5"><c r="D5"><v>3</v></c><c r="E5"><v>4</v></c></row>';
    const grid = sheet(rows, sharedStrings('')).grids[0];
    expect([texts(grid), grid?.rows[1]?.cells[0]?.location]).toEqual([
      [
        ['1', '2', ''],
        ['', '3', '4'],
      ],
      { kind: 'sheet', sheet: '自评表', cell: 'C5' },
    ]);
  });

  test('cells a merged area covers read empty, even when the file keeps a value in them', () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>99</v></c><c r="B2"><v>3</v></c></row>';
    expect(
      texts(
        sheet(rows, sharedStrings(), '<mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>')
          .grids[0],
      ),
    ).toEqual([
      ['1', '2'],
      ['', '3'],
    ]);
  });

  test('a second title row starts a second grid', () => {
    const rows = ['部门整体支出绩效自评表', '分值', '得分', '项目支出绩效自评表（2024年度）']
      .map((_, index) => index)
      .map((index) =>
        index === 1
          ? `<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>`
          : index === 3
            ? `<row r="4"><c r="A4" t="s"><v>3</v></c></row><row r="5"><c r="A5" t="s"><v>1</v></c><c r="B5" t="s"><v>2</v></c></row>`
            : `<row r="${index + 1}"><c r="A${index + 1}" t="s"><v>${index}</v></c></row>`,
      )
      .join('');
    const source = sheet(
      rows,
      sharedStrings('部门整体支出绩效自评表', '分值', '得分', '项目支出绩效自评表（2024年度）'),
    );
    expect(source.grids.map((grid) => [grid.title?.text, texts(grid)])).toEqual([
      ['部门整体支出绩效自评表', [['分值', '得分']]],
      ['项目支出绩效自评表（2024年度）', [['分值', '得分']]],
    ]);
  });
});

describe('sheets', () => {
  const workbook = (sheets: string): Record<string, string> => {
    const parts = xlsxParts(
      sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>'),
      sharedStrings(),
    );
    return {
      ...parts,
      'xl/workbook.xml': `<workbook xmlns="${main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets}</sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>`,
      'xl/worksheets/sheet2.xml': sheetXml(
        '<row r="3"><c r="A3"><v>5</v></c><c r="B3"><v>6</v></c></row>',
      ),
    };
  };

  test('a hidden sheet is read after the visible ones, its grid marked hidden_sheet', () => {
    const source = read(
      xlsxPackage(
        workbook(
          '<sheet name="隐藏" sheetId="1" state="hidden" r:id="rId1"/><sheet name="表2" sheetId="2" r:id="rId2"/>',
        ),
      ),
    );
    expect(
      source.grids.map((grid) => [
        grid.rows[0]?.cells[0]?.location,
        grid.repairs.map((repair) => repair.code),
      ]),
    ).toEqual([
      [{ kind: 'sheet', sheet: '表2', cell: 'A3' }, []],
      [{ kind: 'sheet', sheet: '隐藏', cell: 'A1' }, ['hidden_sheet']],
    ]);
  });

  test('an empty sheet and a sheet of sentences give no grid; the sentences are text', () => {
    const source = read(
      xlsxPackage({
        ...workbook(
          '<sheet name="空" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId2"/>',
        ),
        'xl/worksheets/sheet1.xml': sheetXml(''),
        'xl/worksheets/sheet2.xml': sheetXml(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>填报说明</t></is></c></row>',
        ),
      }),
    );
    expect([source.grids, source.text]).toEqual([[], '填报说明']);
  });

  test('a sheet whose part is missing is a missing_part issue', () => {
    const parts = workbook('<sheet name="表2" sheetId="2" r:id="rId2"/>');
    delete parts['xl/worksheets/sheet2.xml'];
    const opened = openZip(xlsxPackage(parts), unzipSync);
    const result = opened.ok ? readXlsx(opened.value) : opened;
    expect(!result.ok && result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['missing_part', ['xl/worksheets/sheet2.xml']],
    ]);
  });
});

describe('packages readXlsx refuses', () => {
  const partsOf = (files: Record<string, string>): Map<string, Uint8Array> =>
    new Map(Object.entries(files).map(([name, text]) => [name, strToU8(text)]));

  test('a package without xl/workbook.xml is a missing part', () => {
    const result = readXlsx(partsOf({ '[Content_Types].xml': '<Types/>' }));
    expect(!result.ok && result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['missing_part', ['xl/workbook.xml']],
    ]);
  });

  test('malformed shared strings are an invalid_xml issue at that part', () => {
    const parts = xlsxParts(sheetXml(''), `<sst xmlns="${main}"><si><t>a</si></sst>`);
    const result = readXlsx(partsOf(parts));
    expect(!result.ok && result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_xml', ['xl/sharedStrings.xml', 79]],
    ]);
  });

  test('a worksheet nested 100,000 deep is refused at the depth limit', () => {
    const deep = `<worksheet xmlns="${main}">${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</worksheet>`;
    const result = readXlsx(partsOf(xlsxParts(deep, sharedStrings())));
    expect(!result.ok && result.issues.map((issue) => [issue.code, issue.received])).toEqual([
      ['invalid_xml', 'Elements nest deeper than 512 levels'],
    ]);
  });
});
