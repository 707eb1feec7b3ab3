// readPdf on PDFs written in memory by test/support/writePdf.ts: the same document with ruled
// cells (stroked lines, thin filled rectangles), without rules, split over two pages, and bytes
// that are no readable PDF. pdf.js is loaded once; each document is opened once per describe.
import { beforeAll, describe, expect, test } from 'vitest';
import {
  projectDocument,
  projectDocumentWrongBudgetScore,
} from '../../../test/fixtures/documents/projectDocument.js';
import {
  writeEmptyPagesPdf,
  writeImageOnlyPdf,
  writePdf,
  type WritePdfOptions,
} from '../../../test/support/writePdf.js';
import type { Result } from '../../issues/Result.js';
import type { CellGrid } from '../CellGrid.js';
import { checkScoreTable } from '../checks/index.js';
import type { DocumentSource } from '../DocumentSource.js';
import { readScoreTable } from '../scoreTable/index.js';
import type { PdfJs } from './PdfJs.js';
import { readPdf } from './readPdf.js';

let pdfjs: PdfJs;
beforeAll(async () => {
  pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
});

/** The filled rows a Word table of projectDocument gives. */
const expectedRows: readonly (readonly string[])[] = [
  ['项目名称', '', '某市示例职业技能提升补贴项目', '', '', '', '', ''],
  ['主管部门', '', '某市人力资源和社会保障局', '', '实施单位', '', '某市就业服务中心', ''],
  ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度资金总额', '', '500.00', '520.00', '499.20', '10', '96.00%', '9.6'],
  ['其中：当年财政拨款', '', '500.00', '500.00', '480.00', '—', '', '—'],
  ['上年结转资金', '', '0.00', '20.00', '19.20', '—', '', '—'],
  [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ],
  [
    '产出指标',
    '数量指标',
    '补贴培训人数',
    '≥2000人',
    '1880人',
    '20',
    '18.8',
    '部分企业培训计划推迟',
  ],
  ['', '质量指标', '培训后取证率', '≥85%', '88%', '15', '15', ''],
  ['', '时效指标', '补贴发放及时率', '≥95%', '100%', '15', '15', ''],
  ['效益指标', '社会效益指标', '参训人员就业率', '≥70%', '72%', '15', '15', ''],
  [
    '',
    '可持续影响指标',
    '技能人才培养长效机制',
    '建立',
    '达成',
    '15',
    '13',
    '机制已建立，配套细则待完善',
  ],
  [
    '满意度指标',
    '服务对象满意度指标',
    '参训人员满意度',
    '≥90%',
    '81%',
    '10',
    '9',
    '部分学员反映课程实操不足',
  ],
  ['总分', '', '', '', '', '100', '95.4', ''],
];

const expectedText = [
  '项目支出绩效自评表（2024年度）',
  '一、项目基本情况',
  '某市示例职业技能提升补贴项目由某市就业服务中心实施。',
  '评价结论：项目自评得分95.4分，评价等级为优。',
].join('\n');

const rowsOf = (grid: CellGrid | undefined): string[][] =>
  grid?.rows.map((row) => row.cells.map((cell) => cell.text)) ?? [];

