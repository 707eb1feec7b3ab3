import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import { visibleText } from '../../issues/visibleText.js';

/** The issues of a batch's command line. */
export const batchIssues = Object.freeze({
  /** `--jobs` that is not a whole number from 1 to 256. */
  invalidJobs: (written: string): Issue =>
    createIssue(
      'invalid_jobs',
      ['--jobs'],
      {
        zh: `--jobs 应为 1 到 256 的整数（所给：${visibleText(written)}）`,
        en: `--jobs takes a whole number from 1 to 256 (given: ${visibleText(written)})`,
      },
      { expected: '1–256', received: written },
    ),
  /** `--ndjson` with files named: the documents come from standard input. */
  ndjsonWithFiles: (args: readonly string[]): Issue =>
    createIssue('ndjson_with_files', [], {
      zh: `--ndjson 从标准输入逐行读取文档，不能同时给出文件：${args.map(visibleText).join('、')}`,
      en: `--ndjson reads one document per line of standard input, so no file can be given with it: ${args.map(visibleText).join(', ')}`,
    }),
  /** `--summary` naming where the results are written already. */
  summaryClash: (summary: string): Issue =>
    createIssue('summary_clashes_with_output', ['--summary'], {
      zh: `--summary ${visibleText(summary)} 与结果写到同一处：请为汇总另给一个文件（或用 -o 把结果写入文件）`,
      en: `--summary ${visibleText(summary)} is where the results are written: give the summary a file of its own (or write the results to a file with -o)`,
    }),
  /** A format a batch cannot write (`--format report`). */
  formatNotForBatch: (format: string): Issue =>
    createIssue('format_not_for_batch', ['--format'], {
      zh: `批量评分不能输出 ${visibleText(format)} 格式：可用 ndjson（每份文档一行）或汇总的 table、json、markdown、csv`,
      en: `A batch cannot be written as ${visibleText(format)}: use ndjson (one line per document) or a summary as table, json, markdown or csv`,
    }),
});
