import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../decimal/roundDecimal.js';
import { createEngine } from '../evaluate/createEngine.js';
import { isRecord } from '../issues/isRecord.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { visibleText } from '../issues/visibleText.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';
import type { IndicatorNode, Scheme } from '../scheme/Scheme.js';
import type { AuditCheck, AuditReport } from './AuditCheck.js';
import type { BudgetClaim, Claim, ClaimedSheet } from './Claims.js';
import { claimedSheetView } from './claimedSheetView.js';
import { readClaim } from './claimValue.js';
import { conflictChecks } from './conflictChecks.js';
import {
  budgetChecks,
  gradeChecks,
  namedChecks,
  threePublicChecks,
  totalChecks,
} from './narrativeChecks.js';
import { compareClaim, reportOf } from './makeCheck.js';

const valueOf = (claim: Claim | undefined): Dec | undefined =>
  claim === undefined ? undefined : readClaim(claim)?.value;

const stated = (claims: readonly Claim[]): readonly Claim[] =>
  claims.filter((claim) => claim.derived === undefined);

/** Throws invalid_argument unless the scheme and options have the shape the checks read. */
function checkArguments(scheme: unknown, options: unknown): void {
  if (
    !isRecord(scheme) ||
    !Array.isArray(scheme['indicators']) ||
    !isRecord(scheme['rounding']) ||
    !isRecord(scheme['fullMarks']) ||
    !Array.isArray(scheme['grades'])
  )
    throw invalidArgument('scheme', { zh: '评价方案', en: 'a scheme' }, scheme);
  if (
    !isRecord(options) ||
    (options['ruleKinds'] !== undefined && !Array.isArray(options['ruleKinds']))
  )
    throw invalidArgument(
      'options',
      { zh: '选项对象（ruleKinds 为数组）', en: 'an options object (ruleKinds an array)' },
      options,
    );
}

/**
 * Checks a claimed score sheet for internal consistency, without the department's data: children
 * sum to the claimed subtotal and subtotals to the total, each 得分率 is score ÷ weight, no score
 * lies outside [0, weight], weights are the scheme's, the stated execution rate is executed ÷
 * budget and the budget indicator's score follows the scheme's rule, the “三公” rate is the change
 * over the budget, and a claimed grade is the total's. Sums are checked exactly; rates at the
 * claim's own precision with the scheme's rounding mode (99.56% at 2 dp).
 *
 * A report may state a quantity more than once. Each check runs on every occurrence of the claim
 * it checks (every 分值 stated against the scheme, every total against the sum); the other claims
 * it uses (the scores a sum adds up, the score a 得分率 divides, the total a grade is banded by)
 * are their first occurrences. Every later occurrence is compared with the first by a
 * `conflicting_claims` check, inconsistent when the two differ as decimals (10 and 10.00 agree),
 * naming both lines; so are the amounts of a budget or “三公” sentence stated twice.
 *
 * @param scheme - the scheme the report scores (a preset's `skeleton()` when the data is not at hand)
 * @param claims - what the report claims (from {@link extractClaims}, or built by hand; an absent
 *   list counts as empty)
 * @param options - custom rule kinds the scheme uses
 * @returns every check, and the inconsistent ones as findings
 * @throws JixiaoError `invalid_argument` when the scheme, the claims or the options are not of
 *   the library's shapes (untyped callers)
 *
 * @example
 * const read = extractClaims(text, { scheme });
 * if (read.ok) checkClaims(gzDepartmentOverall2023.skeleton(), read.value).findings;
 * // [] for a report whose numbers hold together
 */