/** The document read, or the test fails with its issues. */
function valueOf(result: Result<DocumentSource>): DocumentSource {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** The score table of a grid, checked: outcome, total as written, inconsistent check codes. */
function audited(grid: CellGrid | undefined) {
  if (grid === undefined) throw new Error('no grid');
  const table = readScoreTable(grid);
  const report = checkScoreTable(table);
  if (!report.ok) throw new Error(JSON.stringify(report.issues));
  return {
    outcome: report.value.outcome,
    total: table.totals.find((total) => total.score !== undefined)?.score?.written,
    findings: report.value.findings.map((finding) => finding.code),
  };
}

const read = async (options: WritePdfOptions = {}, content = projectDocument) =>
  valueOf(await readPdf(writePdf(content, options), pdfjs));

describe('lattice tables: cells from the drawn rules', () => {
  let lines: DocumentSource;
  let rects: DocumentSource;
  beforeAll(async () => {
    [lines, rects] = [await read(), await read({ borders: 'rects' })];
  });

  test('the ruled table reads to the filled rows of the Word table, merged names in their first row', () => {
    expect(lines.grids).toHaveLength(1);
    expect(lines.grids[0]?.layout).toBe('pdf');
    expect(rowsOf(lines.grids[0])).toEqual(expectedRows);
    expect(lines.grids[0]?.repairs).toEqual([]);
  });

  test('borders drawn as thin filled rectangles read the same', () => {
    expect(rowsOf(rects.grids[0])).toEqual(expectedRows);
  });

  test('the title and the prose outside the table are read in reading order', () => {
    expect(lines.format).toBe('pdf');
    expect(lines.text).toBe(expectedText);
    expect(lines.grids[0]?.title).toEqual({
      text: '项目支出绩效自评表（2024年度）',
      location: { kind: 'page', page: 1, line: 1 },
    });
  });

  test('cells are located by page, page line and grid column', () => {
    const grid = lines.grids[0];
    expect(grid?.rows[0]?.cells[0]?.location).toEqual({
      kind: 'page',
      page: 1,
      line: 4,
      column: 1,
    });
    expect(grid?.rows[7]?.cells[7]?.location).toEqual({
      kind: 'page',
      page: 1,
      line: 15,
      column: 8,
    });
    expect(grid?.rows[13]?.cells[6]?.location).toEqual({
      kind: 'page',
      page: 1,
      line: 25,
      column: 7,
    });
  });

  test('the score table adds up: total 95.4 and no inconsistent check', () => {
    expect(audited(lines.grids[0])).toEqual({ outcome: 'consistent', total: '95.4', findings: [] });
  });

  test('the wrong budget score is the one inconsistent check', async () => {
    const wrong = await read({}, projectDocumentWrongBudgetScore);
    expect(audited(wrong.grids[0])).toEqual({
      outcome: 'inconsistent',
      total: '95.6',
      findings: ['budget_score'],
    });
  });
});

describe('stream tables: no rules drawn', () => {
  test('the borderless table reads the same rows, its guesses marked', async () => {
    const source = await read({ borders: 'none' });
    expect(rowsOf(source.grids[0])).toEqual(expectedRows);
    expect(source.text).toBe(expectedText);
    expect(source.grids[0]?.repairs.map((repair) => [repair.code, repair.guess])).toEqual([
      ['pdf_columns_guessed', true],
      ['pdf_merged_guessed', true],
    ]);
    expect(audited(source.grids[0])).toEqual({
      outcome: 'consistent',
      total: '95.4',
      findings: [],
    });
  });
});

describe('tables continued on the next page', () => {
  test('a table split over two pages is one grid with a page-break repair', async () => {
    const source = await read({ pageBreakBeforeRow: 10 });
    expect(source.grids).toHaveLength(1);
    expect(rowsOf(source.grids[0])).toEqual(expectedRows);
    expect(source.grids[0]?.repairs.map((repair) => [repair.code, repair.location])).toEqual([
      ['pdf_page_break', { kind: 'page', page: 2, line: 1 }],
    ]);
    expect(source.grids[0]?.rows[10]?.cells[1]?.location).toEqual({
      kind: 'page',
      page: 2,
      line: 1,
      column: 2,
    });
    expect(source.text).toBe(expectedText);
  });

  test('a header row repeated on the next page is read once', async () => {
    const source = await read({ pageBreakBeforeRow: 7, repeatRows: 1 });
    expect(rowsOf(source.grids[0])).toEqual(expectedRows);
    expect(audited(source.grids[0])).toEqual({
      outcome: 'consistent',
      total: '95.4',
      findings: [],
    });
  });
});

describe('bytes that are no readable PDF', () => {
  const codes = (result: Result<DocumentSource>) =>
    result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path]);

  test('text that is not a PDF is invalid_pdf with the reason pdf.js gives', async () => {
    const result = await readPdf(new TextEncoder().encode('项目支出绩效自评表'), pdfjs);
    expect(codes(result)).toEqual([['invalid_pdf', []]]);
    expect(result.ok ? '' : result.issues[0].message.en).toBe(
      'The file cannot be read as a PDF: Invalid PDF structure.',
    );
  });

  test('a PDF cut off after its header is invalid_pdf', async () => {
    const result = await readPdf(writePdf(projectDocument).slice(0, 200), pdfjs);
    expect(codes(result)).toEqual([['invalid_pdf', []]]);
  });

  test('an image-only page is no_text_layer, asking for OCR', async () => {
    const result = await readPdf(writeImageOnlyPdf(), pdfjs);
    expect(codes(result)).toEqual([['no_text_layer', ['pages', 1]]]);
    expect(result.ok ? '' : result.issues[0].message.en).toContain('image-only PDF; run OCR');
  });

  test('a PDF that needs a password is encrypted_document', async () => {
    const result = await readPdf(writePdf(projectDocument, { encrypted: true }), pdfjs);
    expect(codes(result)).toEqual([['encrypted_document', []]]);
  });

  test('more than 500 pages is too_many_pages', async () => {
    const result = await readPdf(writeEmptyPagesPdf(501), pdfjs);
    expect(codes(result)).toEqual([['too_many_pages', []]]);
  });

  test('wrong-typed arguments from untyped callers are invalid_argument, not thrown', async () => {
    const untyped: unknown[] = ['%PDF-1.7', undefined];
    const [text, nothing] = untyped;
    // @ts-expect-error -- an untyped caller passes a string
    expect(codes(await readPdf(text, pdfjs))).toEqual([['invalid_argument', ['bytes']]]);
    // @ts-expect-error -- an untyped caller passes no pdf.js module
    expect(codes(await readPdf(new Uint8Array(0), nothing))).toEqual([
      ['invalid_argument', ['pdfjs']],
    ]);
  });

  test('the bytes passed in are left as they were', async () => {
    const bytes = writePdf(projectDocument);
    const copy = bytes.slice();
    await readPdf(bytes, pdfjs);
    expect(bytes).toEqual(copy);
  });
});
