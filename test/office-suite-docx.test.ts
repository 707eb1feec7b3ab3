// Our Word report and summary opened by a real office suite: LibreOffice (headless soffice)
// converts them to text, which holds the 自评结论 with the total and every row of the score table;
// Writer re-saves the report as .docx, which jixiao's audit still reads as consistent. Without
// soffice the tests are skipped locally (with a warning) and fail in CI.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditDocument } from '../src/audit/auditDocument.js';
import { writeReportDocx } from '../src/audit/writeReportDocx.js';
import { createBatchSummary } from '../src/batch/createBatchSummary.js';
import { scoreDocument } from '../src/batch/scoreDocument.js';
import { writeSummaryDocx } from '../src/batch/writeSummaryDocx.js';
import { trimZeros } from '../src/decimal/trimZeros.js';
import type { Evaluation, LeafResult, NodeResult } from '../src/evaluation/Evaluation.js';
import { evaluate } from '../src/index.js';
import { parseDataFile } from '../src/json.js';
import { readBytes } from './support/documentLines.js';
import { convertFilesWithSuite, findSoffice } from './support/officeSuite.js';

const soffice = findSoffice();
const required =
  'LibreOffice is required for the office-suite tests: soffice is not on PATH (apt-get install --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui fonts-wqy-zenhei)';
/** Each conversion is one soffice start: this only guards against a hang. */
const conversionTimeout = 180_000;

if (soffice === undefined) {
  if (process.env['CI'] === 'true')
    test('LibreOffice is installed on the CI machine', () => {
      throw new Error(required);
    });
  else console.warn(`skipped: ${required}`);
}

const root = new URL('..', import.meta.url).pathname;
const exampleFiles = {
  'nanzhou.docx': join(root, 'examples/nanzhou-2023.json'),
  'project.docx': join(root, 'examples/project-2024.json'),
} as const;
type ReportName = keyof typeof exampleFiles;

function scored(file: string): { readonly evaluation: Evaluation; readonly department: string } {
  const data = parseDataFile(JSON.parse(readFileSync(file, 'utf8')));
  if (!data.ok) throw new Error(JSON.stringify(data.issues));
  const evaluation = evaluate(data.value.scheme, data.value.inputs);
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.issues));
  return {
    evaluation: evaluation.value,
    department: data.value.department?.name ?? data.value.project?.name ?? '',
  };
}

/** The leaves of an evaluation, in order. */
const leavesOf = (node: NodeResult): readonly LeafResult[] =>
  node.type === 'leaf' ? [node] : node.children.flatMap(leavesOf);

describe.skipIf(soffice === undefined)('LibreOffice opens the Word report and summary', () => {
  const folder = mkdtempSync(join(tmpdir(), 'jixiao-office-docx-'));
  const evaluations = new Map<ReportName, Evaluation>();
  const files = new Map<string, Uint8Array>();
  let texts: ReadonlyMap<string, Uint8Array> = new Map();
  let resaved: ReadonlyMap<string, Uint8Array> = new Map();

  beforeAll(async () => {
    const summary = createBatchSummary();
    for (const [index, [name, file]] of Object.entries(exampleFiles).entries()) {
      const { evaluation, department } = scored(file);
      evaluations.set(name as ReportName, evaluation);
      const written = await writeReportDocx(evaluation, { department });
      if (!written.ok) throw new Error(JSON.stringify(written.issues));
      files.set(name, written.value);
      summary.add(scoreDocument({ name: file, text: readFileSync(file, 'utf8') }, index).entry);
    }
    const written = await writeSummaryDocx(summary.summary());
    if (!written.ok) throw new Error(JSON.stringify(written.issues));
    files.set('summary.docx', written.value);
    const office = soffice ?? '';
    texts = await convertFilesWithSuite(office, folder, files, 'txt:Text (encoded):UTF8', 'txt');
    resaved = await convertFilesWithSuite(
      office,
      folder,
      new Map([...files].filter(([name]) => name !== 'summary.docx')),
      'docx:MS Word 2007 XML',
      'docx',
    );
  }, conversionTimeout);
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  /** A converted file's lines (the byte-order mark LibreOffice writes left out). */
  const linesOf = (name: string): readonly string[] =>
    new TextDecoder()
      .decode(texts.get(name))
      .replace(/^\uFEFF/u, '')
      .split(/\r?\n/u);

  test.each(Object.keys(exampleFiles) as ReportName[])(
    '%s: the text holds the total and grade sentence, the header and every leaf’s name, 分值 and 得分',
    (name) => {
      const evaluation = evaluations.get(name);
      if (evaluation === undefined) throw new Error(`no evaluation for ${name}`);
      const lines = linesOf(name);
      expect(
        lines.some((line) =>
          line.includes(`整体绩效自评得分 ${trimZeros(evaluation.total)} 分，等级为优。`),
        ),
      ).toBe(true);
      const text = lines.join('\n');
      expect(text).toContain('一级指标\n二级指标\n三级指标\n分值\n得分\n得分率\n实际完成值');
      for (const leaf of evaluation.indicators.flatMap(leavesOf)) {
        // A cell per line: the name, then (after the empty name cells of a 一级 or 二级 leaf) its 分值 and 得分.
        const at = lines.indexOf(leaf.name.zh);
        expect(at, leaf.name.zh).toBeGreaterThanOrEqual(0);
        const values = lines.slice(at + 1, at + 6).filter((line) => line !== '');
        expect(values.slice(0, 2)).toEqual([leaf.weight, trimZeros(leaf.score ?? '')]);
      }
      const total = lines.lastIndexOf('总分');
      expect(
        lines
          .slice(total + 1)
          .filter((line) => line !== '')
          .slice(0, 3),
      ).toEqual(['100', trimZeros(evaluation.total), '等级：优']);
    },
  );

  test('the summary: each section’s heading and table', () => {
    const text = linesOf('summary.docx').join('\n');
    for (const heading of ['概况', '等级分布', '总分排名', '一级指标分布'])
      expect(text).toContain(heading);
    expect(text).toContain('名次\n文件\n单位 / 项目\n方案\n总分\n等级');
    expect(text).toContain('94.60');
    expect(text).toContain('91.46');
  });

  test.each(Object.keys(exampleFiles) as ReportName[])(
    '%s re-saved by Writer: jixiao’s audit still finds it consistent',
    async (name) => {
      const bytes = resaved.get(name);
      if (bytes === undefined) throw new Error(`Writer saved no ${name}`);
      const audit = auditDocument(await readBytes(bytes));
      if (!audit.ok) throw new Error(JSON.stringify(audit.issues));
      expect(audit.value.checks.filter((check) => check.verdict === 'inconsistent')).toEqual([]);
      expect(audit.value.status).toBe('consistent');
    },
  );
});
