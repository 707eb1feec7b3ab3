import { z } from 'zod';
import { decimalJson, defined } from '../support/jsonPrimitives.js';
import { comparisons, thresholdRule } from './thresholdRule.js';

/** The JSON form of a threshold rule, read into the rule its builder makes. */
export const thresholdJson = z
  .strictObject({
    kind: z.literal('threshold'),
    comparison: z.enum(comparisons),
    otherwise: decimalJson.optional(),
    target: decimalJson.optional(),
    unit: z.literal('percent').optional(),
  })
  .transform(({ kind: _kind, ...options }) => thresholdRule(defined(options)));
