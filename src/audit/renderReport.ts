import type { Evaluation } from '../evaluation/Evaluation.js';
import type { ReportBlock } from './ReportBlock.js';
import { reportBlocks, type ReportOptions } from './reportBlocks.js';

/**
 * A block as the text report's lines: a leaf table's header and rows one per line, cells spaced.
 * The score table, a grid, is for forms that hold one: its numbers are the sentences' and lines'.
 */
function blockLines(block: ReportBlock): readonly string[] {
  switch (block.kind) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [block.runs.map((run) => run.text).join('')];
    case 'leafTable':
      return [block.header.join(' '), ...block.rows.map((cells) => cells.join(' '))];
    case 'scoreTable':
      return [];
  }
}

/**
 * Writes the scoring part of a self-evaluation report in the template's own sentence forms: the
 * 自评结论 with the total, for each 二级 indicator "该项指标分值 X 分，本次自评得分 Y 分，得分率为 Z%",
 * the budget sentence, and the 三级 tables as text. What it writes, read back by
 * {@link extractClaims}, gives the evaluation's own numbers. Text from the input (the title,
 * the department, names, notes, the grade) stays on its line: line breaks fold into one space and
 * terminal controls are shown as escapes (see `lineText`), so no input can forge a heading or a
 * 自评得分 sentence. The text is `reportBlocks` written one block after another, a blank line between.
 *
 * @param evaluation - the evaluation
 * @param options - `lang` (`zh` default), the department's name, and the year evaluated (default:
 *   the scheme's effective year)
 * @returns the text
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than an
 *   evaluation, or options that are not an object, another language, a department that is not a
 *   string or a year that is not a whole number
 *
 * @example
 * renderReport(evaluation, { department: '南洲街道办事处' });
 * // "（一）自评结论。…整体绩效自评得分 91.46 分…"
 */
export function renderReport(evaluation: Evaluation, options: ReportOptions = {}): string {
  const lines = reportBlocks(evaluation, options).flatMap((block) => {
    const written = blockLines(block);
    return written.length === 0 ? [] : [...written, ''];
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
