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
  writeGridPdf,
  writeRulesPdf,
  type WritePdfOptions,
} from '../../../test/support/writePdf.js';
import { pageLimits } from './pdfIssues.js';
import type { Result } from '../../issues/Result.js';
import type { CellGrid } from '../CellGrid.js';
import { checkScoreTable } from '../checks/index.js';
import type { DocumentSource } from '../DocumentSource.js';
import { readScoreTable } from '../scoreTable/index.js';
import type { DocumentContent } from '../../../test/fixtures/documents/projectDocument.js';
import { projectRows } from '../../../test/fixtures/documents/office-projectRows.js';
import type { Rule, TextRun } from './geometry.js';
import { joinPages } from './joinPages.js';
import { latticeTables } from './latticeTables.js';
import type { DraftCell } from './PageTable.js';
import { joinRuns, pageRuns } from './pageRuns.js';
import type { PdfJs } from './PdfJs.js';
import { readPdf } from './readPdf.js';
import { checkRowShape, levelColumns } from './rowShape.js';
import { columnRole } from '../vocabulary.js';
import { streamTables } from './streamTables.js';

let pdfjs: PdfJs;
beforeAll(async () => {
  pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
});

/** The filled rows a Word table of projectDocument gives (the Word and Excel readers' too). */
const expectedRows = projectRows;

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
    expect(
      source.grids[0]?.repairs.map((repair) => [repair.code, repair.location, repair.guess]),
    ).toEqual([
      ['pdf_columns_guessed', { kind: 'page', page: 1, line: 4 }, true],
      ['pdf_merged_guessed', { kind: 'page', page: 1, line: 16, column: 1 }, true],
      ['pdf_merged_guessed', { kind: 'page', page: 1, line: 19, column: 1 }, true],
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

  test('a page drawing more rule segments than a page is read with is page_too_dense, at its page', async () => {
    const result = await readPdf(writeRulesPdf(pageLimits.ruleSegments + 1), pdfjs);
    expect(codes(result)).toEqual([['page_too_dense', ['pages', 1]]]);
  });

  test('a page ruled as a grid of more rows or columns than a page is read with is page_too_dense', async () => {
    const result = await readPdf(writeGridPdf(pageLimits.rulePositions + 1), pdfjs);
    expect(codes(result)).toEqual([['page_too_dense', ['pages', 1]]]);
  });

  test('a page at the rule limit is read (no table in bare rules, no issue)', async () => {
    const result = await readPdf(writeRulesPdf(2_000), pdfjs);
    expect([result.ok, result.ok ? result.value.grids.length : undefined]).toEqual([true, 0]);
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

/** A cell of a laid-out table: its text (lines split at `\n`) and the rows it spans. */
type LaidCell = string | readonly [text: string, rowSpan: number];

/** How a borderless print places its cells. */
interface PrintLayout {
  readonly widths: readonly number[];
  readonly align: (text: string, column: number) => 'left' | 'right' | 'centre';
  readonly vertical: 'top' | 'bottom' | 'centre';
  /** Space between a cell's edge and its text, 1 pt unless given (Word's is about 5). */
  readonly padding?: number;
}

const layoutSize = 9;
const layoutPitch = 13;
const charWidth = (char: string): number => ((char.codePointAt(0) ?? 0) < 0x80 ? 4.5 : 9);
const widthOf = (text: string): number =>
  Array.from(text).reduce((sum, char) => sum + charWidth(char), 0);
const isNumber = (text: string): boolean => /^[0-9.]+%?$/u.test(text);

/**
 * The pdf.js text items of a borderless table printed as an office suite prints one: filled rows
 * (a cell spanning rows given once with its span, `''` below it), each line of a cell one item
 * placed by the alignment, rows as tall as their tallest cell and no gap between them, and a
 * number ending 2 pt before a dash in the next cell written in one item with it (`480.00 —`), as
 * pdf.js reads such a print.
 */
function layOutItems(rows: readonly (readonly LaidCell[])[], layout: PrintLayout): unknown[] {
  const lefts = layout.widths.map((_, index) =>
    layout.widths.slice(0, index).reduce((sum, width) => sum + width, 50),
  );
  const spanOf = (cell: LaidCell): number => (typeof cell === 'string' ? 1 : cell[1]);
  const textOf = (cell: LaidCell): string => (typeof cell === 'string' ? cell : cell[0]);
  const heights = rows.map(
    (row) =>
      Math.max(
        1,
        ...row.filter((cell) => spanOf(cell) === 1).map((c) => textOf(c).split('\n').length),
      ) * layoutPitch,
  );
  const tops = heights.map((_, index) => heights.slice(0, index).reduce((a, b) => a + b, 100));
  const lines = new Map<number, { str: string; x: number; width: number }[]>();
  rows.forEach((row, rowIndex) => {
    row.forEach((cell, column) => {
      const text = textOf(cell);
      if (text === '') return;
      const cellLines = text.split('\n');
      const height = heights.slice(rowIndex, rowIndex + spanOf(cell)).reduce((a, b) => a + b, 0);
      const top = tops[rowIndex] ?? 0;
      const first =
        layout.vertical === 'top'
          ? top
          : layout.vertical === 'bottom'
            ? top + height - cellLines.length * layoutPitch
            : top + (height - cellLines.length * layoutPitch) / 2;
      cellLines.forEach((line, index) => {
        const left = lefts[column] ?? 0;
        const width = widthOf(line);
        const room = layout.widths[column] ?? 0;
        const align = layout.align(line, column);
        const padding = layout.padding ?? 1;
        const x =
          align === 'left'
            ? left + padding
            : align === 'right'
              ? left + room - padding - width
              : left + (room - width) / 2;
        const baseline = first + index * layoutPitch + 10;
        lines.set(baseline, [...(lines.get(baseline) ?? []), { str: line, x, width }]);
      });
    });
  });
  return [...lines].flatMap(([baseline, items]) => {
    const sorted = items.sort((one, other) => one.x - other.x);
    const fused: typeof sorted = [];
    for (const item of sorted) {
      const last = fused[fused.length - 1];
      if (
        last !== undefined &&
        isNumber(last.str) &&
        item.str === '—' &&
        item.x - (last.x + last.width) < 3
      )
        fused[fused.length - 1] = {
          str: `${last.str} —`,
          x: last.x,
          width: item.x + item.width - last.x,
        };
      else fused.push(item);
    }
    return fused.map((item) => ({
      str: item.str,
      transform: [layoutSize, 0, 0, layoutSize, item.x, 842 - baseline],
      width: item.width,
      height: layoutSize,
    }));
  });
}

/** The rows the stream reader makes of a laid-out table's items. */
function streamRows(items: readonly unknown[]): string[][] {
  const table = streamTables(pageRuns(items, [1, 0, 0, -1, 0, 842]), 1).tables[0];
  return table?.rows.map((row) => row.map((cell) => cell.text)) ?? [];
}

/** The filled rows a laid-out table must read to: names in the first row of their span. */
const filledRows = (rows: readonly (readonly LaidCell[])[]): string[][] =>
  rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' ? cell : cell[0]).replaceAll('\n', '')),
  );

describe('stream tables: borderless prints of office suites', () => {
  // A spreadsheet's print: text left, numbers right, merged names bottom-aligned, a number
  // meeting the dash of the next cell in one item, another 2 pt before the remark next to it.
  const sheet: readonly (readonly LaidCell[])[] = [
    ['一级指标', '二级指标', '三级指标', '指标值', '分值', '得分', '备注'],
    [['产出指标', 4], ['数量指标', 2], '培训人数', '≥500人', '30', '28.5', '略有不足'],
    ['', '', '开班期数', '≥10期', '10', '10', ''],
    ['', ['质量指标', 2], '结业率', '≥90%', '20', '20', '—'],
    ['', '', '取证率', '≥80%', '10', '9', '部分未取证'],
    [['效益指标', 1], '社会效益指标', '就业率', '≥60%', '20', '18', ''],
    [['满意度指标', 1], '满意度指标', '学员满意度', '≥85%', '10', '10', '—'],
    ['总分', '', '', '', '100', '95.5', ''],
  ];
  const spreadsheet: PrintLayout = {
    widths: [60, 60, 60, 50, 30, 30, 60],
    align: (text) => (isNumber(text) ? 'right' : 'left'),
    vertical: 'bottom',
  };

  test('right-aligned numbers, bottom-aligned merged names, runs fused across a cell edge', () => {
    const items = layOutItems(sheet, spreadsheet);
    expect(streamRows(items)).toEqual(filledRows(sheet));
    const repairs = streamTables(pageRuns(items, [1, 0, 0, -1, 0, 842]), 1).tables[0]?.repairs;
    // Split: 28.5|略有不足, 20 —, 9|部分未取证, 10 — at the 得分 edge, and 社会效益指标|就业率,
    // 6 pt apart at the 三级指标 edge; lifted: 产出指标 (4 rows), 数量指标 and 质量指标 (2 each).
    expect(
      repairs?.map((repair) =>
        repair.location.kind === 'page'
          ? `${repair.code} ${String(repair.location.line)}:${String(repair.location.column ?? '-')} ${String(repair.guess)}`
          : repair.code,
      ),
    ).toEqual([
      'pdf_columns_guessed 1:- true',
      'pdf_run_split 2:6 true',
      'pdf_run_split 4:6 true',
      'pdf_run_split 5:6 true',
      'pdf_run_split 6:2 true',
      'pdf_run_split 7:6 true',
      'pdf_merged_guessed 5:1 true',
      'pdf_merged_guessed 3:2 true',
      'pdf_merged_guessed 5:2 true',
    ]);
  });

  test('every cell centred in its column, merged names vertically centred', () => {
    const centred = layOutItems(sheet, {
      ...spreadsheet,
      align: () => 'centre',
      vertical: 'centre',
    });
    expect(streamRows(centred)).toEqual(filledRows(sheet));
  });

  test('a Word table without borders: left-aligned, cells wrapped over lines, names at the top', () => {
    // Four characters to a line in the text columns: longer texts wrap, as Word wraps them.
    const word: readonly (readonly LaidCell[])[] = [
      ['一级指标', '二级指标', '三级指标', '分值', '得分', '年度指标\n值', '实际完成\n值'],
      [['产出指标', 2], '数量指标', '新增绿地\n面积', '40', '38', '≥120\n公顷', '115公顷'],
      ['', '时效指标', '完工及时\n率', '20', '20', '100%', '100%'],
      [['效益指标', 2], '生态效益\n指标', '绿化覆盖\n率', '20', '19', '≥40%', '39%'],
      ['', '可持续影\n响指标', '管护机制', '10', '10', '健全', '健全'],
      ['满意度指\n标', '满意度指\n标', '居民满意\n度', '10', '9', '≥90%', '88%'],
      ['合计', '', '', '100', '96', '', ''],
    ];
    const items = layOutItems(word, {
      widths: [44, 44, 44, 30, 30, 44, 44],
      align: () => 'left',
      vertical: 'top',
      padding: 4,
    });
    expect(streamRows(items)).toEqual(filledRows(word));
  });
});

/** pdf.js text items of a page at 9 pt: `[text, x, baseline]` from the page's top. */
const itemsAt = (texts: readonly (readonly [string, number, number])[]): unknown[] =>
  texts.map(([str, x, baseline]) => ({
    str,
    transform: [layoutSize, 0, 0, layoutSize, x, 842 - baseline],
    width: widthOf(str),
    height: layoutSize,
  }));

/** The rules of a ruled grid: horizontals at `ys` and verticals at `xs`, edge to edge. */
const gridRules = (xs: readonly number[], ys: readonly number[]): Rule[] => [
  ...ys.map((at) => ({ horizontal: true, at, from: xs[0] ?? 0, to: xs[xs.length - 1] ?? 0 })),
  ...xs.map((at) => ({ horizontal: false, at, from: ys[0] ?? 0, to: ys[ys.length - 1] ?? 0 })),
];

/** A ruled table on page 1 (指标 | 分值 | 得分) and the lattice tables of a page 2. */
function continuedTables(page2: readonly (readonly [string, number, number])[], xs2: number[]) {
  const page1 = itemsAt([
    ['指标', 52, 112],
    ['分值', 152, 112],
    ['得分', 202, 112],
    ['产出', 52, 132],
    ['50', 152, 132],
    ['48.5', 202, 132],
  ]);
  const first = latticeTables(
    pageRuns(page1, [1, 0, 0, -1, 0, 842]),
    gridRules([50, 150, 200, 250], [100, 120, 140]),
    1,
  ).tables;
  const second = latticeTables(
    pageRuns(itemsAt(page2), [1, 0, 0, -1, 0, 842]),
    gridRules(xs2, [60, 95]),
    2,
  ).tables;
  return joinPages([...first, ...second], () => false);
}

describe('a table continued on the next page by one row of merged cells', () => {
  test('a one-row box drawing only some of the column edges continues the table, spread over its columns', () => {
    const joined = continuedTables(
      [
        ['合计', 52, 80],
        ['97.', 202, 72],
        ['83', 202, 84],
      ],
      [50, 200, 250],
    );
    expect(joined.map((table) => table.rows.map((row) => row.map((cell) => cell.text)))).toEqual([
      [
        ['指标', '分值', '得分'],
        ['产出', '50', '48.5'],
        ['合计', '', '97.83'],
      ],
    ]);
    expect(joined[0]?.repairs.map((repair) => [repair.code, repair.location])).toEqual([
      ['pdf_page_break', { kind: 'page', page: 2, line: 1 }],
    ]);
  });

  test('a one-row box with a column edge the table above does not draw is a table of its own', () => {
    const joined = continuedTables(
      [
        ['签字', 52, 80],
        ['某某', 177, 80],
      ],
      [50, 175, 250],
    );
    expect(joined.map((table) => [table.pages, table.lone?.length])).toEqual([
      [[1], undefined],
      [[2], 2],
    ]);
  });

  test('a ruled box of one row that continues no table is read as prose', async () => {
    const boxed: DocumentContent = {
      title: '说明',
      before: [],
      table: [[{ text: '填报人' }, { text: '某某' }]],
      after: [],
    };
    const source = valueOf(await readPdf(writePdf(boxed), pdfjs));
    expect([source.grids.length, source.text]).toEqual([0, '说明\n填报人 某某']);
  });
});

describe('a number wrapped inside its cell', () => {
  const run = (text: string, x: number, baseline: number): TextRun => ({
    text,
    x,
    width: widthOf(text),
    baseline,
    size: layoutSize,
    line: baseline,
  });
  test.each([
    [['97.', '83'], '97.83'],
    [['9.6', '8'], '9.68'],
    [['1,12', '0.00'], '1,120.00'],
    [['产出指标(5', '0分)'], '产出指标(50分)'],
    [['ISO', '9001'], 'ISO 9001'],
    [['Word', 'table'], 'Word table'],
    [['安保服务费按', '月拨付及时率'], '安保服务费按月拨付及时率'],
  ])('the lines %j join to %s', (lines, joined) => {
    expect(joinRuns(lines.map((text, index) => run(text, 100, 100 + 12 * index)))).toBe(joined);
  });
});

describe('stream tables: cells vertically centred, names wrapped over lines', () => {
  // A Word table printed by LibreOffice without borders, every cell vertically centred: a
  // wrapped cell stands half a line above and below its row's line, a merged name around the
  // middle of the rows it spans, and the weight of a name (`（15分）`) is broken inside it.
  const centred: readonly (readonly LaidCell[])[] = [
    ['一级指标', '二级指标', '三级指标', '分值', '年度指标\n值', '实际完成\n值', '得分'],
    [['投入（15\n分）', 4], ['目标设定（6\n分）', 2], '绩效目标合理性', '3', '合理', '达成', '3'],
    ['', '', '绩效指标明确性', '3', '明确', '达成', '3'],
    ['', ['预算配置（9\n分）', 2], '在职人员控制率', '4', '≤100%', '96%', '4'],
    ['', '', '公用经费控制率', '5', '≤100%', '98%', '5'],
    [
      ['产出（35\n分）', 3],
      '产出数量\n（15分）',
      '市场主体抽检任务\n完成率',
      '15',
      '≥95%',
      '98%',
      '15',
    ],
    ['', '产出质量\n（10分）', '抽检结果公示率', '10', '≥98%', '99%', '10'],
    ['', '产出时效\n（10分）', '投诉举报按时办结\n率', '10', '100%', '100%', '10'],
    [
      ['效果（50\n分）', 2],
      '社会效益\n（15分）',
      '食品安全抽检合格\n率',
      '15',
      '≥97%',
      '97.5%',
      '15',
    ],
    ['', '满意度（35\n分）', '服务对象满意度', '35', '≥90%', '92%', '33'],
    ['合计', '', '', '100', '', '', '98'],
  ];
  const layout: PrintLayout = {
    widths: [50, 56, 80, 30, 44, 44, 30],
    align: () => 'left',
    vertical: 'centre',
    padding: 4,
  };

  test('the rows read as laid out, names lifted to the first row they span', () => {
    expect(streamRows(layOutItems(centred, layout))).toEqual(filledRows(centred));
  });

  test('the weight in a wrapped name is no column of its own, and no line ends the table early', () => {
    const table = streamTables(pageRuns(layOutItems(centred, layout), [1, 0, 0, -1, 0, 842]), 1)
      .tables[0];
    expect([table?.columns.length, table?.rows.length]).toEqual([7, 11]);
  });

  test('a line crossing the columns between rows of the table does not end it', () => {
    const rows: readonly (readonly LaidCell[])[] = [
      ['一级指标', '二级指标', '三级指标', '分值', '得分'],
      ['产出指标', '数量指标', '培训人数', '60', '58'],
      ['注：本行说明文字很长跨过了各列', '', '', '', ''],
      ['效益指标', '社会效益', '就业率', '40', '38'],
      ['合计', '', '', '100', '96'],
    ];
    const table = streamTables(
      pageRuns(
        layOutItems(rows, { widths: [50, 50, 50, 30, 30], align: () => 'left', vertical: 'top' }),
        [1, 0, 0, -1, 0, 842],
      ),
      1,
    ).tables[0];
    // Read as a wide cell of the table: under the row above, it goes on its first cell.
    expect(table?.rows.map((row) => row[0]?.text)).toEqual([
      '一级指标',
      '产出指标注：本行说明文字很长跨过了各列',
      '效益指标',
      '合计',
    ]);
  });
});

describe('borderless rows that fail the header’s column shape', () => {
  const draft = (texts: readonly string[], line: number): DraftCell[] =>
    texts.map((text) => ({ text, page: 1, line }));
  const header = draft(['一级指标', '二级指标', '三级指标', '分值', '得分'], 1);

  test('a block with a score torn from its name is read as unread rows, its total with it', () => {
    const checked = checkRowShape(
      [
        header,
        draft(['产出指标', '数量指标', '培训人数', '60', '58'], 2),
        draft(['', '', '就业率', '', ''], 3),
        draft(['', '', '', '40', '38'], 4),
        draft(['合计', '', '', '100', '96'], 5),
      ],
      1,
    );
    expect(checked.rows.map((row) => row[0]?.unread?.en ?? null)).toEqual([
      null,
      ...Array.from(
        { length: 4 },
        () =>
          "the page draws no rules and the rows inferred from alignment do not fit the header's columns (a row of a 三级 name without its weight and score; 2 such rows): this block's rows are not read",
      ),
    ]);
    expect(checked.repairs.map((repair) => [repair.code, repair.location, repair.guess])).toEqual([
      ['pdf_rows_unplaced', { kind: 'page', page: 1, line: 3 }, true],
    ]);
  });

  test('a block whose every row has its name and its numbers is left as read', () => {
    const rows = [
      header,
      draft(['产出指标', '数量指标', '培训人数', '60', '58'], 2),
      draft(['效益指标', '', '', '', ''], 3),
      draft(['', '社会效益', '就业率', '40', '38'], 4),
      draft(['合计', '', '', '100', '96'], 5),
    ];
    expect(checkRowShape(rows, 1)).toEqual({ rows, repairs: [] });
  });

  test('a 2-level header: a 二级 row without numbers (a category) is no fault', () => {
    const rows = [
      draft(['一级指标', '二级指标', '分值', '得分'], 1),
      draft(['产出指标', '', '60', '58'], 2),
      draft(['', '数量指标', '', ''], 3),
      draft(['', '培训人数', '60', '58'], 4),
      draft(['合计', '', '60', '58'], 5),
    ];
    expect(checkRowShape(rows, 1)).toEqual({ rows, repairs: [] });
  });

  test('five levels: the leaves are the rightmost level column, 四级 a category over them', () => {
    const five = draft(
      ['一级指标', '二级指标', '三级指标', '四级指标', '五级指标', '分值', '得分'],
      1,
    );
    const rows = [
      five,
      draft(['产出指标', '数量指标', '培训', '人数', '', '60', '58'], 2),
      draft(['', '', '', '', '初级', '30', '29'], 3),
      draft(['', '', '', '', '高级', '30', '29'], 4),
      draft(['合计', '', '', '', '', '60', '58'], 5),
    ];
    expect(checkRowShape(rows, 1)).toEqual({ rows, repairs: [] });
    const torn = [
      five,
      draft(['产出指标', '数量指标', '培训', '人数', '初级', '', ''], 2),
      draft(['', '', '', '', '', '30', '29'], 3),
    ];
    expect(checkRowShape(torn, 1).repairs.map((repair) => repair.code)).toEqual([
      'pdf_rows_unplaced',
    ]);
  });

  test('the category columns of a header: 一级 and 二级 to three levels, all but the leaf column deeper', () => {
    const roles = (texts: readonly string[]) =>
      new Map(
        texts.flatMap((text, column) => {
          const role = columnRole(text);
          return role === undefined ? [] : [[column, role] as const];
        }),
      );
    const shape = (texts: readonly string[]) => {
      const columns = levelColumns(roles(texts));
      return { upper: [...columns.upper], leaf: columns.leaf };
    };
    expect(shape(['一级指标', '二级指标', '分值', '得分'])).toEqual({ upper: [0, 1], leaf: [] });
    expect(shape(['一级指标', '二级指标', '三级指标', '分值'])).toEqual({
      upper: [0, 1],
      leaf: [2],
    });
    expect(shape(['一级指标', '二级指标', '三级指标', '四级指标', '五级指标', '分值'])).toEqual({
      upper: [0, 1, 2, 3],
      leaf: [4],
    });
  });
});
