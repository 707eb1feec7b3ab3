// Internal: the checks a narrative report allows without a scheme (the claims by name, the 其中
// lists, the budget sentences and their parts, the grade, the totals stated more than once), and
// the claims left unchecked, with the reason. checkClaims (with a scheme) and checkNarrative
// (without) both use them.
import { formatDecimal } from '../decimal/formatDecimal.js';
import { groupThousands } from '../decimal/groupThousands.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import type { RoundingMode } from '../decimal/RoundingPolicy.js';
import { visibleText } from '../issues/visibleText.js';
import type { GradeBand } from '../scheme/Scheme.js';
import type { AuditCheck, SkippedCheck } from './AuditCheck.js';
import type { BudgetClaim, Claim, NamedClaims, ScoreBreakdown } from './Claims.js';
import type { ClaimedSheetView } from './claimedSheetView.js';
import { plainText, readClaim } from './claimValue.js';
import { conflictChecks } from './conflictChecks.js';
import { compareClaim } from './makeCheck.js';

const valueOf = (claim: Claim | undefined): Dec | undefined =>
  claim === undefined ? undefined : readClaim(claim)?.value;

/** An exact value written as a claim is (thousands grouped, at least the claim's places). */
const shownLike = (claim: Claim | undefined, value: Dec): string => {
  const places = claim === undefined ? 0 : (readClaim(claim)?.places ?? 0);
  return groupThousands(formatDecimal(value, Math.max(places, value.decimalPlaces())));
};

const sumOf = (values: readonly Dec[]): Dec =>
  values.reduce<Dec>((sum, value) => sum.plus(value), new JixiaoDecimal(0));

const skip = (what: string, zh: string, en: string, claim?: Claim): SkippedCheck => ({
  what,
  reason: { zh, en },
  ...(claim?.source === undefined ? {} : { source: claim.source }),
});

/** Checks and skipped checks, as each part gives them. */
export interface PartialAudit {
  readonly checks: (AuditCheck | undefined)[];
  readonly skipped: SkippedCheck[];
}

/**
 * The budget sentences' checks: each stated rate is executed ÷ budget at its precision; the 其中
 * parts add up to the sentence's amounts; a sentence restated agrees with the first (sentences
 * about a part, 基本支出…, are compared only with each other).
 *
 * @param budgets - the budget sentences
 * @param mode - the rounding mode rates are compared with
 * @param pathOf - the path of a budget indicator's id
 * @param scoreCheck - the check of the score a sentence's amounts earn (a scheme's rule), made
 *   after each sentence's own checks
 * @returns the checks and the skipped ones
 */
/** The words a budget sentence names its rate by, most specific first, with the label each gives. */
const rateWords: readonly (readonly [string, string])[] = [
  ['完成预算的', '完成预算的比例'],
  ['预算执行率', '预算执行率'],
  ['支出率', '支出率'],
  ['执行率', '执行率'],
];

/**
 * The label of a stated budget rate by the text's own word before it (`执行率96.00%` → 执行率,
 * `完成预算的 99.56%` → 完成预算的比例), else 完成预算的比例.
 */
function rateLabel(rate: Claim | undefined): string {
  const line = rate?.source?.text ?? '';
  const at = rate === undefined ? -1 : line.indexOf(rate.value);
  const before = at < 0 ? line : line.slice(Math.max(0, at - 12), at);
  return rateWords.find(([word]) => before.includes(word))?.[1] ?? '完成预算的比例';
}

