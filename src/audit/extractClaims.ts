import { isRecord } from '../issues/isRecord.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import type { Issue } from '../issues/Issue.js';
import { failureOf, success, type Result } from '../issues/Result.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { Scheme } from '../scheme/Scheme.js';
import type { ClaimedSheet } from './Claims.js';
import { readClaims } from './readClaims.js';
import { schemeOutline, type SchemeOutline } from './schemeOutline.js';

/**
 * Reads the claims of a self-evaluation report (部门整体 or 项目支出) from its text, as PDF
 * extraction produces it: table cells broken across lines, page breaks, full-width characters,
 * thousand separators, any line ends (CRLF, CR alone, LF, U+2028/9). It reads the generic
 * sentence forms of narrative reports: totals in every phrasing (整体绩效自评得分 … 分, 自评得分为
 * … 分, 自评总分, 自评总得分, 综合评分为 … 分, 综合得分) and full marks (总分值为 100 分); grades
 * (评价等级为“优”, 自评等级：良, 评价结果为优秀, mapped to 优/良/中/差); budget sentences (全年预算数 /
 * 调整后预算数, 执行数 / 实际支出, 执行率 / 完成预算的 %, 年初预算数, `该项得 N 分`) with their
 * `其中：` parts; category sentences and headings (`产出指标分值50分，自评得分48.5分`,
 * `（二）产出指标（50分）：得48.5分，扣1.5分`), `得满分`, `不得分`, `扣 N 分`, and `其中：` lists of
 * scores; the “三公” sentence. With a scheme, every "该项指标分值 X 分，本次自评得分 Y 分，得分率为
 * Z%" sentence is placed on the indicator its heading names, with the table rows (指标名称 /
 * 指标分值 / 指标得分) under it; without one, those sentences are claims by the heading's name
 * (`named`), like every category sentence.
 *
 * Every occurrence is kept: a report that states a score twice gives two claims, in reading
 * order, each with its line ({@link checkClaims} reports two that disagree). Category scores the
 * report does not state are derived from their children's first claims. What could not be placed
 * is listed in `unplaced`. Reading takes time linear in the text's length, whatever the text.
 *
 * @param report - the report's text
 * @param options - the scheme whose indicators the report scores (a preset's `skeleton()` will
 *   do); none to read the report without one
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
  options: { readonly scheme?: Scheme<RuleBase> } = {},
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
        {
          zh: '选项对象（可含 scheme：评价方案）',
          en: 'an options object (with a scheme, or none)',
        },
        given,
      ).issues,
    );
  }
  const schemeGiven = isRecord(given) ? given['scheme'] : undefined;
  const outline = !isRecord(given)
    ? undefined
    : schemeGiven === undefined
      ? success<SchemeOutline>({ top: [], nodes: [] })
      : schemeOutline(schemeGiven);
  if (outline?.ok === false) issues.push(...outline.issues);
  const failed = failureOf(issues);
  if (failed !== undefined) return failed;
  // A report that is not text, or a scheme not read, gave an issue just above.
  if (typeof text !== 'string' || outline?.ok !== true)
    throw new Error('extractClaims: an argument was neither read nor reported');
  return success(readClaims(text, outline.value, { steps: 0 }));
}
