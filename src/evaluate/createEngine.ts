import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../decimal/roundDecimal.js';
import type { RoundingPolicy } from '../decimal/RoundingPolicy.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import { createIssue } from '../issues/createIssue.js';
import type { CategoryResult, Evaluation, JsonValue, LeafResult, NodeResult } from '../evaluation/Evaluation.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import { JixiaoError } from '../issues/JixiaoError.js';
import { failure, failureOf, success, type Result } from '../issues/Result.js';
import { toJsonData } from '../decimal/toJsonData.js';
import { builtInRuleKinds } from '../rules/builtInRuleKinds.js';
import type { Inputs, LeafInput } from '../rules/LeafInput.js';
import type { Rule } from '../rules/Rule.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';
import type { TraceStep } from '../rules/TraceStep.js';
import type { Scheme } from '../scheme/Scheme.js';
import type { RuleKindLookup } from '../scheme/validateSchemeWith.js';
import { commonInputFields, isDeepFrozen, prepareScheme, type PreparedLeaf, type PreparedNode, type PreparedScheme } from './prepareScheme.js';
import type { Finding } from '../rules/Finding.js';

/** An evaluator bound to a set of rule kinds: the built-in ones plus any custom kinds. */
export interface Engine<R extends RuleBase> {
  /** Every problem with the scheme at once; an empty list when it is valid. */
  validateScheme(scheme: Scheme<R>): readonly Issue[];
  /** Scores a scheme: every leaf's input through its rule, summed up the tree and graded. */
  evaluate(scheme: Scheme<R>, inputs: Inputs): Result<Evaluation>;
  /** Resolves a `kind` to its rule kind. */
  ruleKind(kind: string): RuleKind<RuleBase> | undefined;
}

const ZERO = new JixiaoDecimal(0);
const HUNDRED = new JixiaoDecimal(100);

/**
 * Creates an engine that knows the built-in rule kinds and the custom kinds given. There is no
 * global registry: two engines with different kinds can live side by side.
 *
 * @param options - custom rule kinds; their `kind` must not repeat a built-in or another custom one
 * @returns the engine
 *
 * @example
 * const engine = createEngine({ ruleKinds: [myKind] });
 * const result = engine.evaluate(scheme, inputs);
 */
export function createEngine<C extends RuleBase = never>(options: { readonly ruleKinds?: readonly RuleKind<C>[] } = {}): Engine<Rule | C> {
  // A kind's evaluator only ever receives rules whose `kind` matched its own, so widening the
  // map to RuleKind<RuleBase> is sound even though TypeScript cannot see it.
  const kinds = new Map<string, RuleKind<RuleBase>>(Object.entries(builtInRuleKinds) as [string, RuleKind<RuleBase>][]);
  for (const custom of options.ruleKinds ?? []) {
    if (kinds.has(custom.kind)) {
      throw new JixiaoError([
        createIssue('duplicate_rule_kind', ['ruleKinds', custom.kind], { zh: `规则类型重复：${custom.kind}`, en: `Duplicate rule kind: ${custom.kind}` }),
      ]);
    }
    kinds.set(custom.kind, custom as unknown as RuleKind<RuleBase>);
  }
  const lookup: RuleKindLookup = (kind) => kinds.get(kind);
  // What a deep-frozen scheme yields cannot change, so it is worked out once per engine.
  const preparedSchemes = new WeakMap<Scheme<RuleBase>, PreparedScheme>();
  const prepared = (scheme: Scheme<RuleBase>): PreparedScheme => {
    const known = preparedSchemes.get(scheme);
    if (known !== undefined) return known;
    const fresh = prepareScheme(scheme, lookup);
    if (isDeepFrozen(scheme)) preparedSchemes.set(scheme, fresh);
    return fresh;
  };
  return {
    validateScheme: (scheme) => prepared(scheme).issues,
    evaluate: (scheme, inputs) => evaluatePrepared(scheme, prepared(scheme), inputs),
    ruleKind: lookup,
  };
}

interface Scored {
  readonly result: NodeResult;
  /** The rounded score, or null when left out. */
  readonly score: Dec | null;
  /** Weight of what was scored (excluding rescaled-away leaves). */
  readonly applicableWeight: Dec;
  /** Weight of leaves marked not applicable. */
  readonly notApplicableWeight: Dec;
}

