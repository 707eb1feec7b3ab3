import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../decimal/roundDecimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import type { LeafInput } from '../rules/LeafInput.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { TraceStep } from '../rules/TraceStep.js';
import type { Scheme } from '../scheme/Scheme.js';
import { commonInputFields } from './commonInputFields.js';
import { freezeLeafResult } from './freezeLeafResult.js';
import type { PreparedLeaf } from './prepareScheme.js';
import type { ScoredNode } from './ScoredNode.js';
import { roundedScore } from './scoreUnits.js';

const ZERO = new JixiaoDecimal(0);

/**
 * Scores a leaf marked 不适用: awarded in full, or left out and the total rescaled, as the scheme
 * says; a missing reason, a scheme that forbids it or values given besides go onto the issues.
 *
 * @param prepared - the leaf as prepared with its scheme
 * @param input - its input, marked not applicable
 * @param fields - the input's fields that hold a value
 * @param context - this evaluation's scheme and issue list
 * @returns the scored leaf
 *
 * @internal
 */
export function scoreNotApplicableLeaf(
  prepared: PreparedLeaf,
  input: LeafInput,
  fields: readonly string[],
  context: { readonly scheme: Scheme<RuleBase>; readonly issues: Issue[] },
): ScoredNode {
  const { node } = prepared;
  const { scheme, issues } = context;
  const inputPath: IssuePath = ['inputs', node.id];
  const reason = input.reason?.trim() ?? '';
  if (scheme.notApplicable === 'forbid') {
    issues.push(
      createIssue('not_applicable_forbidden', [...inputPath, 'notApplicable'], {
        zh: '本方案不允许将指标标为不适用',
        en: 'This scheme does not allow indicators to be marked not applicable',
      }),
    );
  }
  if (reason === '') {
    issues.push(
      createIssue(
        'reason_required',
        [...inputPath, 'reason'],
        {
          zh: '标为不适用时须说明理由',
          en: 'A reason is required when an indicator is marked not applicable',
        },
        { expected: 'a reason' },
      ),
    );
  }
  for (const key of fields.filter((field) => !commonInputFields.has(field))) {
    issues.push(
      createIssue(
        'conflicting_input_fields',
        [...inputPath, key],
        {
          zh: `已标为不适用的指标不应再给出 ${key}`,
          en: `An indicator marked not applicable takes no "${key}"`,
        },
        { received: key },
      ),
    );
  }
  const full = scheme.notApplicable === 'full';
  const trace: TraceStep[] = [
    {
      role: 'not-applicable',
      label: { zh: '不适用', en: 'not applicable' },
      operation: 'given',
      operands: [{ value: prepared.weightText }],
      result: { value: full ? prepared.weightText : 'excluded' },
      note: full
        ? { zh: `按满分计：${reason}`, en: `awarded in full: ${reason}` }
        : {
            zh: `不计入总分并按满分折算：${reason}`,
            en: `left out and the total rescaled: ${reason}`,
          },
    },
  ];
  const score = full
    ? roundedScore(roundDecimal(node.weight, scheme.rounding), scheme.rounding.scale)
    : null;
  return {
    result: freezeLeafResult(prepared, scheme, {
      status: 'not_applicable',
      score,
      input,
      trace,
      findings: [],
    }),
    score: score === null ? null : score.value,
    units: score === null ? undefined : score.units,
    applicableWeight: full ? node.weight : ZERO,
    notApplicableWeight: node.weight,
  };
}
