// Word tables as real 自评表 are written (fixed column widths, rows at least 0.8 cm, every cell
// vertically centred, 宋体 10.5 pt), printed to PDF by LibreOffice, as a user trial printed them:
// - a 项目支出 table with borders, long enough that its 合计 row runs onto page 2, where its
//   narrow 得分 cell wraps the score (`97.` over `83`): the row must be joined to the table and
//   the wrong total found, as in the Word file;
// - a 部门整体 投入/过程/产出/效果 table without borders, whose narrow name columns wrap every
//   name and its weight (`投入（15` over `分）`) around the row's line: it must read row for
//   row as its bordered print and its Word file do, and audit clean.
// Without soffice the tests are skipped locally and fail in CI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditDocument } from '../src/audit/auditDocument.js';
import type { DocumentSource } from '../src/tables/DocumentSource.js';
import { readScoreTable } from '../src/tables/scoreTable/index.js';
import type { ContentCell } from './fixtures/documents/projectDocument.js';
import { findSoffice, printWithSuite } from './support/officeSuite.js';
import { docxPackage, paragraphXml } from './support/writeDocx.js';
import { escapeXml, placeTable, type GridSlot } from './support/zipParts.js';
import { checkLine, gridTexts, readBytes } from './support/documentLines.js';

const soffice = findSoffice();
const required =
  'LibreOffice is required for the office-suite tests: soffice is not on PATH (apt-get install --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui fonts-wqy-zenhei)';
/** Printing every file takes one soffice start: this only guards against a hang. */
const conversionTimeout = 300_000;

const cell = (text: string, rowSpan = 1, colSpan = 1): ContentCell => ({
  text,
  ...(rowSpan === 1 ? {} : { rowSpan }),
  ...(colSpan === 1 ? {} : { colSpan }),
});
const cells = (...texts: readonly string[]): ContentCell[] => texts.map((text) => cell(text));

/** A Word document of a title, one table and paragraphs, as the trial's files were written. */
interface TrialDocument {
  readonly title: string;
  readonly table: readonly (readonly ContentCell[])[];
  /** Each grid column's width, in twentieths of a point. */
  readonly widths: readonly number[];
  readonly borders: boolean;
  readonly after: readonly string[];
}

const font =
  '<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="21"/></w:rPr>';

/** A cell's paragraph: its text in 宋体 10.5 pt. */
const cellParagraph = (text: string): string =>
  text === ''
    ? '<w:p/>'
    : `<w:p><w:r>${font}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

/** A table cell: its width, spans, vertical merge and centring, then its paragraph. */
function cellXml(slot: GridSlot, rowIndex: number, widths: readonly number[]): string {
  const start = slot.kind === 'start';
  const content = start ? slot.cell : slot.by;
  const column = start ? slot.column : slot.fromColumn;
  const colSpan = content.colSpan ?? 1;
  const width = widths.slice(column, column + colSpan).reduce((sum, each) => sum + each, 0);
  const rowSpan = content.rowSpan ?? 1;
  const merge = rowSpan === 1 ? '' : start ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>';
  const span = colSpan === 1 ? '' : `<w:gridSpan w:val="${String(colSpan)}"/>`;
  const first = start || slot.fromRow === rowIndex;
  return `<w:tc><w:tcPr><w:tcW w:w="${String(width)}" w:type="dxa"/>${span}${merge}<w:vAlign w:val="center"/></w:tcPr>${first && start ? cellParagraph(content.text) : '<w:p/>'}</w:tc>`;
}

/** The document's .docx bytes. */
function trialDocx(document: TrialDocument): Uint8Array {
  const placed = placeTable(document.table);
  const border = document.borders
    ? 'w:val="single" w:sz="4" w:space="0" w:color="000000"'
    : 'w:val="nil"';
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} ${border}/>`)
    .join('');
  const rows = placed.rows.map((slots, rowIndex) => {
    const written = slots
      .filter((slot) => slot.kind === 'start' || slot.column === slot.fromColumn)
      .map((slot) => cellXml(slot, rowIndex, document.widths))
      .join('');
    return `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="454"/></w:trPr>${written}</w:tr>`;
  });
  const table = `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${document.widths.map((width) => `<w:gridCol w:w="${String(width)}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
  const body = [paragraphXml(document.title), table, ...document.after.map(paragraphXml)].join('');
  return docxPackage(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1134" w:bottom="1440" w:left="1134" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  );
}

