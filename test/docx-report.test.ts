// The Word report and summary read back by jixiao's own readers: every row of the score table
// with its 分值 and 得分, the total and the grade in the 自评结论, the audit of the file
// consistent; and the command line that writes them.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { auditDocument } from '../src/audit/auditDocument.js';
import { writeReportDocx } from '../src/audit/writeReportDocx.js';
import { writeSummaryDocx } from '../src/batch/writeSummaryDocx.js';
import { createBatchSummary } from '../src/batch/createBatchSummary.js';
import { scoreDocument } from '../src/batch/scoreDocument.js';
import { decimal } from '../src/decimal/decimal.js';
import type { Evaluation, LeafResult, NodeResult } from '../src/evaluation/Evaluation.js';
import { evaluate } from '../src/index.js';
import { parseDataFile } from '../src/json.js';
import type { DocumentSource } from '../src/tables/DocumentSource.js';
import * as fflate from 'fflate';
import { openZip } from '../src/tables/office/openZip.js';
import { readDocx } from '../src/tables/office/readDocx.js';
import { readBytes } from './support/documentLines.js';
import { runJixiaoAsync } from './support/runJixiao.js';

const root = new URL('..', import.meta.url).pathname;
const examples = {
  nanzhou: {
    file: join(root, 'examples/nanzhou-2023.json'),
    conclusion:
      '广州市（海珠区）2023 年部门整体支出绩效自评指标体系设计总分值为 100 分，根据指标评分表，广州市海珠区人民政府南洲街道办事处整体绩效自评得分 91.46 分，等级为优。',
    total: ['总分', '', '', '100', '91.46', '', '等级：优'],
  },
  project: {
    file: join(root, 'examples/project-2024.json'),
    conclusion:
      '项目支出绩效自评（财预〔2020〕10号）设计总分值为 100 分，根据指标评分表，2024 年老旧小区改造项目（示例）整体绩效自评得分 94.6 分，等级为优。',
    total: ['总分', '', '', '100', '94.6', '', '等级：优'],
  },
} as const;
type Example = keyof typeof examples;

/** An example scored, with the name and year its report is written for. */
function scored(example: Example): {
  readonly evaluation: Evaluation;
  readonly department: string;
  readonly year: number;
} {
  const data = parseDataFile(JSON.parse(readFileSync(examples[example].file, 'utf8')));
  if (!data.ok) throw new Error(JSON.stringify(data.issues));
  const evaluation = evaluate(data.value.scheme, data.value.inputs);
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.issues));
  const department = data.value.department?.name ?? data.value.project?.name ?? '';
  const year = data.value.department?.year ?? evaluation.value.scheme.effectiveYear ?? 0;
  return { evaluation: evaluation.value, department, year };
}

async function reportOf(example: Example): Promise<{
  readonly evaluation: Evaluation;
  readonly bytes: Uint8Array;
  readonly source: DocumentSource;
}> {
  const { evaluation, department, year } = scored(example);
  const written = await writeReportDocx(evaluation, { department, year });
  if (!written.ok) throw new Error(JSON.stringify(written.issues));
  return { evaluation, bytes: written.value, source: await readBytes(written.value) };
}

/** The nodes the score table has a row for, in its order: 一级, 二级, then the leaves under each. */
function tableNodes(evaluation: Evaluation): readonly NodeResult[] {
  const leaves = (node: NodeResult): readonly LeafResult[] =>
    node.type === 'leaf' ? [node] : node.children.flatMap(leaves);
  return evaluation.indicators.flatMap((top) =>
    top.type === 'leaf'
      ? [top]
      : [
          top,
          ...top.children.flatMap((second) =>
            second.type === 'leaf' ? [second] : [second, ...leaves(second)],
          ),
        ],
  );
}

/**
 * A Word file read with its tables apart: `readDocument` joins a table without a title of its
 * own to the one before it, as a report's continued table is.
 */
function tablesApart(bytes: Uint8Array): DocumentSource {
  const parts = openZip(bytes, fflate.unzipSync);
  if (!parts.ok) throw new Error(JSON.stringify(parts.issues));
  const source = readDocx(parts.value);
  if (!source.ok) throw new Error(JSON.stringify(source.issues));
  return source.value;
}

const cellsOf = (source: DocumentSource): string[][] =>
  (source.grids[0]?.rows ?? []).map((row) => row.cells.map((cell) => cell.text));

