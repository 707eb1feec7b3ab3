import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../decimal/roundDecimal.js';
import { createEngine } from '../evaluate/createEngine.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';
import type { IndicatorNode, Scheme } from '../scheme/Scheme.js';
import type { AuditCheck, AuditReport } from './AuditCheck.js';
import type { Claim, ClaimedSheet } from './Claims.js';
import { plainText, readClaim } from './claimValue.js';
import { compareClaim, reportOf } from './makeCheck.js';

const valueOf = (claim: Claim | undefined): Dec | undefined =>
  claim === undefined ? undefined : readClaim(claim)?.value;

/**
 * Checks a claimed score sheet for internal consistency, without the department's data: children
 * sum to the claimed subtotal and subtotals to the total, each 得分率 is score ÷ weight, no score
 * lies outside [0, weight], weights are the scheme's, the stated execution rate is executed ÷
 * budget and the budget indicator's score follows the scheme's rule, the “三公” rate is the change
 * over the budget, and a claimed grade is the total's. Sums are checked exactly; rates at the
 * claim's own precision with the scheme's rounding mode (99.56% at 2 dp).
 *
 * @param scheme - the scheme the report scores (a preset's `skeleton()` when the data is not at hand)
 * @param claims - what the report claims (from {@link extractClaims}, or built by hand)
 * @param options - custom rule kinds the scheme uses
 * @returns every check, and the inconsistent ones as findings
 *
 * @example
 * const report = checkClaims(gzDepartmentOverall2023.skeleton(), extractClaims(text, { scheme }));
 * report.findings; // [] for a report whose numbers hold together
 */