/** A 项目支出 table whose 合计 row (its total written `total`) runs onto page 2. */
const projectContinued = (total: string): TrialDocument => ({
  title: '项目支出绩效自评表（2024年度）',
  widths: [700, 500, 900, 1500, 1000, 1000, 600, 600, 1700],
  borders: true,
  table: [
    [cell('项目名称', 1, 2), cell('示例中小学校园安保服务项目', 1, 7)],
    [
      cell('主管部门', 1, 2),
      cell('某县教育局', 1, 3),
      cell('实施单位', 1, 2),
      cell('某县教育后勤服务中心', 1, 2),
    ],
    [
      cell('项目资金（万元）', 1, 3),
      ...cells('年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'),
    ],
    [cell('年度资金总额：', 1, 3), ...cells('88.00', '88.00', '85.36', '10', '97.00%', '9.7')],
    [cell('其中：本年财政拨款', 1, 3), ...cells('88.00', '88.00', '85.36', '', '', '')],
    [cell('上年结转资金', 1, 3), ...cells('', '', '', '', '', '')],
    [cell('其他资金', 1, 3), ...cells('', '', '', '', '', '')],
    [cell('年度总体目标', 2), cell('预期目标', 1, 4), cell('实际完成情况', 1, 4)],
    [
      cell('为全县32所中小学配备专职保安46人，视频监控点位不少于320个。', 1, 4),
      cell('配备专职保安46人，建成监控点位334个，全年未发生安全责任事故。', 1, 4),
    ],
    [
      cell('绩效指标', 8),
      ...cells('一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'),
      cell('偏差原因分析及改进措施'),
    ],
    [
      cell('产出指标(50分)', 4),
      cell('数量指标', 2),
      ...cells('配备专职保安人数', '≥46人', '46人', '15', '15', ''),
    ],
    cells('校园视频监控点位', '≥320个', '334个', '10', '10', ''),
    [cell('质量指标'), ...cells('安保人员持证上岗率', '100%', '100%', '15', '15', '')],
    [
      cell('时效指标'),
      ...cells('安保服务费按月拨付及时率', '≥95%', '92%', '10', '9.68'),
      cell('年初合同签订延后，1月服务费延至2月拨付'),
    ],
    [
      cell('效益指标(30分)', 2),
      cell('社会效益指标'),
      ...cells('校园安全责任事故发生数', '=0起', '0起', '15', '15', ''),
    ],
    [
      cell('可持续影响指标'),
      ...cells('校园安全长效机制', '健全', '达成', '15', '13', '应急演练频次偏低'),
    ],
    [
      cell('满意度指标(10分)'),
      cell('服务对象满意度指标'),
      ...cells('师生及家长满意度', '≥90%', '94%', '10', '10', ''),
    ],
    [cell('合计', 1, 6), ...cells('', total, '')],
  ],
  after: [
    '评价结论：项目自评得分97.38分，评价等级为优。',
    '项目负责人：谢某        财务负责人：韩某',
  ],
});

