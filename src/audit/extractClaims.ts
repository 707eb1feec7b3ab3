import { isRecord } from '../issues/isRecord.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import type { Issue } from '../issues/Issue.js';
import { failureOf, success, type Result } from '../issues/Result.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { Scheme } from '../scheme/Scheme.js';
import type { ClaimedSheet } from './Claims.js';
import { readClaims } from './readClaims.js';
import { schemeOutline } from './schemeOutline.js';

/**
 * Reads the claims of a 部门整体支出绩效自评报告 from its text, as PDF extraction produces it:
 * table cells broken across lines, page breaks, full-width characters, thousand separators, any
 * line ends (CRLF, CR alone, LF, U+2028/9). It is driven by the scheme's indicator names and the
 * template's sentence forms, not by one report's layout: the total (整体绩效自评得分 … 分) and
 * full marks; every "该项指标分值 X 分，本次自评得分 Y 分，得分率为 Z%" sentence with the indicator
 * its heading names; the table rows (指标名称 / 指标分值 / 指标得分) under each; the budget
 * sentence; the “三公” sentence.
 *
 * Every occurrence is kept: a report that states a score twice gives two claims, in reading
 * order, each with its line ({@link checkClaims} reports two that disagree). Category scores the
 * report does not state are derived from their children's first claims. What could not be placed
 * is listed in `unplaced`. Reading takes time linear in the text's length, whatever the text.
 *
 * @param report - the report's text
 * @param options - the scheme whose indicators the report scores (a preset's `skeleton()` will do)
 * @returns the claimed score sheet (frozen), or `invalid_argument` for a report that is not text
 *   or options that are not an object, and `invalid_scheme` for a scheme it cannot read
 *
 * @example
 * const claims = extractClaims(readFileSync('report.txt', 'utf8'), { scheme: gzDepartmentOverall2023.skeleton() });
 * if (claims.ok) claims.value.total;
 * // [{ value: '91.46', source: { line: 347, text: '处 2023 年整体绩效自评得分 91.46 分。' } }]
 */
export function extractClaims(
  report: string,
  options: { readonly scheme: Scheme<RuleBase> },
): Result<ClaimedSheet> {
  // Untyped callers reach here with anything: what they gave is checked as unknown.
  const text: unknown = report;
  const given: unknown = options;
  const issues: Issue[] = [];
  // The same issue the library throws for a wrong argument, returned here since the report is
  // outside input.
  if (typeof text !== 'string')
    issues.push(
      ...invalidArgument(
        'report',
        { zh: '报告文本（字符串）', en: 'the report text (a string)' },
        text,
      ).issues,
    );
  if (!isRecord(given)) {
    issues.push(
      ...invalidArgument(
        'options',
        { zh: '含 scheme（评价方案）的选项对象', en: 'an options object with a scheme' },
        given,
      ).issues,
    );
  }
  const outline = isRecord(given) ? schemeOutline(given['scheme']) : undefined;
  if (outline?.ok === false) issues.push(...outline.issues);
  const failed = failureOf(issues);
  if (failed !== undefined) return failed;
  // A report that is not text, or a scheme not read, gave an issue just above.
  if (typeof text !== 'string' || outline?.ok !== true)
    throw new Error('extractClaims: an argument was neither read nor reported');
  return success(readClaims(text, outline.value, { steps: 0 }));
}
