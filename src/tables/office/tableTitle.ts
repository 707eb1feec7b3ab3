import { isYearOnly } from '../text/cellKinds.js';
import { isTableTitle } from '../vocabulary.js';

/**
 * Whether a line, alone in its paragraph or row, is a table's title (`…自评表（2024年度）`).
 *
 * @param text - the line
 * @returns true for a title
 */
export function isTitleLine(text: string): boolean {
  return text.trim() !== '' && isTableTitle(text);
}

/**
 * Whether a line is the year that completes the title before it (`（2024年度）` under
 * `项目支出绩效自评表`), when that title has no year yet.
 *
 * @param title - the title read so far
 * @param line - the next line
 * @returns true when the line joins the title
 */
export function isTitleYear(title: string, line: string): boolean {
  return isYearOnly(line) && !/\d{4}\s*年/u.test(title);
}
