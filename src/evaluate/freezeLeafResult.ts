import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import { toJsonData } from '../decimal/toJsonData.js';
import type { JsonValue, LeafResult } from '../evaluation/Evaluation.js';
import type { Finding } from '../rules/Finding.js';
import type { LeafInput } from '../rules/LeafInput.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { TraceStep } from '../rules/TraceStep.js';
import type { Scheme } from '../scheme/Scheme.js';
import { attachPendingParts } from './attachPendingParts.js';
import type { PreparedLeaf } from './prepareScheme.js';
import { preparedScoreRate } from './scoreRate.js';
import type { RoundedScore } from './scoreUnits.js';

const noFindings: readonly Finding[] = Object.freeze([]);

/**
 * Freezes a trace's steps in place, through and through; the list itself too, when asked.
 *
 * @param trace - the steps
 * @returns the same steps
 *
 * @internal
 */
export function freezeTrace<T extends readonly TraceStep[]>(trace: T): T {
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
  // Most leaves have none: they share one frozen empty list.
  if (findings.length === 0) return noFindings;
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

/** A leaf result before it is frozen: every property but the trace and findings set. */
type Unfinished = {
  -readonly [K in Exclude<keyof LeafResult, 'trace' | 'findings'>]?: LeafResult[K];
};

/**
 * Builds a leaf's result, frozen through and through: the identity and rule prepared with the
 * scheme, and this evaluation's score, 得分率, input, trace and findings. With a trace given as a
 * function, the input's echo and the trace are each built, and frozen, when first read: the input
 * was read onto fresh objects of immutable values (readLeafInput), which nothing else holds.
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
    readonly score: RoundedScore | null;
    readonly input: LeafInput;
    readonly trace: readonly TraceStep[] | (() => readonly TraceStep[]);
    readonly findings: readonly Finding[];
  },
): LeafResult {
  const { ruleFields } = prepared;
  const { score } = scored;
  // Built property by property in the order the JSON form lists them, the trace in its place.
  const result: Unfinished = {
    type: 'leaf',
    id: prepared.node.id,
    name: prepared.name,
    path: prepared.path,
    weight: prepared.weightText,
    status: scored.status,
    score: score === null ? null : score.text,
    scoreRatePercent: preparedScoreRate(
      score,
      prepared.node.weight,
      scheme.rounding.mode,
      prepared,
    ),
    rule: ruleFields.rule,
  };
  if (ruleFields.basis !== undefined) result.basis = ruleFields.basis;
  if (ruleFields.role !== undefined) result.role = ruleFields.role;
  const { input, trace } = scored;
  const finished: Unfinished & { trace?: readonly TraceStep[]; findings?: readonly Finding[] } =
    result;
  if (typeof trace === 'function') {
    attachPendingParts(
      finished,
      () => inputToJson(input),
      () => freezeTrace(trace()),
    );
  } else {
    finished.input = inputToJson(input);
    finished.trace = freezeTrace(trace);
  }
  finished.findings = freezeFindings(scored.findings);
  // Every property of a LeafResult is now set (the trace, perhaps, as its getter).
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- complete, see above
  return Object.freeze(finished as LeafResult);
}