/** A 部门整体 投入/过程/产出/效果 table, with or without borders, its total written `total`. */
const departmentCentred = (borders: boolean, total = '98.23'): TrialDocument => ({
  title: '部门整体支出绩效自评表（2024年度）',
  widths: [1300, 1500, 2100, 700, 1200, 1200, 900],
  borders,
  table: [
    [cell('部门（单位）名称', 1, 2), cell('某县示例市场监督管理局', 1, 5)],
    [
      cell('部门（单位）总体资金（万元）', 1, 2),
      ...cells('资金来源', '年初预算数', '全年预算数', '全年执行数', '执行率'),
    ],
    [cell('', 1, 2), ...cells('年度资金总额', '1,120.00', '1,180.00', '1,144.60', '97.00%')],
    [cell('', 1, 2), ...cells('其中：基本支出', '820.00', '850.00', '841.50', '')],
    [cell('', 1, 2), ...cells('项目支出', '300.00', '330.00', '303.10', '')],
    cells('一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分'),
    [
      cell('投入（15分）', 4),
      cell('目标设定（6分）', 2),
      ...cells('绩效目标合理性', '3', '合理', '达成', '3'),
    ],
    cells('绩效指标明确性', '3', '明确', '达成', '3'),
    [cell('预算配置（9分）', 2), ...cells('在职人员控制率', '4', '≤100%', '96%', '4')],
    cells('公用经费控制率', '5', '≤100%', '98%', '5'),
    [
      cell('过程（25分）', 4),
      cell('预算执行（15分）', 2),
      ...cells('预算完成率', '9', '100%', '97.00%', '8.73'),
    ],
    cells('结转结余率', '6', '≤5%', '3%', '6'),
    [cell('财务管理（10分）', 2), ...cells('资金使用合规性', '5', '合规', '达成', '5')],
    cells('管理制度健全性', '5', '健全', '部分达成', '3.5'),
    [
      cell('产出（35分）', 3),
      cell('产出数量（15分）'),
      ...cells('市场主体抽检任务完成率', '15', '≥95%', '98%', '15'),
    ],
    [cell('产出质量（10分）'), ...cells('抽检结果公示率', '10', '≥98%', '99%', '10')],
    [cell('产出时效（10分）'), ...cells('投诉举报按时办结率', '10', '100%', '100%', '10')],
    [
      cell('效果（25分）', 2),
      cell('社会效益（15分）'),
      ...cells('食品安全抽检合格率', '15', '≥97%', '97.5%', '15'),
    ],
    [cell('满意度（10分）'), ...cells('服务对象满意度', '10', '≥90%', '92%', '10')],
    [cell('合计', 1, 3), ...cells('100', '', '', total)],
  ],
  after: ['本单位2024年度部门整体支出绩效自评总分为98.23分，评价等级为优。'],
});

const documents = {
  'project-right': projectContinued('97.38'),
  'project-wrong': projectContinued('97.83'),
  'department-bordered': departmentCentred(true),
  'department-borderless': departmentCentred(false),
  'department-borderless-wrong': departmentCentred(false, '98.32'),
} as const;
type Name = keyof typeof documents;

/** Each grid's rows read of the rows seen. */
const coverage = (source: DocumentSource): string[] =>
  source.grids.map((grid) => {
    const table = readScoreTable(grid);
    return `${String(table.rowsRead)}/${String(table.rowsSeen)}`;
  });

/** The audit's status and its findings, in one line each (where they stand left out). */
function findings(source: DocumentSource): [string, string[]] {
  const audit = auditDocument(source);
  if (!audit.ok) throw new Error(JSON.stringify(audit.issues));
  return [audit.value.status, audit.value.findings.map(checkLine)];
}

/** The messages of the audit's findings. */
function findingMessages(source: DocumentSource): string[] {
  const audit = auditDocument(source);
  if (!audit.ok) throw new Error(JSON.stringify(audit.issues));
  return audit.value.findings.map((finding) => finding.message.zh);
}