export function checkClaims(
  scheme: Scheme<RuleBase>,
  claims: ClaimedSheet,
  options: { readonly ruleKinds?: readonly RuleKind<RuleBase>[] } = {},
): AuditReport {
  checkArguments(scheme, options);
  const sheet = claimedSheetView(claims);
  const { mode } = scheme.rounding;
  const checks: (AuditCheck | undefined)[] = [];
  const engine = createEngine({ ruleKinds: options.ruleKinds ?? [] });
  const leaves = new Map<
    string,
    {
      readonly node: Extract<IndicatorNode<RuleBase>, { type: 'leaf' }>;
      readonly path: readonly string[];
    }
  >();
  const firstScore = (id: string): Claim | undefined => sheet.node(id).score[0];
  // Indicators the report leaves out as 不适用 (a row scored —): under a scheme that rescales,
  // a category's 得分率 is over the weight that applies, and the total is rescaled.
  const rescales = scheme.notApplicable === 'rescale';
  const isLeftOut = (node: IndicatorNode<RuleBase>): boolean =>
    (sheet.node(node.id).notApplicable ?? []).length > 0 ||
    (node.type === 'category' && node.children.length > 0 && node.children.every(isLeftOut));
  // What a sum adds for an indicator: under a scheme that rescales, one left out adds nothing (it
  // is not among the counted); under one that awards them in full, its weight; else its score.
  const countedOf = (nodes: readonly IndicatorNode<RuleBase>[]) =>
    rescales ? nodes.filter((node) => !isLeftOut(node)) : nodes;
  const scoreOf = (node: IndicatorNode<RuleBase>): { value: Dec | undefined; text: string } =>
    scheme.notApplicable === 'full' && isLeftOut(node)
      ? { value: node.weight, text: formatDecimal(node.weight) }
      : {
          value: valueOf(firstScore(node.id)),
          text: visibleText(firstScore(node.id)?.value ?? ''),
        };
  const leftOutWeight = (node: IndicatorNode<RuleBase>): Dec =>
    isLeftOut(node)
      ? node.weight
      : node.type === 'leaf'
        ? new JixiaoDecimal(0)
        : node.children.reduce<Dec>(
            (sum, child) => sum.plus(leftOutWeight(child)),
            new JixiaoDecimal(0),
          );

  const visit = (node: IndicatorNode<RuleBase>, ancestors: readonly string[]): void => {
    const path = [...ancestors, node.id];
    const name = node.name.zh;
    const claimed = sheet.node(node.id);
    if (node.type === 'leaf') leaves.set(node.id, { node, path });
    // A scheme that forbids 不适用: every indicator the report leaves out so is a finding.
    if (scheme.notApplicable === 'forbid')
      for (const mark of claimed.notApplicable ?? [])
        checks.push({
          code: 'forbidden_not_applicable',
          verdict: 'inconsistent',
          severity: 'inconsistency',
          path,
          name,
          claimed: mark.value,
          recomputed: formatDecimal(node.weight),
          difference: '',
          check: { zh: '方案不允许不适用', en: 'the scheme allows no indicator not applicable' },
          message: {
            zh: `「${visibleText(name)}」标为不适用（${visibleText(mark.value)}），但方案不允许不适用：应评分（分值 ${formatDecimal(node.weight)}）`,
            en: `"${visibleText(name)}" is marked not applicable (${visibleText(mark.value)}), but the scheme allows none: it must be scored (weight ${formatDecimal(node.weight)})`,
          },
          ...(mark.source === undefined ? {} : { source: mark.source }),
        });
    for (const weight of claimed.weight) {
      checks.push(
        compareClaim(
          {
            code: 'weight_matches_scheme',
            path,
            name,
            against: { zh: '方案规定的分值', en: "the scheme's weight" },
            check: {
              zh: `方案分值 ${formatDecimal(node.weight)}`,
              en: `scheme weight ${formatDecimal(node.weight)}`,
            },
          },
          weight,
          node.weight,
          mode,
          true,
        ),
      );
    }
    for (const claim of stated(claimed.score)) {
      const score = valueOf(claim);
      if (score === undefined) continue;
      const bounded = score.isNegative()
        ? new JixiaoDecimal(0)
        : JixiaoDecimal.min(score, node.weight);
      checks.push(
        compareClaim(
          {
            code: 'score_within_weight',
            path,
            name,
            against: { zh: '0 至分值之间的得分', en: 'a score between 0 and the weight' },
            check: {
              zh: `0 ≤ 得分 ≤ ${formatDecimal(node.weight)}`,
              en: `0 ≤ score ≤ ${formatDecimal(node.weight)}`,
            },
          },
          claim,
          bounded,
          mode,
          true,
        ),
      );
    }
    const scoreClaim = claimed.score[0];
    const score = valueOf(scoreClaim);
    const leftOut = rescales ? leftOutWeight(node) : new JixiaoDecimal(0);
    const applies = node.weight.minus(leftOut);
    const over = leftOut.isZero()
      ? formatDecimal(node.weight)
      : `(${formatDecimal(node.weight)} − ${formatDecimal(leftOut)})`;
    for (const rate of claimed.scoreRate) {
      if (score === undefined || !applies.greaterThan(0)) break;
      checks.push(
        compareClaim(
          {
            code: 'score_rate',
            path,
            name,
            against: leftOut.isZero()
              ? { zh: '得分 ÷ 分值', en: 'score ÷ weight' }
              : {
                  zh: '得分 ÷ 适用的分值（不适用的指标不计）',
                  en: 'score ÷ the weight that applies (indicators not applicable left out)',
                },
            check: {
              zh: `${scoreClaim?.value ?? ''} ÷ ${over}`,
              en: `${scoreClaim?.value ?? ''} ÷ ${over}`,
            },
          },
          rate,
          score.dividedBy(applies),
          mode,
          false,
        ),
      );
    }
    if (node.type === 'category') {
      const counted = countedOf(node.children);
      const childScores = counted.map((child) => scoreOf(child).value);
      if (counted.length > 0 && childScores.every((value) => value !== undefined)) {
        const sum = childScores.reduce<Dec>(
          (total, value) => total.plus(value),
          new JixiaoDecimal(0),
        );
        const parts = counted.map((child) => scoreOf(child).text).join(' + ');
        for (const claim of stated(claimed.score)) {
          checks.push(
            compareClaim(
              {
                code: 'children_sum',
                path,
                name,
                against: { zh: '下级得分之和', en: 'the sum of its children' },
                check: { zh: parts, en: parts },
              },
              claim,
              sum,
              mode,
              true,
            ),
          );
        }
      }
    }
    checks.push(
      ...conflictChecks({ path, name, quantity: { zh: '分值', en: 'weight' } }, claimed.weight),
      ...conflictChecks({ path, name, quantity: { zh: '得分', en: 'score' } }, claimed.score),
      ...conflictChecks(
        { path, name, quantity: { zh: '得分率', en: 'score rate' } },
        claimed.scoreRate,
      ),
    );
    if (node.type === 'category')
      node.children.forEach((child) => {
        visit(child, path);
      });
  };
  scheme.indicators.forEach((node) => {
    visit(node, []);
  });

  const counted = countedOf(scheme.indicators);
  const topScores = counted.map((node) => scoreOf(node).value);
  const leftOut = rescales
    ? scheme.indicators.reduce<Dec>(
        (sum, node) => sum.plus(leftOutWeight(node)),
        new JixiaoDecimal(0),
      )
    : new JixiaoDecimal(0);
  const applies = scheme.fullMarks.minus(leftOut);
  if (
    counted.length > 0 &&
    applies.greaterThan(0) &&
    topScores.every((value) => value !== undefined)
  ) {
    const raw = topScores.reduce<Dec>((total, value) => total.plus(value), new JixiaoDecimal(0));
    const added = counted.map((node) => scoreOf(node).text).join(' + ');
    // The total divides last, as the evaluation does: Σ × full marks ÷ the weight that applies.
    const sum = leftOut.isZero() ? raw : raw.times(scheme.fullMarks).dividedBy(applies);
    const parts = leftOut.isZero()
      ? added
      : `(${added}) × ${formatDecimal(scheme.fullMarks)} ÷ (${formatDecimal(scheme.fullMarks)} − ${formatDecimal(leftOut)})`;
    for (const total of sheet.total) {
      checks.push(
        compareClaim(
          {
            code: 'total_sum',
            path: [],
            name: '总分',
            against: leftOut.isZero()
              ? { zh: '一级指标得分之和', en: 'the sum of the top-level scores' }
              : {
                  zh: '一级指标得分之和按满分折算（不适用的指标不计）',
                  en: 'the sum of the top-level scores rescaled to the full marks (indicators not applicable left out)',
                },
            check: { zh: parts, en: parts },
          },
          total,
          sum,
          mode,
          // Rescaled, it is compared at the precision the report prints it with.
          leftOut.isZero(),
        ),
      );
    }
  }
  checks.push(
    ...conflictChecks(
      { path: [], name: '总分', quantity: { zh: '得分', en: 'score' } },
      sheet.total,
    ),
  );
  for (const fullMarks of sheet.fullMarks) {
    checks.push(
      compareClaim(
        {
          code: 'weight_matches_scheme',
          path: [],
          name: '总分值',
          against: { zh: '方案的满分', en: "the scheme's full marks" },
          check: {
            zh: `满分 ${formatDecimal(scheme.fullMarks)}`,
            en: `full marks ${formatDecimal(scheme.fullMarks)}`,
          },
        },
        fullMarks,
        scheme.fullMarks,
        mode,
        true,
      ),
    );
  }
  checks.push(
    ...conflictChecks(
      { path: [], name: '总分值', quantity: { zh: '数值', en: 'value' } },
      sheet.fullMarks,
    ),
  );

  const budgetScore = (budget: BudgetClaim): AuditCheck | undefined => {
    const amount = valueOf(budget.budget);
    const executed = valueOf(budget.executed);
    if (amount === undefined || executed === undefined || amount.isZero()) return undefined;
    if (budget.subject !== undefined) return undefined;
    const arithmetic = `${visibleText(budget.executed.value)} ÷ ${visibleText(budget.budget.value)}`;
    const leaf = budget.indicator === undefined ? undefined : leaves.get(budget.indicator);
    const claimedScore =
      budget.indicator === undefined ? undefined : (firstScore(budget.indicator) ?? budget.score);
    const kind = leaf === undefined ? undefined : engine.ruleKind(leaf.node.rule.kind);
    if (leaf === undefined || claimedScore === undefined || kind === undefined) return undefined;
    const outcome = kind.evaluate(
      leaf.node.rule,
      { actual: executed, target: amount },
      { weight: leaf.node.weight, rounding: scheme.rounding, path: ['claims', 'budget'] },
    );
    if (!outcome.ok) return undefined;
    const recomputed = roundDecimal(outcome.value.score, scheme.rounding);
    const rule = `${formatDecimal(leaf.node.weight)} × ${arithmetic} = ${formatDecimal(recomputed, scheme.rounding.scale)}`;
    return compareClaim(
      {
        code: 'budget_score',
        path: leaf.path,
        name: leaf.node.name.zh,
        against: {
          zh: '按方案规则由预算数与执行数算得的得分',
          en: "the score the scheme's rule gives for these amounts",
        },
        check: { zh: rule, en: rule },
      },
      {
        ...claimedScore,
        ...(budget.executed.source === undefined ? {} : { source: budget.executed.source }),
      },
      recomputed,
      mode,
      true,
      formatDecimal(recomputed, scheme.rounding.scale),
    );
  };
  const budgets = budgetChecks(sheet.budget, mode, (id) => leaves.get(id)?.path ?? [], budgetScore);
  checks.push(...budgets.checks);

  checks.push(...threePublicChecks(sheet, mode));

  const grades = gradeChecks(sheet, scheme.grades);
  checks.push(...grades.checks);
  const named = namedChecks(sheet, { mode, fullMarks: scheme.fullMarks });
  checks.push(...named.checks);
  const totals = totalChecks(sheet, checks, { restatements: false });
  checks.push(...totals.checks);
  return reportOf(checks, [
    ...budgets.skipped,
    ...grades.skipped,
    ...named.skipped,
    ...totals.skipped,
  ]);
}
