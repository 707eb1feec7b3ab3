import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { toJsonData } from '../decimal/toJsonData.js';
import type { JsonValue, LeafResult } from '../evaluation/Evaluation.js';
import type { Finding } from '../rules/Finding.js';
import type { LeafInput } from '../rules/LeafInput.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { TraceStep } from '../rules/TraceStep.js';
import type { Scheme } from '../scheme/Scheme.js';
import type { PreparedLeaf } from './prepareScheme.js';
import { scoreRate } from './scoreRate.js';

function freezeTrace(trace: readonly TraceStep[]): readonly TraceStep[] {
  for (const traceStep of trace) {
    for (const operand of traceStep.operands) Object.freeze(operand);
    Object.freeze(traceStep.operands);
    Object.freeze(traceStep.result);
    Object.freeze(traceStep.label);
    if (traceStep.note !== undefined) Object.freeze(traceStep.note);
    Object.freeze(traceStep);
  }
  return Object.freeze(trace);
}

function freezeFindings(findings: readonly Finding[]): readonly Finding[] {
  for (const finding of findings) {
    Object.freeze(finding.message);
    Object.freeze(finding);
  }
  return Object.freeze(findings);
}

function frozenJson(value: JsonValue): JsonValue {
  if (typeof value === 'object' && value !== null) {
    for (const entry of Object.values(value)) frozenJson(entry);
    Object.freeze(value);
  }
  return value;
}

/** The input echoed as frozen JSON; its top level (flat decimals and text, mostly) directly. */
function inputToJson(input: LeafInput): JsonValue {
  const json: Record<string, JsonValue> = {};
  const entries: [string, unknown][] = Object.entries(input);
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    json[key] =
      value instanceof JixiaoDecimal
        ? formatDecimal(value)
        : typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number'
          ? value
          : frozenJson(toJsonData(value));
  }
  return Object.freeze(json);
}

/**
 * Builds a leaf's result, frozen through and through: the identity and rule prepared with the
 * scheme, and this evaluation's score, 得分率, input, trace and findings.
 *
 * @param prepared - the leaf as prepared with its scheme
 * @param scheme - the scheme, for its rounding policy
 * @param scored - what this evaluation found for the leaf
 * @returns the frozen leaf result
 *
 * @internal
 */
export function freezeLeafResult(
  prepared: PreparedLeaf,
  scheme: Scheme<RuleBase>,
  scored: {
    readonly status: LeafResult['status'];
    readonly score: Dec | null;
    readonly input: LeafInput;
    readonly trace: readonly TraceStep[];
    readonly findings: readonly Finding[];
  },
): LeafResult {
  const { scale, mode } = scheme.rounding;
  return Object.freeze({
    type: 'leaf',
    id: prepared.node.id,
    name: prepared.name,
    path: prepared.path,
    weight: prepared.weightText,
    status: scored.status,
    score: scored.score === null ? null : formatDecimal(scored.score, scale),
    scoreRatePercent: scoreRate(scored.score, prepared.node.weight, mode, prepared.percentPerPoint),
    ...prepared.ruleFields,
    input: inputToJson(scored.input),
    trace: freezeTrace(scored.trace),
    findings: freezeFindings(scored.findings),
  });
}
