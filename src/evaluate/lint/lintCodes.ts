/**
 * The codes of the design lints {@link lintScheme} runs, in the order it runs them.
 *
 * @example
 * lintCodes.includes('full_marks_unreachable'); // → true
 */
export const lintCodes = Object.freeze([
  'full_marks_unreachable',
  'grade_band_unreachable',
  'grade_band_swallowed',
  'review_below_cap',
  'level_ranges_overlap',
  'deduction_exceeds_weight',
  'child_share_exceeded',
] as const);

/**
 * The code of a design lint.
 *
 * @example
 * const code: LintCode = 'review_below_cap';
 */
export type LintCode = (typeof lintCodes)[number];
