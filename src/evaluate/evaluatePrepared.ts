import type { Evaluation } from '../evaluation/Evaluation.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/Issue.js';
import { visibleText } from '../issues/visibleText.js';
import { failure, failureOf, success, type Result } from '../issues/Result.js';
import type { Inputs } from '../rules/LeafInput.js';
import { aggregate } from './aggregate.js';
import { grade } from './grade.js';
import { invalidType } from './invalidType.js';
import { isRecord } from '../issues/isRecord.js';
import type { PreparedScheme } from './prepareScheme.js';
import { roundingNote } from './roundingNote.js';
import { scoreLeaf } from './scoreLeaf.js';

const inputsExpected = {
  zh: '对象（末级指标 id → 输入）',
  en: 'an object (leaf id → input)',
};

/** An issue for every input whose id is not a leaf of the scheme. */
function unknownInputs(prepared: PreparedScheme, inputs: Inputs): Issue[] {
  const issues: Issue[] = [];
  for (const id of Object.keys(inputs)) {
    if (prepared.leafIds.has(id)) continue;
    const shown = visibleText(id);
    const message = prepared.categoryIds.has(id)
      ? {
          zh: `「${shown}」是分类指标，其得分由下级指标汇总，不能直接输入`,
          en: `"${shown}" is a category: its score is the sum of its children and takes no input`,
        }
      : {
          zh: `方案中没有 id 为「${shown}」的末级指标`,
          en: `The scheme has no leaf indicator with id "${shown}"`,
        };
    issues.push(createIssue('unknown_input', ['inputs', id], message, { received: id }));
  }
  return issues;
}

/** The evaluation or the issues, as scored (the result not yet frozen). */
function scored(prepared: PreparedScheme, inputs: Inputs): Result<Evaluation> {
  const invalidScheme = failureOf(prepared.issues);
  if (invalidScheme !== undefined) return invalidScheme;
  // Callers the compiler did not check may pass anything: only an object maps ids to inputs.
  const given: unknown = inputs;
  if (!isRecord(given)) return failure([invalidType(['inputs'], inputsExpected, given)]);
  const { scheme } = prepared;
  const issues = unknownInputs(prepared, inputs);
  const context = { inputs, scheme, issues, roundingNote: roundingNote(scheme.rounding) };
  const top = aggregate(prepared.nodes, scheme, (leaf) => scoreLeaf(leaf, context));
  const invalidInputs = failureOf(issues);
  if (invalidInputs !== undefined) return invalidInputs;
  const graded = grade(top, scheme, prepared.fullMarksRate);
  if (!graded.ok) return graded;
  const evaluation: Evaluation = {
    scheme: Object.freeze({
      id: scheme.id,
      version: scheme.version,
      title: Object.freeze({ ...scheme.title }),
      ...(scheme.effectiveYear === undefined ? {} : { effectiveYear: scheme.effectiveYear }),
      ...(scheme.source === undefined ? {} : { source: scheme.source }),
    }),
    rounding: Object.freeze({ scale: scheme.rounding.scale, mode: scheme.rounding.mode }),
    ...graded.value,
    indicators: Object.freeze(top.map((node) => node.result)),
  };
  return success(Object.freeze(evaluation));
}

/**
 * Scores a scheme with its preparation: checks that every input names a leaf, scores and sums the
 * tree, grades the total, and stamps the frozen evaluation with the scheme and rounding used. The
 * result is frozen too, its issues list included: nothing a caller holds can be changed under it,
 * and nothing it changes reaches what the engine keeps for the scheme.
 *
 * @param prepared - the scheme's preparation by the engine that evaluates it
 * @param inputs - leaf id → what was observed
 * @returns the evaluation, or every issue found
 *
 * @internal
 */
export function evaluatePrepared(prepared: PreparedScheme, inputs: Inputs): Result<Evaluation> {
  const result = scored(prepared, inputs);
  if (!result.ok) Object.freeze(result.issues);
  return Object.freeze(result);
}
