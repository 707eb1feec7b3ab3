import { deepFreeze } from '../evaluation/deepFreeze.js';
import type { Evaluation } from '../evaluation/Evaluation.js';
import { failure, failureOf, success, type Result } from '../issues/Result.js';
import { evaluationInconsistencies } from './evaluationInconsistencies.js';
import { evaluationJson } from './evaluationJson.js';
import { issuesFromZod } from './issuesFromZod.js';
import { nestingTooDeep } from './nestingTooDeep.js';
import { parseJsonWith } from './parseJsonWith.js';

/**
 * Reads an evaluation back from JSON (for tools that consume saved results) and checks its shape.
 *
 * @param json - the parsed JSON value
 * @returns the frozen evaluation, or its issues
 *
 * @example
 * parseEvaluation(JSON.parse(JSON.stringify(evaluation))); // → ok, deep-equal to evaluation
 */
export function parseEvaluation(json: unknown): Result<Evaluation> {
  const tooDeep = nestingTooDeep(json, []);
  if (tooDeep !== undefined) return failure([tooDeep]);
  const parsed = parseJsonWith(evaluationJson, json);
  if (!parsed.success) return failure(issuesFromZod(parsed.error));
  // Read back, its numbers must agree with each other, as those evaluate writes do.
  const contradictions = failureOf(evaluationInconsistencies(parsed.data));
  return contradictions ?? success(deepFreeze(parsed.data));
}