export function checkClaims(
  scheme: Scheme<RuleBase>,
  claims: ClaimedSheet,
  options: { readonly ruleKinds?: readonly RuleKind<RuleBase>[] } = {},
): AuditReport {
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

  const visit = (node: IndicatorNode<RuleBase>, ancestors: readonly string[]): void => {
    const path = [...ancestors, node.id];
    const name = node.name.zh;
    const claimed = claims.nodes[node.id];
    if (node.type === 'leaf') leaves.set(node.id, { node, path });
    if (claimed?.weight !== undefined) {
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
          claimed.weight,
          node.weight,
          mode,
          true,
        ),
      );
    }
    const score = valueOf(claimed?.score);
    if (
      claimed?.score !== undefined &&
      score !== undefined &&
      claimed.score.derived === undefined
    ) {
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
          claimed.score,
          bounded,
          mode,
          true,
        ),
      );
    }
    if (claimed?.scoreRate !== undefined && score !== undefined && !node.weight.isZero()) {
      checks.push(
        compareClaim(
          {
            code: 'score_rate',
            path,
            name,
            against: { zh: '得分 ÷ 分值', en: 'score ÷ weight' },
            check: {
              zh: `${claimed.score?.value ?? ''} ÷ ${formatDecimal(node.weight)}`,
              en: `${claimed.score?.value ?? ''} ÷ ${formatDecimal(node.weight)}`,
            },
          },
          claimed.scoreRate,
          score.dividedBy(node.weight),
          mode,
          false,
        ),
      );
    }
    if (node.type === 'category') {
      const childScores = node.children.map((child) => valueOf(claims.nodes[child.id]?.score));
      if (
        claimed?.score !== undefined &&
        claimed.score.derived === undefined &&
        childScores.every((value) => value !== undefined)
      ) {
        const sum = childScores.reduce<Dec>(
          (total, value) => total.plus(value),
          new JixiaoDecimal(0),
        );
        const parts = node.children
          .map((child) => claims.nodes[child.id]?.score?.value ?? '')
          .join(' + ');
        checks.push(
          compareClaim(
            {
              code: 'children_sum',
              path,
              name,
              against: { zh: '下级得分之和', en: 'the sum of its children' },
              check: { zh: parts, en: parts },
            },
            claimed.score,
            sum,
            mode,
            true,
          ),
        );
      }
      node.children.forEach((child) => {
        visit(child, path);
      });
    }
  };
  scheme.indicators.forEach((node) => {
    visit(node, []);
  });

  const topScores = scheme.indicators.map((node) => valueOf(claims.nodes[node.id]?.score));
  if (claims.total !== undefined && topScores.every((value) => value !== undefined)) {
    const sum = topScores.reduce<Dec>((total, value) => total.plus(value), new JixiaoDecimal(0));
    const parts = scheme.indicators
      .map((node) => claims.nodes[node.id]?.score?.value ?? '')
      .join(' + ');
    checks.push(
      compareClaim(
        {
          code: 'total_sum',
          path: [],
          name: '总分',
          against: { zh: '一级指标得分之和', en: 'the sum of the top-level scores' },
          check: { zh: parts, en: parts },
        },
        claims.total,
        sum,
        mode,
        true,
      ),
    );
  }
  if (claims.fullMarks !== undefined) {
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
        claims.fullMarks,
        scheme.fullMarks,
        mode,
        true,
      ),
    );
  }

  for (const budget of claims.budget) {
    const amount = valueOf(budget.budget);
    const executed = valueOf(budget.executed);
    if (amount === undefined || executed === undefined || amount.isZero()) continue;
    const arithmetic = `${budget.executed.value} ÷ ${budget.budget.value}`;
    checks.push(
      compareClaim(
        {
          code: 'execution_rate',
          path: budget.indicator === undefined ? [] : (leaves.get(budget.indicator)?.path ?? []),
          name: '完成预算的比例',
          against: { zh: '执行数 ÷ 全年预算数', en: 'executed ÷ budget' },
          check: { zh: arithmetic, en: arithmetic },
        },
        budget.rate,
        executed.dividedBy(amount),
        mode,
        false,
      ),
    );
    const leaf = budget.indicator === undefined ? undefined : leaves.get(budget.indicator);
    const claimedScore =
      budget.indicator === undefined ? undefined : claims.nodes[budget.indicator]?.score;
    const kind = leaf === undefined ? undefined : engine.ruleKind(leaf.node.rule.kind);
    if (leaf === undefined || claimedScore === undefined || kind === undefined) continue;
    const outcome = kind.evaluate(
      leaf.node.rule,
      { actual: executed, target: amount },
      { weight: leaf.node.weight, rounding: scheme.rounding, path: ['claims', 'budget'] },
    );
    if (!outcome.ok) continue;
    const recomputed = roundDecimal(outcome.value.score, scheme.rounding);
    const rule = `${formatDecimal(leaf.node.weight)} × ${arithmetic} = ${formatDecimal(recomputed, scheme.rounding.scale)}`;
    checks.push(
      compareClaim(
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
      ),
    );
  }

  for (const spending of claims.threePublic) {
    const actual = valueOf(spending.actual);
    const decrease = valueOf(spending.decrease);
    if (actual === undefined || decrease === undefined) continue;
    const budgetAmount = actual.plus(decrease);
    if (budgetAmount.isZero()) continue;
    const arithmetic = `${plainText(decrease)} ÷ (${spending.actual.value} + ${plainText(decrease)})`;
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

  const total = valueOf(claims.total);
  if (claims.grade !== undefined && total !== undefined) {
    const band = scheme.grades.find((grade) => total.greaterThanOrEqualTo(grade.min));
    const consistent = band?.grade === claims.grade.value;
    checks.push({
      code: 'grade',
      verdict: consistent ? 'consistent' : 'inconsistent',
      severity: consistent ? 'info' : 'inconsistency',
      path: [],
      name: '等级',
      claimed: claims.grade.value,
      recomputed: band?.grade ?? '',
      difference: consistent ? '0' : `${claims.grade.value} ≠ ${band?.grade ?? ''}`,
      check: {
        zh: `总分 ${claims.total?.value ?? ''} 所在等级`,
        en: `the band of the total ${claims.total?.value ?? ''}`,
      },
      message: consistent
        ? {
            zh: `等级 ${claims.grade.value} 与总分一致`,
            en: `grade ${claims.grade.value} agrees with the total`,
          }
        : {
            zh: `声称等级 ${claims.grade.value}，但总分对应 ${band?.grade ?? ''}`,
            en: `claims grade ${claims.grade.value}, but the total earns ${band?.grade ?? ''}`,
          },
      ...(claims.grade.source === undefined ? {} : { source: claims.grade.source }),
    });
  }
  return reportOf(checks);
}