/**
 * 得分率 at 2 dp. `percentPerPoint` is 100 ÷ weight when that is an exact (terminating) decimal,
 * worked out once per scheme: multiplying by it is then exact and spares a division.
 */
function scoreRatePercent(score: Dec | null, weight: Dec, scheme: Scheme<RuleBase>, percentPerPoint?: Dec): string | null {
  if (score === null || weight.isZero()) return null;
  // Full and zero scores, the common cases, need no arithmetic at all.
  if (score.equals(weight)) return '100.00';
  if (score.isZero()) return '0.00';
  const percent = percentPerPoint === undefined ? score.times(HUNDRED).dividedBy(weight) : score.times(percentPerPoint);
  return formatDecimal(roundDecimal(percent, { scale: 2, mode: scheme.rounding.mode }), 2);
}

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

/** The input echoed as frozen JSON; its top level, almost always flat decimals and text, directly. */
function inputToJson(input: LeafInput): JsonValue {
  const json: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    json[key] = value instanceof JixiaoDecimal ? formatDecimal(value) : typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number' ? value : frozenJson(toJsonData(value));
  }
  return Object.freeze(json);
}

function evaluatePrepared(scheme: Scheme<RuleBase>, prepared: PreparedScheme, inputs: Inputs): Result<Evaluation> {
  const invalidScheme = failureOf(prepared.issues);
  if (invalidScheme !== undefined) return invalidScheme;
  const issues: Issue[] = [];
  const roundNote = roundingNoteOf(scheme.rounding);
  for (const id of Object.keys(inputs)) {
    if (prepared.leafIds.has(id)) continue;
    issues.push(
      createIssue(
        'unknown_input',
        ['inputs', id],
        prepared.categoryIds.has(id)
          ? { zh: `「${id}」是分类指标，其得分由下级指标汇总，不能直接输入`, en: `"${id}" is a category: its score is the sum of its children and takes no input` }
          : { zh: `方案中没有 id 为「${id}」的末级指标`, en: `The scheme has no leaf indicator with id "${id}"` },
        { received: id },
      ),
    );
  }
  const scoreNode = (node: PreparedNode): Scored => {
    if (node.type === 'leaf') return scoreLeaf(node, inputs, scheme, issues, roundNote);
    const children = node.children.map(scoreNode);
    let score: Dec | null = null;
    let anyNotApplicable = false;
    for (const child of children) {
      if (child.score !== null) score = score === null ? child.score : score.plus(child.score);
      if (!child.notApplicableWeight.isZero()) anyNotApplicable = true;
    }
    // Without 不适用 leaves below, the weights are the category's own: no sums needed.
    const applicableWeight = anyNotApplicable ? children.reduce((sum, child) => sum.plus(child.applicableWeight), ZERO) : node.weight;
    const notApplicableWeight = anyNotApplicable ? children.reduce((sum, child) => sum.plus(child.notApplicableWeight), ZERO) : ZERO;
    const result: CategoryResult = Object.freeze({
      type: 'category',
      id: node.id,
      name: node.name,
      path: node.path,
      weight: node.weightText,
      applicableWeight: anyNotApplicable ? formatDecimal(applicableWeight) : node.weightText,
      status: score === null ? 'not_applicable' : 'scored',
      score: score === null ? null : formatDecimal(score, scheme.rounding.scale),
      scoreRatePercent: scoreRatePercent(score, applicableWeight, scheme, anyNotApplicable ? undefined : node.percentPerPoint),
      children: Object.freeze(children.map((child) => child.result)),
    });
    return { result, score, applicableWeight, notApplicableWeight };
  };
  const top = prepared.nodes.map(scoreNode);
  const invalidInputs = failureOf(issues);
  if (invalidInputs !== undefined) return invalidInputs;
  const rawTotal = top.reduce((sum, node) => sum.plus(node.score ?? ZERO), ZERO);
  const applicableWeight = top.reduce((sum, node) => sum.plus(node.applicableWeight), ZERO);
  const notApplicableWeight = top.reduce((sum, node) => sum.plus(node.notApplicableWeight), ZERO);
  if (applicableWeight.isZero()) {
    return failure([createIssue('nothing_applicable', ['inputs'], { zh: '所有指标均为不适用，无法评分', en: 'Every indicator is not applicable: nothing can be scored' })]);
  }
  const rescaleFactor = scheme.fullMarks.dividedBy(applicableWeight);
  const total = applicableWeight.equals(scheme.fullMarks) ? rawTotal : roundDecimal(rawTotal.times(rescaleFactor), scheme.rounding);
  const band = scheme.grades.find((grade) => total.greaterThanOrEqualTo(grade.min)) ?? scheme.grades[scheme.grades.length - 1];
  if (band === undefined) throw new Error('unreachable: validated schemes have grade bands');
  const evaluation: Evaluation = {
    scheme: Object.freeze({
      id: scheme.id,
      version: scheme.version,
      title: Object.freeze({ ...scheme.title }),
      ...(scheme.effectiveYear === undefined ? {} : { effectiveYear: scheme.effectiveYear }),
      ...(scheme.source === undefined ? {} : { source: scheme.source }),
    }),
    rounding: Object.freeze({ scale: scheme.rounding.scale, mode: scheme.rounding.mode }),
    notApplicable: Object.freeze({ policy: scheme.notApplicable, weight: formatDecimal(notApplicableWeight), rescaleFactor: formatDecimal(rescaleFactor) }),
    fullMarks: formatDecimal(scheme.fullMarks),
    rawTotal: formatDecimal(rawTotal, scheme.rounding.scale),
    total: formatDecimal(total, scheme.rounding.scale),
    scoreRatePercent: scoreRatePercent(total, scheme.fullMarks, scheme) ?? '0.00',
    grade: Object.freeze({ grade: band.grade, name: Object.freeze({ ...band.name }) }),
    indicators: Object.freeze(top.map((node) => node.result)),
  };
  return success(Object.freeze(evaluation));
}

