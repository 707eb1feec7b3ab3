import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../decimal/roundDecimal.js';
import { createIssue } from '../result/createIssue.js';
import { deepFreeze } from '../result/deepFreeze.js';
import type { CategoryResult, Evaluation, GradeResult, LeafResult, NodeResult } from '../result/Evaluation.js';
import type { Issue, IssuePath } from '../result/Issue.js';
import { JixiaoError } from '../result/JixiaoError.js';
import { failure, failureOf, success, type Result } from '../result/Result.js';
import { toJsonData } from '../result/toJsonData.js';
import { builtInRuleKinds } from '../rules/builtInRuleKinds.js';
import type { Inputs, LeafInput } from '../rules/LeafInput.js';
import type { Rule } from '../rules/Rule.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';
import type { TraceStep } from '../rules/TraceStep.js';
import type { IndicatorNode, LeafNode, Scheme } from '../scheme/Scheme.js';
import { validateSchemeWith, type RuleKindLookup } from '../scheme/validateSchemeWith.js';

/** An evaluator bound to a set of rule kinds: the built-in ones plus any custom kinds. */
export interface Engine<R extends RuleBase> {
  /** Every problem with the scheme at once; an empty list when it is valid. */
  validateScheme(scheme: Scheme<R>): readonly Issue[];
  /** Scores a scheme: every leaf's input through its rule, summed up the tree and graded. */
  evaluate(scheme: Scheme<R>, inputs: Inputs): Result<Evaluation>;
  /** Resolves a `kind` to its rule kind. */
  ruleKind(kind: string): RuleKind<RuleBase> | undefined;
}

