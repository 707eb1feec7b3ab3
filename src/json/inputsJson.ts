import { z } from 'zod';
import type { Inputs, LeafInput } from '../rules/LeafInput.js';
import { decimalJson } from '../rules/support/jsonPrimitives.js';
import { answerWords, leafInputOf } from './leafInputOf.js';
import { recordJson } from './recordJson.js';

/**
 * The JSON form of one leaf's input; every key is optional, and unknown keys are errors.
 *
 * @example
 * leafInputJson.safeParse({ actual: 'x' }).success; // → false (not a number)
 */
export const leafInputJson: z.ZodType<LeafInput> = z
  .strictObject({
    actual: decimalJson.optional(),
    target: decimalJson.optional(),
    answer: z
      .union([z.boolean(), z.enum(answerWords)])
      .optional()
      .meta({ description: 'true/false, or 是/否, 合规/不合规, 达标/未达标, yes/no' }),
    level: z.string().min(1).optional(),
    score: decimalJson.optional(),
    reason: z.string().optional(),
    occurrences: z.int().min(0).optional(),
    items: z
      .array(z.strictObject({ text: z.string().min(1), points: decimalJson.optional() }))
      .optional(),
    notApplicable: z.boolean().optional(),
    values: recordJson(decimalJson).optional(),
    evidence: z.string().optional(),
  })
  .transform(leafInputOf);

/**
 * The JSON form of a scheme's inputs: leaf id → input.
 *
 * @example
 * inputsJson.safeParse({ 'budget-rate': { actual: '23,033.06', target: '23,135.18' } }).success;
 * // → true
 */
export const inputsJson: z.ZodType<Inputs> = recordJson(leafInputJson);
