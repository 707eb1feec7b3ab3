import type { Evaluation } from '../evaluation/Evaluation.js';
import type { Result } from '../issues/Result.js';
import type { DocxBlock } from '../render/docx/DocxBlock.js';
import type { DocxZipLoader } from '../render/docx/index.js';
import { loadZipWriter } from '../render/office/loadZipWriter.js';
import { writeDocx } from '../render/docx/writeDocx.js';
import type { ReportBlock } from './ReportBlock.js';
import { reportBlocks, type ReportOptions } from './reportBlocks.js';

/**
 * What the Word report is written with: the report's options, and how fflate is loaded.
 *
 * @example
 * const options: ReportDocxOptions = { department: '南洲街道办事处', loadZip: () => import('fflate') };
 */
export interface ReportDocxOptions extends ReportOptions {
  /** Imports fflate (the installed package by default). */
  readonly loadZip?: DocxZipLoader;
}

/**
 * A report block as Word blocks: a heading, a paragraph with its bold runs, the score table as
 * a real table with its merged cells; the leaf tables are left out, since the score table holds
 * their rows.
 */
function docxBlocks(block: ReportBlock): readonly DocxBlock[] {
  switch (block.kind) {
    case 'heading':
      return [{ kind: 'heading', level: 1, runs: [{ text: block.text }] }];
    case 'paragraph':
      return [{ kind: 'paragraph', runs: block.runs }];
    case 'leafTable':
      return [];
    case 'scoreTable':
      return [
        {
          kind: 'table',
          header: block.header.map((text) => ({ runs: [{ text }] })),
          rows: block.rows.map((cells) =>
            cells.map(({ text, ...spans }) => ({ runs: [{ text }], ...spans })),
          ),
          numeric: block.numeric,
        },
      ];
  }
}

/**
 * Writes the scoring part of a self-evaluation report as a Word file (.docx), ready to paste
 * into the template: the blocks `renderReport` (jixiao/audit) writes as text (`reportBlocks`), with
 * each table of indicators (序号 指标名称 指标分值 指标得分 实际完成值) as a real Word table and
 * the total and the grade in the 自评结论's own sentence, in bold. `jixiao audit` reads the file
 * back as consistent. fflate is loaded only now; without it the result is `missing_dependency`.
 *
 * @param evaluation - the evaluation
 * @param options - `lang`, the department's name and the year (as for renderReport), and how
 *   fflate is loaded
 * @returns the file's bytes (the same for the same evaluation), or the issue
 * @throws JixiaoError (`invalid_argument`) for arguments an untyped caller got wrong, as
 *   renderReport does
 *
 * @example
 * const docx = await writeReportDocx(evaluation, { department: '南洲街道办事处' });
 * if (docx.ok) writeFileSync('自评报告.docx', docx.value);
 */
export async function writeReportDocx(
  evaluation: Evaluation,
  options: ReportDocxOptions = {},
): Promise<Result<Uint8Array>> {
  const { loadZip, ...reportOptions } = options;
  const blocks = reportBlocks(evaluation, reportOptions);
  const zip = await loadZipWriter('.docx', loadZip);
  if (!zip.ok) return zip;
  return { ok: true, value: writeDocx(blocks.flatMap(docxBlocks), zip.value) };
}
