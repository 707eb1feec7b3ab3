import { compareDecimals } from '../decimal/compareDecimals.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import { decimalJsRounding, roundedTo } from '../decimal/roundDecimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { LeafResult } from '../evaluation/Evaluation.js';
import type { Issue } from '../issues/Issue.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import { failure, success, type Result } from '../issues/Result.js';
import type { Inputs, LeafInput } from '../rules/LeafInput.js';
import type { DeferredOutcome } from '../rules/DeferredOutcome.js';
import type { RuleContext } from '../rules/RuleKind.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { TraceStep } from '../rules/TraceStep.js';
import type { Scheme } from '../scheme/Scheme.js';
import { freezeLeafResult, freezeTrace } from './freezeLeafResult.js';
import { malformedRule } from './malformedRule.js';
import type { PreparedLeaf } from './prepareScheme.js';
import { readLeafInput } from './readLeafInput.js';
import { scoreNotApplicableLeaf } from './scoreNotApplicableLeaf.js';
import type { ScoredNode } from './ScoredNode.js';
import { roundedScore } from './scoreUnits.js';

const ZERO = new JixiaoDecimal(0);
const scoreLabel = Object.freeze({ zh: '得分', en: 'score' });

/** A leaf that could not be scored: it adds nothing, and its issues say why. */
function unscored(prepared: PreparedLeaf): ScoredNode {
  const result: LeafResult = {
    type: 'leaf',
    id: prepared.node.id,
    name: prepared.name,
    path: prepared.path,
    weight: prepared.weightText,
    status: 'scored',
    score: null,
    scoreRatePercent: null,
    ...prepared.ruleFields,
    input: null,
    trace: [],
    findings: [],
  };
  return {
    result,
    score: null,
    units: undefined,
    applicableWeight: ZERO,
    notApplicableWeight: ZERO,
  };
}

/**
 * The rule kind's outcome for the input, its trace built on read: the built-in kinds defer it
 * themselves; a custom kind's trace, built as it scores, is frozen now (nothing it keeps can
 * change the result after). A rule built by hand with a parameter of the wrong type that its
 * check let through can make the kind fail: that is reported for the rule, not thrown.
 */
function scoredByKind(
  prepared: PreparedLeaf,
  input: LeafInput,
  context: RuleContext,
): Result<DeferredOutcome> {
  const { node, kind, deferred } = prepared;
  try {
    if (deferred !== undefined) return deferred.evaluate(node.rule, input, context);
    const outcome = kind.evaluate(node.rule, input, context);
    if (!outcome.ok) return outcome;
    const { score, findings } = outcome.value;
    const trace = freezeTrace([...outcome.value.trace]);
    return success({ score, findings, trace: () => [...trace] });
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return failure([
      malformedRule(['indicators', ...prepared.path, 'rule'], node.rule.kind, error),
    ]);
  }
}

/**
 * Scores one leaf: its input through its rule, or 不适用 by the scheme's policy, rounded as the
 * scheme says; every problem with the input goes onto `context.issues`.
 *
 * @param prepared - the leaf as prepared with its scheme
 * @param context - this evaluation's inputs, scheme, issue list and shared rounding note
 * @returns the scored leaf; one that adds nothing when an issue was found
 *
 * @internal
 */
export function scoreLeaf(
  prepared: PreparedLeaf,
  context: {
    readonly inputs: Inputs;
    readonly scheme: Scheme<RuleBase>;
    readonly issues: Issue[];
    readonly roundingNote: Required<LocalizedText>;
  },
): ScoredNode {
  const { node, kind } = prepared;
  const { inputs, scheme, issues } = context;
  // What a caller the compiler did not check gave may be anything: it is read before it is used.
  const given: unknown = Object.hasOwn(inputs, node.id) ? inputs[node.id] : undefined;
  const { inputPath } = prepared;
  if (given === undefined) {
    issues.push(
      createIssue(
        'missing_input',
        inputPath,
        {
          zh: `缺少指标「${node.name.zh}」的输入`,
          en: `No input for the indicator "${node.name.en ?? node.name.zh}"`,
        },
        { expected: 'an input' },
      ),
    );
    return unscored(prepared);
  }
  const read = readLeafInput(given, inputPath);
  if (!read.ok) {
    issues.push(...read.issues);
    return unscored(prepared);
  }
  const { input, fields } = read.value;
  if (input.notApplicable === true) return scoreNotApplicableLeaf(prepared, input, fields, context);
  // Looked for before anything is allocated: almost every input has none.
  if (fields.some((key) => !prepared.allowedFields.has(key))) {
    const stray = fields.filter((key) => !prepared.allowedFields.has(key));
    for (const key of stray) {
      issues.push(
        createIssue(
          'unexpected_input_field',
          [...inputPath, key],
          {
            zh: `「${node.rule.kind}」规则不使用输入 ${key}`,
            en: `A "${node.rule.kind}" rule does not use the input field "${key}"`,
          },
          { expected: kind.inputFields.join(', '), received: key },
        ),
      );
    }
    return unscored(prepared);
  }
  const outcome = scoredByKind(prepared, input, prepared.ruleContext);
  if (!outcome.ok) {
    issues.push(...outcome.issues);
    return unscored(prepared);
  }
  // A shortened quotient compares with 0 and the weight, and rounds, as the exact score does;
  // where the score is shown, it is the exact one.
  const { score: scored, trace, findings, exact } = outcome.value;
  const exactScore = exact ?? (() => scored);
  if (scored.isNegative() || compareDecimals(scored, node.weight) > 0) {
    const returned = formatDecimal(exactScore());
    const bounds = `[0, ${prepared.weightText}]`;
    issues.push(
      createIssue(
        'rule_score_out_of_bounds',
        ['indicators', ...prepared.path],
        {
          zh: `规则「${node.rule.kind}」给出的得分 ${returned} 超出 ${bounds}`,
          en: `The "${node.rule.kind}" rule returned ${returned}, outside ${bounds}`,
        },
        { expected: `0…${prepared.weightText}`, received: returned },
      ),
    );
    return unscored(prepared);
  }
  const { scale, mode } = scheme.rounding;
  const score = roundedScore(roundedTo(scored, scale, decimalJsRounding(mode)), scale);
  const note = context.roundingNote;
  const fullTrace = (): TraceStep[] => {
    const steps = trace();
    steps.push({
      role: 'score',
      label: scoreLabel,
      operation: 'round',
      operands: [{ value: formatDecimal(exactScore()) }],
      result: { value: score.text },
      note,
    });
    return steps;
  };
  return {
    result: freezeLeafResult(prepared, scheme, {
      status: 'scored',
      score,
      input,
      trace: fullTrace,
      findings,
    }),
    score: score.value,
    units: score.units,
    applicableWeight: node.weight,
    notApplicableWeight: ZERO,
  };
}
