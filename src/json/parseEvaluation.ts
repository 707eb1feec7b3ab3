import { deepFreeze } from '../evaluation/deepFreeze.js';
import type { Evaluation } from '../evaluation/Evaluation.js';
import { failure, success, type Result } from '../issues/Result.js';
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
  return parsed.success ? success(deepFreeze(parsed.data)) : failure(issuesFromZod(parsed.error));
}