function scoreLeaf(prepared: PreparedLeaf, inputs: Inputs, scheme: Scheme<RuleBase>, issues: Issue[], roundNote: Required<LocalizedText>): Scored {
  const { node, kind } = prepared;
  const input: LeafInput | undefined = Object.hasOwn(inputs, node.id) ? inputs[node.id] : undefined;
  const inputPath: IssuePath = ['inputs', node.id];
  const failed: Scored = {
    result: { type: 'leaf', id: node.id, name: prepared.name, path: prepared.path, weight: prepared.weightText, status: 'scored', score: null, scoreRatePercent: null, ...prepared.ruleFields, input: null, trace: [], findings: [] },
    score: null,
    applicableWeight: ZERO,
    notApplicableWeight: ZERO,
  };
  if (input === undefined) {
    issues.push(createIssue('missing_input', inputPath, { zh: `缺少指标「${node.name.zh}」的输入`, en: `No input for the indicator "${node.name.en ?? node.name.zh}"` }, { expected: 'an input' }));
    return failed;
  }
  const fields = Object.keys(input).filter((key) => input[key as keyof LeafInput] !== undefined);
  if (input.notApplicable === true) {
    const reason = input.reason?.trim() ?? '';
    if (scheme.notApplicable === 'forbid') {
      issues.push(createIssue('not_applicable_forbidden', [...inputPath, 'notApplicable'], { zh: '本方案不允许将指标标为不适用', en: 'This scheme does not allow indicators to be marked not applicable' }));
    }
    if (reason === '') issues.push(createIssue('reason_required', [...inputPath, 'reason'], { zh: '标为不适用时须说明理由', en: 'A reason is required when an indicator is marked not applicable' }, { expected: 'a reason' }));
    for (const key of fields.filter((field) => !commonInputFields.has(field))) {
      issues.push(createIssue('conflicting_input_fields', [...inputPath, key], { zh: `已标为不适用的指标不应再给出 ${key}`, en: `An indicator marked not applicable takes no "${key}"` }, { received: key }));
    }
    const full = scheme.notApplicable === 'full';
    const trace: TraceStep[] = [
      {
        role: 'not-applicable',
        label: { zh: '不适用', en: 'not applicable' },
        operation: 'given',
        operands: [{ value: prepared.weightText }],
        result: { value: full ? prepared.weightText : 'excluded' },
        note: full ? { zh: `按满分计：${reason}`, en: `awarded in full: ${reason}` } : { zh: `不计入总分并按满分折算：${reason}`, en: `left out and the total rescaled: ${reason}` },
      },
    ];
    const score = full ? roundDecimal(node.weight, scheme.rounding) : null;
    return {
      result: leafResult(prepared, scheme, { status: 'not_applicable', score, input, trace, findings: [] }),
      score,
      applicableWeight: full ? node.weight : ZERO,
      notApplicableWeight: node.weight,
    };
  }
  const stray = fields.filter((key) => !prepared.allowedFields.has(key));
  if (stray.length > 0) {
    for (const key of stray) {
      issues.push(
        createIssue('unexpected_input_field', [...inputPath, key], { zh: `「${node.rule.kind}」规则不使用输入 ${key}`, en: `A "${node.rule.kind}" rule does not use the input field "${key}"` }, {
          expected: kind.inputFields.join(', '),
          received: key,
        }),
      );
    }
    return failed;
  }
  const outcome = kind.evaluate(node.rule, input, { weight: node.weight, rounding: scheme.rounding, path: inputPath });
  if (!outcome.ok) {
    issues.push(...outcome.issues);
    return failed;
  }
  const { score: exact, trace, findings } = outcome.value;
  if (exact.isNegative() || exact.greaterThan(node.weight)) {
    issues.push(
      createIssue(
        'rule_score_out_of_bounds',
        ['indicators', ...prepared.path],
        { zh: `规则「${node.rule.kind}」给出的得分 ${formatDecimal(exact)} 超出 [0, ${prepared.weightText}]`, en: `The "${node.rule.kind}" rule returned ${formatDecimal(exact)}, outside [0, ${prepared.weightText}]` },
        { expected: `0…${prepared.weightText}`, received: formatDecimal(exact) },
      ),
    );
    return failed;
  }
  const score = roundDecimal(exact, scheme.rounding);
  const rounded: TraceStep = {
    role: 'score',
    label: scoreLabel,
    operation: 'round',
    operands: [{ value: formatDecimal(exact) }],
    result: { value: formatDecimal(score, scheme.rounding.scale) },
    note: roundNote,
  };
  return {
    result: leafResult(prepared, scheme, { status: 'scored', score, input, trace: [...trace, rounded], findings }),
    score,
    applicableWeight: node.weight,
    notApplicableWeight: ZERO,
  };
}

