import { decimal } from '../decimal/decimal.js';
import type { Evaluation, NodeResult } from '../evaluation/Evaluation.js';
import { indexNodes } from '../evaluation/indexNodes.js';
import { requireEvaluation } from '../evaluation/requireEvaluation.js';
import type { AuditReport } from './AuditCheck.js';
import type { ClaimedSheet } from './Claims.js';
import { claimedSheetView } from './claimedSheetView.js';
import { compareClaim, reportOf } from './makeCheck.js';

/**
 * Compares a report's claims with a full recomputation from the department's data: every claimed
 * weight, score and 得分率 against the evaluation's, the total, and the budget sentence's amounts
 * against the inputs the budget indicator was scored on. Scores and amounts must agree exactly;
 * rates at the claim's own precision. Every occurrence of a claim is compared (a score stated
 * twice is checked twice); a 一级 score derived from its children is not a claim of the report
 * and is not compared.
 *
 * @param evaluation - the evaluation of the department's data
 * @param claims - what the report claims
 * @returns every check, and the disagreements as findings
 * @throws JixiaoError `invalid_argument` when the evaluation or the claims are not of the
 *   library's shapes (untyped callers)
 *
 * @example
 * const read = extractClaims(text, { scheme });
 * if (read.ok) auditEvaluation(evaluate(scheme, inputs).value, read.value).findings;
 */
export function auditEvaluation(evaluation: Evaluation, claims: ClaimedSheet): AuditReport {
  requireEvaluation(evaluation);
  const sheet = claimedSheetView(claims);
  const { mode } = evaluation.rounding;
  const checks: ReturnType<typeof compareClaim>[] = [];
  const against = { zh: '依据部门数据重算的结果', en: 'the recomputation from the data' };
  const visit = (node: NodeResult): void => {
    const claimed = sheet.node(node.id);
    const subject = (what: string) => ({
      code: 'matches_recomputation',
      path: node.path,
      name: node.name.zh,
      against,
      check: {
        zh: `重算${what}`,
        en: `recomputed ${what === '分值' ? 'weight' : what === '得分' ? 'score' : 'score rate'}`,
      },
    });
    for (const weight of claimed.weight)
      checks.push(compareClaim(subject('分值'), weight, decimal(node.weight), mode, true));
    for (const score of claimed.score) {
      if (score.derived !== undefined || node.score === null) continue;
      checks.push(compareClaim(subject('得分'), score, decimal(node.score), mode, true));
    }
    for (const rate of claimed.scoreRate) {
      if (node.score === null || decimal(node.weight).isZero()) continue;
      const applicable =
        node.type === 'category' ? decimal(node.applicableWeight) : decimal(node.weight);
      checks.push(
        compareClaim(
          subject('得分率'),
          rate,
          decimal(node.score).dividedBy(applicable),
          mode,
          false,
        ),
      );
    }
    if (node.type === 'category') node.children.forEach(visit);
  };
  evaluation.indicators.forEach(visit);
  for (const total of sheet.total) {
    checks.push(
      compareClaim(
        {
          code: 'matches_recomputation',
          path: [],
          name: '总分',
          against,
          check: { zh: '重算总分', en: 'recomputed total' },
        },
        total,
        decimal(evaluation.total),
        mode,
        true,
      ),
    );
  }
  const leaves = indexNodes(evaluation);
  for (const budget of sheet.budget) {
    const leaf = budget.indicator === undefined ? undefined : leaves.get(budget.indicator);
    if (
      leaf?.type !== 'leaf' ||
      typeof leaf.input !== 'object' ||
      leaf.input === null ||
      Array.isArray(leaf.input)
    )
      continue;
    // Checked just above: the echoed input is a JSON object.
    // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
    const input = leaf.input as Readonly<Record<string, unknown>>;
    for (const [field, claim, label] of [
      ['target', budget.budget, '全年预算数'],
      ['actual', budget.executed, '执行数'],
    ] as const) {
      const value = input[field];
      if (typeof value !== 'string') continue;
      checks.push(
        compareClaim(
          {
            code: 'matches_recomputation',
            path: leaf.path,
            name: `${leaf.name.zh}：${label}`,
            against: { zh: '部门数据中的金额', en: 'the amount in the data' },
            check: { zh: `数据 ${field} = ${value}`, en: `data ${field} = ${value}` },
          },
          claim,
          decimal(value),
          mode,
          true,
        ),
      );
    }
  }
  return reportOf(checks);
}