const commonInputFields: ReadonlySet<string> = new Set(['reason', 'evidence', 'notApplicable']);
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
  return {
    validateScheme: (scheme) => validateSchemeWith(scheme, lookup),
    evaluate: (scheme, inputs) => evaluateWith(scheme, inputs, lookup),
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

function scoreRatePercent(score: Dec | null, weight: Dec, scheme: Scheme<RuleBase>): string | null {
  if (score === null || weight.isZero()) return null;
  return formatDecimal(roundDecimal(score.dividedBy(weight).times(HUNDRED), { scale: 2, mode: scheme.rounding.mode }), 2);
}

function evaluateWith(scheme: Scheme<RuleBase>, inputs: Inputs, lookup: RuleKindLookup): Result<Evaluation> {
  const schemeIssues = validateSchemeWith(scheme, lookup);
  const invalidScheme = failureOf(schemeIssues);
  if (invalidScheme !== undefined) return invalidScheme;
  const issues: Issue[] = [];
  const leafIds = new Set<string>();
  const categoryIds = new Set<string>();
  const collect = (node: IndicatorNode<RuleBase>): void => {
    if (node.type === 'leaf') leafIds.add(node.id);
    else {
      categoryIds.add(node.id);
      node.children.forEach(collect);
    }
  };
  scheme.indicators.forEach(collect);
  for (const id of Object.keys(inputs)) {
    if (leafIds.has(id)) continue;
    issues.push(
      createIssue(
        'unknown_input',
        ['inputs', id],
        categoryIds.has(id)
          ? { zh: `「${id}」是分类指标，其得分由下级指标汇总，不能直接输入`, en: `"${id}" is a category: its score is the sum of its children and takes no input` }
          : { zh: `方案中没有 id 为「${id}」的末级指标`, en: `The scheme has no leaf indicator with id "${id}"` },
        { received: id },
      ),
    );
  }
  const scoreNode = (node: IndicatorNode<RuleBase>, ancestors: readonly string[]): Scored => {
    const path = [...ancestors, node.id];
    if (node.type === 'leaf') return scoreLeaf(node, path, inputs, scheme, lookup, issues);
    const children = node.children.map((child) => scoreNode(child, path));
    const scored = children.filter((child) => child.score !== null);
    const score = scored.length === 0 ? null : scored.reduce((sum, child) => sum.plus(child.score ?? ZERO), ZERO);
    const applicableWeight = children.reduce((sum, child) => sum.plus(child.applicableWeight), ZERO);
    const result: CategoryResult = {
      type: 'category',
      id: node.id,
      name: node.name,
      path,
      weight: formatDecimal(node.weight),
      applicableWeight: formatDecimal(applicableWeight),
      status: score === null ? 'not_applicable' : 'scored',
      score: score === null ? null : formatDecimal(score, scheme.rounding.scale),
      scoreRatePercent: scoreRatePercent(score, applicableWeight, scheme),
      children: children.map((child) => child.result),
    };
    return { result, score, applicableWeight, notApplicableWeight: children.reduce((sum, child) => sum.plus(child.notApplicableWeight), ZERO) };
  };
  const top = scheme.indicators.map((node) => scoreNode(node, []));
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
  const grade: GradeResult = { grade: band.grade, name: band.name };
  const evaluation: Evaluation = {
    scheme: {
      id: scheme.id,
      version: scheme.version,
      title: scheme.title,
      ...(scheme.effectiveYear === undefined ? {} : { effectiveYear: scheme.effectiveYear }),
      ...(scheme.source === undefined ? {} : { source: scheme.source }),
    },
    rounding: { scale: scheme.rounding.scale, mode: scheme.rounding.mode },
    notApplicable: { policy: scheme.notApplicable, weight: formatDecimal(notApplicableWeight), rescaleFactor: formatDecimal(rescaleFactor) },
    fullMarks: formatDecimal(scheme.fullMarks),
    rawTotal: formatDecimal(rawTotal, scheme.rounding.scale),
    total: formatDecimal(total, scheme.rounding.scale),
    scoreRatePercent: scoreRatePercent(total, scheme.fullMarks, scheme) ?? '0.00',
    grade,
    indicators: top.map((node) => node.result),
  };
  // A JSON copy shares nothing with the caller's scheme, so freezing it freezes only the result.
  return success(deepFreeze(JSON.parse(JSON.stringify(evaluation)) as Evaluation));
}

function scoreLeaf(
  node: LeafNode<RuleBase>,
  path: readonly string[],
  inputs: Inputs,
  scheme: Scheme<RuleBase>,
  lookup: RuleKindLookup,
  issues: Issue[],
): Scored {
  const input: LeafInput | undefined = Object.hasOwn(inputs, node.id) ? inputs[node.id] : undefined;
  const inputPath: IssuePath = ['inputs', node.id];
  const base = { type: 'leaf', id: node.id, name: node.name, path, weight: formatDecimal(node.weight), rule: toJsonData(node.rule) } as const;
  const failed: Scored = {
    result: { ...base, status: 'scored', score: null, scoreRatePercent: null, input: null, trace: [], findings: [] },
    score: null,
    applicableWeight: ZERO,
    notApplicableWeight: ZERO,
  };
  if (input === undefined) {
    issues.push(createIssue('missing_input', inputPath, { zh: `缺少指标「${node.name.zh}」的输入`, en: `No input for the indicator "${node.name.en ?? node.name.zh}"` }, { expected: 'an input' }));
    return failed;
  }
  const inputJson = toJsonData(input);
  if (input.notApplicable === true) {
    const stray = Object.keys(input).filter((key) => !commonInputFields.has(key) && input[key as keyof LeafInput] !== undefined);
    const reason = input.reason?.trim() ?? '';
    if (scheme.notApplicable === 'forbid') {
      issues.push(createIssue('not_applicable_forbidden', [...inputPath, 'notApplicable'], { zh: '本方案不允许将指标标为不适用', en: 'This scheme does not allow indicators to be marked not applicable' }));
    }
    if (reason === '') issues.push(createIssue('reason_required', [...inputPath, 'reason'], { zh: '标为不适用时须说明理由', en: 'A reason is required when an indicator is marked not applicable' }, { expected: 'a reason' }));
    for (const key of stray) {
      issues.push(createIssue('conflicting_input_fields', [...inputPath, key], { zh: `已标为不适用的指标不应再给出 ${key}`, en: `An indicator marked not applicable takes no "${key}"` }, { received: key }));
    }
    const full = scheme.notApplicable === 'full';
    const trace: TraceStep[] = [
      {
        label: { zh: '不适用', en: 'not applicable' },
        operation: 'given',
        operands: [{ value: formatDecimal(node.weight) }],
        result: { value: full ? formatDecimal(node.weight) : 'excluded' },
        note: full ? { zh: `按满分计：${reason}`, en: `awarded in full: ${reason}` } : { zh: `不计入总分并按满分折算：${reason}`, en: `left out and the total rescaled: ${reason}` },
      },
    ];
    const score = full ? roundDecimal(node.weight, scheme.rounding) : null;
    return {
      result: {
        ...base,
        status: 'not_applicable',
        score: score === null ? null : formatDecimal(score, scheme.rounding.scale),
        scoreRatePercent: scoreRatePercent(score, node.weight, scheme),
        input: inputJson,
        trace,
        findings: [],
      },
      score,
      applicableWeight: full ? node.weight : ZERO,
      notApplicableWeight: node.weight,
    };
  }
  const kind = lookup(node.rule.kind);
  if (kind === undefined) throw new Error(`unreachable: rule kind ${node.rule.kind} passed validation`);
  const allowed = new Set<string>([...kind.inputFields, ...commonInputFields]);
  const stray = Object.keys(input).filter((key) => !allowed.has(key) && input[key as keyof LeafInput] !== undefined);
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
        ['indicators', ...path],
        { zh: `规则「${node.rule.kind}」给出的得分 ${formatDecimal(exact)} 超出 [0, ${formatDecimal(node.weight)}]`, en: `The "${node.rule.kind}" rule returned ${formatDecimal(exact)}, outside [0, ${formatDecimal(node.weight)}]` },
        { expected: `0…${formatDecimal(node.weight)}`, received: formatDecimal(exact) },
      ),
    );
    return failed;
  }
  const score = roundDecimal(exact, scheme.rounding);
  const rounded: TraceStep = {
    label: { zh: '得分', en: 'score' },
    operation: 'round',
    operands: [{ value: formatDecimal(exact) }],
    result: { value: formatDecimal(score, scheme.rounding.scale) },
    note: { zh: `保留 ${scheme.rounding.scale} 位小数（${modeNames[scheme.rounding.mode].zh}）`, en: `${scheme.rounding.scale} dp, ${modeNames[scheme.rounding.mode].en}` },
  };
  return {
    result: {
      ...base,
      status: 'scored',
      score: formatDecimal(score, scheme.rounding.scale),
      scoreRatePercent: scoreRatePercent(score, node.weight, scheme),
      input: inputJson,
      trace: [...trace, rounded],
      findings,
    } satisfies LeafResult,
    score,
    applicableWeight: node.weight,
    notApplicableWeight: ZERO,
  };
}

const modeNames = {
  'half-up': { zh: '四舍五入', en: 'half-up' },
  'half-even': { zh: '四舍六入五成双', en: 'half-even' },
  'half-down': { zh: '五舍六入', en: 'half-down' },
  down: { zh: '截尾', en: 'truncated' },
  up: { zh: '进位', en: 'rounded up' },
} as const;