describe.each(Object.keys(examples) as Example[])('the Word report of %s', (example) => {
  test('one table: the header, a row per indicator with its 分值 and 得分, and the total', async () => {
    const { evaluation, source } = await reportOf(example);
    expect(source.grids).toHaveLength(1);
    const [header, ...rows] = cellsOf(source);
    expect(header).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '分值',
      '得分',
      '得分率',
      '实际完成值',
    ]);
    expect(rows.at(-1)).toEqual(examples[example].total);
    const nodes = tableNodes(evaluation);
    expect(rows).toHaveLength(nodes.length + 1);
    nodes.forEach((node, index) => {
      const row = rows[index] ?? [];
      // The name stands in the 一级, 二级 or 三级 column; merged cells read as empty below.
      expect(row.slice(0, 3).filter((text) => text !== '')).toEqual([node.name.zh]);
      expect(row[3]).toBe(node.weight);
      expect(decimal(row[4] ?? '').equals(decimal(node.score ?? ''))).toBe(true);
    });
  });

  test('the 自评结论 states the total and the grade in the template’s sentence', async () => {
    const { source } = await reportOf(example);
    const lines = source.text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['（一）自评结论。', examples[example].conclusion]);
  });

  test('jixiao’s audit reads the file back as consistent: 0 inconsistent checks', async () => {
    const { source } = await reportOf(example);
    const audit = auditDocument(source);
    if (!audit.ok) throw new Error(JSON.stringify(audit.issues));
    expect(audit.value.checks.filter((check) => check.verdict === 'inconsistent')).toEqual([]);
    expect(audit.value.status).toBe('consistent');
    expect(audit.value.checks.length).toBeGreaterThan(50);
    expect(
      audit.value.tables.map((table) => [table.rowsRead, table.rowsSeen, table.outcome]),
    ).toEqual([[cellsOf(source).length, cellsOf(source).length, 'consistent']]);
  });

  test('the same evaluation gives the same bytes', async () => {
    const [one, two] = await Promise.all([reportOf(example), reportOf(example)]);
    expect(one.bytes).toEqual(two.bytes);
  });
});

describe('the Word report', () => {
  test('in English: the same table, English headers and sentences', async () => {
    const { evaluation, department } = scored('nanzhou');
    const written = await writeReportDocx(evaluation, { lang: 'en', department });
    if (!written.ok) throw new Error(JSON.stringify(written.issues));
    const source = await readBytes(written.value);
    expect(cellsOf(source)[0]).toEqual([
      'Level 1',
      'Level 2',
      'Level 3',
      'Weight',
      'Score',
      'Score rate',
      'Result',
    ]);
    expect(source.text).toContain('scores 91.46 overall in its self-evaluation, grade excellent.');
  });

  test('without fflate: missing_dependency, never a throw', async () => {
    const { evaluation } = scored('nanzhou');
    const written = await writeReportDocx(evaluation, {
      loadZip: () => Promise.reject(new Error('not installed')),
    });
    expect(written.ok ? [] : written.issues.map((issue) => issue.code)).toEqual([
      'missing_dependency',
    ]);
  });

  test('a hostile department name comes back as written, but for what XML cannot hold', async () => {
    const { evaluation } = scored('project');
    const department = `<w:t>&amp;"'${'某'.repeat(5_000)}\uD800\uFFFF`;
    const written = await writeReportDocx(evaluation, { department });
    if (!written.ok) throw new Error(JSON.stringify(written.issues));
    const source = await readBytes(written.value);
    expect(source.text).toContain(
      `根据指标评分表，<w:t>&amp;"'${'某'.repeat(5_000)}\uFFFD\uFFFD整体绩效自评得分 94.6 分`,
    );
  });
});

describe('the Word summary', () => {
  test('a heading and a table per section, read back', async () => {
    const summary = createBatchSummary();
    for (const [index, example] of (Object.keys(examples) as Example[]).entries()) {
      const document = scoreDocument(
        { name: `${example}.json`, text: readFileSync(examples[example].file, 'utf8') },
        index,
      );
      summary.add(document.entry);
    }
    const written = await writeSummaryDocx(summary.summary());
    if (!written.ok) throw new Error(JSON.stringify(written.issues));
    const source = tablesApart(written.value);
    expect(source.text.split('\n')).toEqual(['概况', '等级分布', '总分排名', '一级指标分布']);
    expect(source.grids.map((grid) => grid.rows[0]?.cells.map((cell) => cell.text))).toEqual([
      ['项目', '数量'],
      ['等级', '数量'],
      ['名次', '文件', '单位 / 项目', '方案', '总分', '等级'],
      ['方案', '一级指标', '分值', '已评分文档', '不适用', '最低', '中位数', '最高', '平均'],
    ]);
    expect(
      source.grids[2]?.rows.slice(1).map((row) => [row.cells[1]?.text, row.cells[4]?.text]),
    ).toEqual([
      ['project.json', '94.60'],
      ['nanzhou.json', '91.46'],
    ]);
  });
});

describe('jixiao score … docx', () => {
  const folder = mkdtempSync(join(tmpdir(), 'jixiao-docx-'));

  test('-o 自评报告.docx writes the Word report, which jixiao audit finds consistent', async () => {
    const output = join(folder, '自评报告.docx');
    const run = await runJixiaoAsync('score', examples.nanzhou.file, '-o', output);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    const bytes = new Uint8Array(readFileSync(output));
    expect((await reportOf('nanzhou')).bytes).toEqual(bytes);
    const audit = await runJixiaoAsync('audit', output);
    expect(audit.code).toBe(0);
    expect(audit.stdout).toContain('不一致 0 项');
  });

  test('--format docx without -o is output_file_required, and writes nothing', async () => {
    const run = await runJixiaoAsync('score', examples.nanzhou.file, '--format', 'docx');
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain('[output_file_required]');
  });

  test('a batch with --summary s.docx writes the summary as a Word file', async () => {
    const output = join(folder, 's.docx');
    const run = await runJixiaoAsync(
      'score',
      examples.nanzhou.file,
      examples.project.file,
      '--summary',
      output,
    );
    expect(run.code).toBe(0);
    const source = tablesApart(new Uint8Array(readFileSync(output)));
    expect(source.grids[2]?.rows.slice(1).map((row) => row.cells[4]?.text)).toEqual([
      '94.60',
      '91.46',
    ]);
  });
});