if (soffice === undefined) {
  if (process.env['CI'] === 'true')
    test('LibreOffice is installed on the CI machine', () => {
      throw new Error(required);
    });
  else test.skip(`skipped: ${required}`, () => undefined);
} else {
  const office = soffice;
  const folder = mkdtempSync(join(tmpdir(), 'jixiao-office-trial-'));
  const pdfs = new Map<string, Uint8Array>();
  beforeAll(async () => {
    const files = new Map(
      Object.entries(documents).map(([name, document]) => [`${name}.docx`, trialDocx(document)]),
    );
    for (const [name, bytes] of await printWithSuite(office, folder, files))
      pdfs.set(name.replace(/\.docx$/u, ''), bytes);
  }, conversionTimeout);
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  /** The PDF LibreOffice printed of a document. */
  const pdfOf = async (name: Name): Promise<DocumentSource> => {
    const bytes = pdfs.get(name) ?? pdfs.get(`${name}.docx`);
    if (bytes === undefined) throw new Error(`LibreOffice printed no ${name}`);
    return readBytes(bytes);
  };

  describe('a ruled table whose 合计 row runs onto page 2, its score wrapped in the cell', () => {
    test('the 合计 row is joined to the table, its score one number, the break a repair', async () => {
      const source = await pdfOf('project-wrong');
      const grid = source.grids[0];
      expect([
        source.grids.length,
        gridTexts(source)[0]?.slice(-2),
        grid?.repairs.map((repair) => repair.code),
        grid?.rows[grid.rows.length - 1]?.cells[7]?.location,
        coverage(source),
      ]).toEqual([
        1,
        [
          ' | 满意度指标(10分) | 服务对象满意度指标 | 师生及家长满意度 | ≥90% | 94% | 10 | 10 | ',
          '合计 |  |  |  |  |  |  | 97.83 | ',
        ],
        ['pdf_page_break'],
        { kind: 'page', page: 2, line: 1, column: 8 },
        ['18/18'],
      ]);
    });

    test('the grid is the one the Word file reads to', async () => {
      const word = await readBytes(trialDocx(documents['project-right']));
      expect(gridTexts(await pdfOf('project-right'))).toEqual(gridTexts(word));
    });

    test('the wrong total is found, as in the Word file', async () => {
      const word = findings(await readBytes(trialDocx(documents['project-wrong'])));
      const pdf = await pdfOf('project-wrong');
      expect(findings(pdf)).toEqual(word);
      expect(findingMessages(pdf)).toEqual([
        '「总分」总分为 97.83，但 9.7 + 49.68 + 28 + 10 = 97.38（相差 0.45）',
        '自评得分 97.38（第 2 行）与评分表合计 97.83不一致',
      ]);
    });

    test('the right total audits consistent', async () => {
      expect(findings(await pdfOf('project-right'))).toEqual(['consistent', []]);
    });
  });

  describe('a borderless table of centred cells, its names wrapped around their rows', () => {
    test('the borderless print reads row for row as the bordered print and the Word file', async () => {
      const borderless = await pdfOf('department-borderless');
      const bordered = await pdfOf('department-bordered');
      const word = await readBytes(trialDocx(documents['department-borderless']));
      expect([gridTexts(borderless), coverage(borderless)]).toEqual([
        gridTexts(bordered),
        ['20/20'],
      ]);
      expect(gridTexts(borderless)).toEqual(gridTexts(word));
    });

    test('amounts wrapped inside their cells are whole numbers again', async () => {
      const rows = gridTexts(await pdfOf('department-borderless'))[0] ?? [];
      expect(rows.slice(2, 5)).toEqual([
        ' |  | 年度资金总额 | 1,120.00 | 1,180.00 | 1,144.60 | 97.00%',
        ' |  | 其中：基本支出 | 820.00 | 850.00 | 841.50 | ',
        ' |  | 项目支出 | 300.00 | 330.00 | 303.10 | ',
      ]);
    });

    test('it audits consistent, with the checks of the bordered print', async () => {
      const audit = auditDocument(await pdfOf('department-borderless'));
      const bordered = auditDocument(await pdfOf('department-bordered'));
      if (!audit.ok || !bordered.ok) throw new Error('the audit failed');
      expect([audit.value.status, audit.value.checks.map(checkLine)]).toEqual([
        'consistent',
        bordered.value.checks.map(checkLine),
      ]);
    });

    test('a wrong 合计 is found, as in the Word file', async () => {
      const word = findings(await readBytes(trialDocx(documents['department-borderless-wrong'])));
      const pdf = await pdfOf('department-borderless-wrong');
      expect(findings(pdf)).toEqual(word);
      expect(findingMessages(pdf)).toEqual([
        '「总分」总分为 98.32，但 15 + 23.23 + 35 + 25 = 98.23（相差 0.09）',
        '自评总分 98.23（第 2 行）与评分表合计 98.32不一致',
      ]);
    });
  });
}