const scoreLabel = Object.freeze({ zh: '得分', en: 'score' });

/** A leaf's frozen result: the prepared identity and rule, with this evaluation's score and trace. */
function leafResult(
  prepared: PreparedLeaf,
  scheme: Scheme<RuleBase>,
  scored: { readonly status: LeafResult['status']; readonly score: Dec | null; readonly input: LeafInput; readonly trace: readonly TraceStep[]; readonly findings: readonly Finding[] },
): LeafResult {
  return Object.freeze({
    type: 'leaf',
    id: prepared.node.id,
    name: prepared.name,
    path: prepared.path,
    weight: prepared.weightText,
    status: scored.status,
    score: scored.score === null ? null : formatDecimal(scored.score, scheme.rounding.scale),
    scoreRatePercent: scoreRatePercent(scored.score, prepared.node.weight, scheme, prepared.percentPerPoint),
    ...prepared.ruleFields,
    input: inputToJson(scored.input),
    trace: freezeTrace(scored.trace),
    findings: freezeFindings(scored.findings),
  });
}

const modeNames = {
  'half-up': { zh: '四舍五入', en: 'half-up' },
  'half-even': { zh: '四舍六入五成双', en: 'half-even' },
  'half-down': { zh: '五舍六入', en: 'half-down' },
  down: { zh: '截尾', en: 'truncated' },
  up: { zh: '进位', en: 'rounded up' },
} as const;

/** The frozen note of a rounding step, made once per evaluation and shared by its leaves. */
function roundingNoteOf(policy: RoundingPolicy): Required<LocalizedText> {
  const name = modeNames[policy.mode];
  return Object.freeze({ zh: `保留 ${policy.scale} 位小数（${name.zh}）`, en: `${policy.scale} dp, ${name.en}` });
}
