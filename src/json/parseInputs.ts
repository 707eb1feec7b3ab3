import { failure, success, type Result } from '../issues/Result.js';
import type { Inputs } from '../rules/LeafInput.js';
import { inputsJson } from './inputsJson.js';
import { issuesFromZod } from './issuesFromZod.js';
import { nestingTooDeep } from './nestingTooDeep.js';
import { parseJsonWith } from './parseJsonWith.js';

/**
 * Reads inputs (leaf id → observation) from their JSON form; decimals may be strings
 * ("23,135.18", "99.56%") or numbers, and unknown keys are issues.
 *
 * @param json - the parsed JSON value
 * @returns the inputs, or their issues (paths start at `inputs`)
 *
 * @example
 * parseInputs({ rate: { actual: '23,033.06', target: '23,135.18' } });
 */
export function parseInputs(json: unknown): Result<Inputs> {
  const tooDeep = nestingTooDeep(json, ['inputs']);
  if (tooDeep !== undefined) return failure([tooDeep]);
  const parsed = parseJsonWith(inputsJson, json);
  return parsed.success ? success(parsed.data) : failure(issuesFromZod(parsed.error, ['inputs']));
}