export function budgetChecks(
  budgets: readonly BudgetClaim[],
  mode: RoundingMode,
  pathOf: (id: string) => readonly string[],
  scoreCheck: (budget: BudgetClaim) => AuditCheck | undefined = () => undefined,
): PartialAudit {
  const checks: (AuditCheck | undefined)[] = [];
  const skipped: SkippedCheck[] = [];
  for (const budget of budgets) {
    const path = budget.indicator === undefined ? [] : pathOf(budget.indicator);
    const amount = valueOf(budget.budget);
    const executed = valueOf(budget.executed);
    const labels = budget.labels ?? { budget: '全年预算数', executed: '执行数' };
    const prefix = budget.subject === undefined ? '' : `${budget.subject}：`;
    if (budget.rate === undefined)
      skipped.push(
        skip(
          `${prefix}${labels.budget} ${budget.budget.value}`,
          '预算句未写执行率，无从核对',
          'the budget sentence states no execution rate to check',
          budget.budget,
        ),
      );
    else if (amount !== undefined && executed !== undefined && !amount.isZero()) {
      const arithmetic = `${visibleText(budget.executed.value)} ÷ ${visibleText(budget.budget.value)}`;
      checks.push(
        compareClaim(
          {
            code: 'execution_rate',
            path,
            name: `${prefix}${rateLabel(budget.rate)}`,
            against: {
              zh: `${labels.executed} ÷ ${labels.budget}`,
              en: 'executed ÷ budget',
            },
            check: { zh: arithmetic, en: arithmetic },
          },
          budget.rate,
          executed.dividedBy(amount),
          mode,
          false,
        ),
      );
    }
    for (const column of ['budget', 'executed'] as const) {
      const parts = budget.parts ?? [];
      const claims = parts.map((part) => part[column]);
      if (parts.length === 0 || claims.every((claim) => claim === undefined)) continue;
      const values = claims.map(valueOf);
      const label = column === 'budget' ? labels.budget : labels.executed;
      if (values.some((value) => value === undefined)) {
        skipped.push(
          skip(
            `${prefix}${label}的组成`,
            '其中所列部分有的未写此项金额，无法相加',
            'some of the 其中 parts state no amount for this column',
            budget[column],
          ),
        );
        continue;
      }
      const arithmetic = claims.map((claim) => visibleText(claim?.value ?? '')).join(' + ');
      checks.push(
        compareClaim(
          {
            code: 'budget_parts',
            path,
            name: `${prefix}${label}`,
            against: { zh: '其中各部分之和', en: 'the sum of its 其中 parts' },
            check: { zh: arithmetic, en: arithmetic },
          },
          budget[column],
          sumOf(values.filter((value): value is Dec => value !== undefined)),
          mode,
          true,
          shownLike(
            budget[column],
            sumOf(values.filter((value): value is Dec => value !== undefined)),
          ),
        ),
      );
    }
    checks.push(scoreCheck(budget));
  }
  const groups = new Map<string, BudgetClaim[]>();
  for (const budget of budgets) {
    const key = `${budget.indicator ?? ''}\u0000${budget.subject ?? ''}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [budget]);
    else group.push(budget);
  }
  const amountOf = { zh: '金额', en: 'amount' };
  for (const group of groups.values()) {
    const [first] = group;
    const path = first?.indicator === undefined ? [] : pathOf(first.indicator);
    const prefix = first?.subject === undefined ? '' : `${first.subject}：`;
    checks.push(
      ...conflictChecks(
        { path, name: `${prefix}全年预算数`, quantity: amountOf },
        group.map((each) => each.budget),
      ),
      ...conflictChecks(
        { path, name: `${prefix}执行数`, quantity: amountOf },
        group.map((each) => each.executed),
      ),
      ...conflictChecks(
        {
          path,
          name: `${prefix}${rateLabel(group.find((each) => each.rate !== undefined)?.rate)}`,
          quantity: { zh: '数值', en: 'value' },
        },
        group.flatMap((each) => (each.rate === undefined ? [] : [each.rate])),
      ),
    );
  }
  return { checks, skipped };
}

/**
 * The grade checks: each claimed grade is the band of the (first) total, and a grade restated
 * agrees with the first.
 *
 * @param sheet - the claims
 * @param bands - the grade bands (a scheme's, or the national ones)
 * @returns the checks and the skipped ones
 */
export function gradeChecks(sheet: ClaimedSheetView, bands: readonly GradeBand[]): PartialAudit {
  const checks: AuditCheck[] = [];
  const skipped: SkippedCheck[] = [];
  const totalClaim = sheet.total[0];
  const total = valueOf(totalClaim);
  for (const grade of sheet.grade) {
    if (total === undefined) {
      skipped.push(
        skip(
          `等级 ${grade.value}`,
          '报告未写总分，等级无从核对',
          'the report states no total to band',
          grade,
        ),
      );
      continue;
    }
    const band = bands.find((each) => total.greaterThanOrEqualTo(each.min));
    const consistent = band?.grade === grade.value.trim();
    const said = visibleText(grade.value);
    checks.push({
      code: 'grade',
      verdict: consistent ? 'consistent' : 'inconsistent',
      severity: consistent ? 'info' : 'inconsistency',
      path: [],
      name: '等级',
      claimed: grade.value,
      recomputed: band?.grade ?? '',
      difference: consistent ? '0' : `${said} ≠ ${band?.grade ?? ''}`,
      check: {
        zh: `总分 ${visibleText(totalClaim?.value ?? '')} 所在等级`,
        en: `the band of the total ${visibleText(totalClaim?.value ?? '')}`,
      },
      message: consistent
        ? { zh: `等级 ${said} 与总分一致`, en: `grade ${said} agrees with the total` }
        : {
            zh: `声称等级 ${said}，但总分 ${visibleText(totalClaim?.value ?? '')} 对应 ${band?.grade ?? ''}`,
            en: `claims grade ${said}, but the total ${visibleText(totalClaim?.value ?? '')} earns ${band?.grade ?? ''}`,
          },
      ...(grade.source === undefined ? {} : { source: grade.source }),
    });
  }
  checks.push(
    ...conflictChecks(
      { path: [], name: '总分', quantity: { zh: '等级', en: 'grade' } },
      sheet.grade,
    ),
  );
  return { checks, skipped };
}

/** The weight of a name, first stated. */
const weightOf = (entry: NamedClaims | undefined): Dec | undefined => valueOf(entry?.weight[0]);

/**
 * The checks of the claims by name: score within weight, 扣 N 分 = weight − score, 得满分 =
 * weight, 得分率 = score ÷ weight; restatements; each 其中 list of scores against the score it
 * breaks down; and, when a set of headings (or 分值 sentences) of one form has weights making up
 * the full marks, their scores against the total.
 *
 * @param sheet - the claims
 * @param context - the rounding mode and the full marks (100 unless a scheme or the report says)
 * @returns the checks and the skipped ones
 */
export function namedChecks(
  sheet: ClaimedSheetView,
  context: { readonly mode: RoundingMode; readonly fullMarks: Dec },
): PartialAudit {
  const { mode } = context;
  const checks: (AuditCheck | undefined)[] = [];
  const skipped: SkippedCheck[] = [];
  const byName = new Map(sheet.named.map((entry) => [entry.name, entry]));
  for (const entry of sheet.named) {
    const { name } = entry;
    const weight = weightOf(entry);
    const scoreClaim = entry.score[0];
    const score = valueOf(scoreClaim);
    const weightText = entry.weight[0]?.value ?? '';
    if (weight !== undefined)
      for (const claim of entry.score) {
        const value = valueOf(claim);
        if (value === undefined) continue;
        const bounded = value.isNegative()
          ? new JixiaoDecimal(0)
          : JixiaoDecimal.min(value, weight);
        checks.push(
          compareClaim(
            {
              code: 'score_within_weight',
              path: [],
              name,
              against: { zh: '0 至分值之间的得分', en: 'a score between 0 and the weight' },
              check: { zh: `0 ≤ 得分 ≤ ${weightText}`, en: `0 ≤ score ≤ ${weightText}` },
            },
            claim,
            bounded,
            mode,
            true,
          ),
        );
      }
    for (const claim of entry.deduction) {
      if (weight === undefined || score === undefined) {
        skipped.push(
          skip(
            `「${name}」扣 ${claim.value} 分`,
            '未写其分值与得分，扣分无从核对',
            'its weight and score are not both stated',
            claim,
          ),
        );
        continue;
      }
      const arithmetic = `${weightText} − ${scoreClaim?.value ?? ''}`;
      checks.push(
        compareClaim(
          {
            code: 'deduction',
            path: [],
            name,
            against: { zh: '分值 − 得分', en: 'weight − score' },
            check: { zh: arithmetic, en: arithmetic },
          },
          claim,
          weight.minus(score),
          mode,
          true,
        ),
      );
    }
    for (const claim of entry.fullMarks) {
      if (weight === undefined || score === undefined) {
        skipped.push(
          skip(
            `「${name}」得满分`,
            '未写其分值与得分，无从核对',
            'its weight and score are not both stated',
            claim,
          ),
        );
        continue;
      }
      checks.push(
        compareClaim(
          {
            code: 'full_marks',
            path: [],
            name,
            against: { zh: '得满分所指的分值', en: 'the weight 得满分 means' },
            check: { zh: `分值 ${weightText}`, en: `weight ${weightText}` },
          },
          {
            value: scoreClaim?.value ?? '',
            ...(claim.source === undefined ? {} : { source: claim.source }),
          },
          weight,
          mode,
          true,
        ),
      );
    }
    for (const claim of entry.scoreRate) {
      if (weight === undefined || score === undefined || weight.isZero()) continue;
      const arithmetic = `${scoreClaim?.value ?? ''} ÷ ${weightText}`;
      checks.push(
        compareClaim(
          {
            code: 'score_rate',
            path: [],
            name,
            against: { zh: '得分 ÷ 分值', en: 'score ÷ weight' },
            check: { zh: arithmetic, en: arithmetic },
          },
          claim,
          score.dividedBy(weight),
          mode,
          false,
        ),
      );
    }
    checks.push(
      ...conflictChecks({ path: [], name, quantity: { zh: '分值', en: 'weight' } }, entry.weight),
      ...conflictChecks({ path: [], name, quantity: { zh: '得分', en: 'score' } }, entry.score),
    );
  }

  for (const breakdown of sheet.breakdowns)
    checks.push(...breakdownCheck(breakdown, byName, mode, skipped));

  const topSums = topLevelSums(sheet, context);
  checks.push(...topSums);
  return { checks, skipped };
}

/** A 其中 list of scores against the score it breaks down (得满分 parts by their stated weight). */
function breakdownCheck(
  breakdown: ScoreBreakdown,
  byName: ReadonlyMap<string, NamedClaims>,
  mode: RoundingMode,
  skipped: SkippedCheck[],
): (AuditCheck | undefined)[] {
  const values: Dec[] = [];
  const shown: string[] = [];
  for (const part of breakdown.parts) {
    const full = part.score.value === '满分';
    const value = full ? weightOf(byName.get(part.name)) : valueOf(part.score);
    if (value === undefined) {
      skipped.push(
        skip(
          `「${breakdown.of}」的其中各项`,
          `「${part.name}」${full ? '得满分，但报告未写其分值' : '的得分不是数'}，各项无法相加`,
          `"${part.name}" ${full ? 'earns full marks, but the report states no weight for it' : 'has no numeric score'}, so the parts cannot be added`,
          breakdown.whole,
        ),
      );
      return [];
    }
    values.push(value);
    shown.push(full ? `${plainText(value)}（满分）` : visibleText(part.score.value));
  }
  const arithmetic = shown.join(' + ');
  return [
    compareClaim(
      {
        code: 'parts_sum',
        path: [],
        name: breakdown.of,
        against: { zh: '其中所列各项得分之和', en: 'the sum of the parts listed after 其中' },
        check: { zh: arithmetic, en: arithmetic },
      },
      breakdown.whole,
      sumOf(values),
      mode,
      true,
    ),
  ];
}

/**
 * The total against the scores of the headings (or 分值 sentences) of one form whose weights make
 * up the full marks: (一) 规划 (20分), (二) 执行 (30分), (三) 效果 (50分) are the top level.
 */
function topLevelSums(
  sheet: ClaimedSheetView,
  context: { readonly mode: RoundingMode; readonly fullMarks: Dec },
): (AuditCheck | undefined)[] {
  const forms = new Map<string, NamedClaims[]>();
  for (const entry of sheet.named) {
    if (entry.form === 'list' || entry.form === 'mark' || entry.weight.length === 0) continue;
    const group = forms.get(entry.form);
    if (group === undefined) forms.set(entry.form, [entry]);
    else group.push(entry);
  }
  const checks: (AuditCheck | undefined)[] = [];
  for (const group of forms.values()) {
    const weights = group.map(weightOf);
    const scores = group.map((entry) => valueOf(entry.score[0]));
    if (group.length < 2 || weights.some((each) => each === undefined)) continue;
    if (scores.some((each) => each === undefined)) continue;
    const weightSum = sumOf(weights.filter((each): each is Dec => each !== undefined));
    if (!weightSum.equals(context.fullMarks)) continue;
    const arithmetic = group.map((entry) => visibleText(entry.score[0]?.value ?? '')).join(' + ');
    for (const total of sheet.total)
      checks.push(
        compareClaim(
          {
            code: 'total_sum',
            path: [],
            name: '总分',
            against: {
              zh: `分值合计 ${formatDecimal(weightSum)} 的各类指标得分之和`,
              en: `the sum of the categories whose weights make up ${formatDecimal(weightSum)}`,
            },
            check: { zh: arithmetic, en: arithmetic },
          },
          total,
          sumOf(scores.filter((each): each is Dec => each !== undefined)),
          context.mode,
          true,
        ),
      );
  }
  return checks;
}

/**
 * The totals restated (in any phrasing) against the first; and, when no check used the total,
 * a skipped entry saying that it had nothing to be compared with.
 *
 * @param sheet - the claims
 * @param checks - the checks made so far
 * @param options - `restatements`: whether to compare the totals here (checkClaims compares
 *   them beside its own total_sum)
 * @returns the restatement checks and the skipped entry
 */
export function totalChecks(
  sheet: ClaimedSheetView,
  checks: readonly (AuditCheck | undefined)[],
  { restatements }: { readonly restatements: boolean },
): PartialAudit {
  const restated = restatements
    ? conflictChecks({ path: [], name: '总分', quantity: { zh: '得分', en: 'score' } }, sheet.total)
    : [];
  const used =
    restated.length > 0 ||
    sheet.total.length > 1 ||
    checks.some(
      (check) =>
        check?.path.length === 0 &&
        (check.code === 'grade' || (check.name === '总分' && check.code !== 'conflicting_claims')),
    );
  const first = sheet.total[0];
  const skipped =
    first === undefined || used
      ? []
      : [
          skip(
            `总分 ${first.value}`,
            '总分只写了一次，且没有可与之相加比对的各类指标得分或等级',
            'the total is stated once, with no category scores adding up to it and no grade to compare it with',
            first,
          ),
        ];
  return { checks: restated, skipped };
}

/**
 * The “三公” sentences' checks: the rate of change is change ÷ (spending + change) at its
 * precision, and a sentence restated agrees with the first.
 *
 * @param sheet - the claims
 * @param mode - the rounding mode rates are compared with
 * @returns the checks
 */
export function threePublicChecks(
  sheet: ClaimedSheetView,
  mode: RoundingMode,
): (AuditCheck | undefined)[] {
  const checks: (AuditCheck | undefined)[] = [];
  for (const spending of sheet.threePublic) {
    const actual = valueOf(spending.actual);
    const decrease = valueOf(spending.decrease);
    if (actual === undefined || decrease === undefined) continue;
    const budgetAmount = actual.plus(decrease);
    if (budgetAmount.isZero()) continue;
    const arithmetic = `${plainText(decrease)} ÷ (${visibleText(spending.actual.value)} + ${plainText(decrease)})`;
    checks.push(
      compareClaim(
        {
          code: 'three_public_rate',
          path: ['three-public'],
          name: '“三公”经费变动率',
          against: { zh: '变动额 ÷ 年初预算数', en: 'change ÷ budget' },
          check: { zh: arithmetic, en: arithmetic },
        },
        spending.rate,
        decrease.dividedBy(budgetAmount),
        mode,
        false,
      ),
    );
  }
  const amountOf = { zh: '金额', en: 'amount' };
  const threePublicPath = ['three-public'];
  checks.push(
    ...conflictChecks(
      { path: threePublicPath, name: '“三公”经费支出', quantity: amountOf },
      sheet.threePublic.map((spending) => spending.actual),
    ),
    ...conflictChecks(
      { path: threePublicPath, name: '“三公”经费变动额', quantity: amountOf },
      sheet.threePublic.map((spending) => spending.decrease),
    ),
    ...conflictChecks(
      { path: threePublicPath, name: '“三公”经费变动率', quantity: { zh: '数值', en: 'value' } },
      sheet.threePublic.map((spending) => spending.rate),
    ),
  );

  return checks;
}
