import { z } from 'zod';
import { decimalJson, defined } from '../support/jsonPrimitives.js';
import { deductionRule } from './deductionRule.js';

/** The JSON form of a deduction rule, read into the rule its builder makes. */
export const deductionJson = z
  .strictObject({
    kind: z.literal('deduction'),
    pointsEach: decimalJson,
    maxDeduction: decimalJson.optional(),
  })
  .transform(({ kind: _kind, ...options }) => deductionRule(defined(options)));
