import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import { roundingModes, type RoundingMode } from '../decimal/RoundingPolicy.js';
import { isRecord } from '../issues/isRecord.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { defaultGradeBands } from '../scheme/defaultGradeBands.js';
import type { GradeBand } from '../scheme/Scheme.js';
import type { AuditCheck, AuditReport } from './AuditCheck.js';
import type { ClaimedSheet } from './Claims.js';
import { claimedSheetView } from './claimedSheetView.js';
import { readClaim } from './claimValue.js';
import { reportOf } from './makeCheck.js';
import {
  budgetChecks,
  gradeChecks,
  namedChecks,
  threePublicChecks,
  totalChecks,
} from './narrativeChecks.js';

/** What the scheme-less checks may be told instead of a scheme. */
export interface NarrativeCheckOptions {
  /** The grade bands (default: the national ones, ≥90 优, ≥80 良, ≥60 中, else 差). */
  readonly grades?: readonly GradeBand[];
  /** The rounding mode rates are compared with at their printed precision (default half-up). */
  readonly mode?: RoundingMode;
}

/** Throws invalid_argument unless the options have the shape the checks read. */
function checkOptions(options: unknown): void {
  const mode = isRecord(options) ? options['mode'] : undefined;
  const grades = isRecord(options) ? options['grades'] : undefined;
  if (
    !isRecord(options) ||
    (mode !== undefined && !roundingModes.some((each) => each === mode)) ||
    (grades !== undefined &&
      (!Array.isArray(grades) ||
        !grades.every(
          (band: unknown) =>
            isRecord(band) &&
            typeof band['grade'] === 'string' &&
            band['min'] instanceof JixiaoDecimal,
        )))
  )
    throw invalidArgument(
      'options',
      {
        zh: '选项对象（grades 为等级数组，mode 为取舍方式）',
        en: 'an options object (grades an array of bands, mode a rounding mode)',
      },
      options,
    );
}

/**
 * Checks the claims of a report read without a scheme (`extractClaims(text)`), from the
 * report's own numbers alone: a `其中` list of scores sums to the score it breaks down; headings
 * (or `…分值 N 分，自评得分 M 分` sentences) whose weights make up the full marks sum to the total;
 * a score lies within its stated weight, `扣 N 分` is weight − score and `得满分` is the weight;
 * a budget sentence's rate is 执行数 ÷ 预算数 at its printed precision and its `其中` parts add up
 * to it; the grade is the band of the total (national bands unless `grades` are given); and a
 * total, grade, weight, score or budget stated more than once agrees with its first statement,
 * whatever the phrasing. Claims that nothing could be compared with are listed in `skipped`.
 *
 * @param claims - what the report claims
 * @param options - the grade bands and rounding mode, instead of a scheme's
 * @returns every check, the inconsistent ones as findings, and the skipped ones
 * @throws JixiaoError `invalid_argument` when the claims or the options are not of the library's
 *   shapes (untyped callers)
 *
 * @example
 * const read = extractClaims('……综合评分为94.9分，评价等级为良。');
 * if (read.ok) checkNarrative(read.value).findings[0]?.message.zh;
 * // '声称等级 良，但总分 94.9 对应 优'
 */
export function checkNarrative(
  claims: ClaimedSheet,
  options: NarrativeCheckOptions = {},
): AuditReport {
  checkOptions(options);
  const sheet = claimedSheetView(claims);
  const mode = options.mode ?? 'half-up';
  const stated = sheet.fullMarks[0] === undefined ? undefined : readClaim(sheet.fullMarks[0]);
  const fullMarks = stated?.value ?? new JixiaoDecimal(100);
  const checks: (AuditCheck | undefined)[] = [];
  const budgets = budgetChecks(sheet.budget, mode, () => []);
  checks.push(...budgets.checks, ...threePublicChecks(sheet, mode));
  const grades = gradeChecks(sheet, options.grades ?? defaultGradeBands);
  const named = namedChecks(sheet, { mode, fullMarks });
  checks.push(...named.checks, ...grades.checks);
  const totals = totalChecks(sheet, checks, { restatements: true });
  checks.push(...totals.checks);
  return reportOf(checks, [
    ...budgets.skipped,
    ...named.skipped,
    ...grades.skipped,
    ...totals.skipped,
  ]);
}
