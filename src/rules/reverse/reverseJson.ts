import { z } from 'zod';
import { decimalJson, defined, localizedTextJson } from '../support/jsonPrimitives.js';
import { reverseRule } from './reverseRule.js';

const formulaJson = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('linear') }),
  z.strictObject({ type: z.literal('inverse') }),
  z.strictObject({
    type: z.literal('perPoint'),
    points: decimalJson,
    excess: z.enum(['points', 'relative']).optional(),
    interpolate: z.boolean().optional(),
  }),
]);

/** The JSON form of a reverse rule, read into the rule its builder makes. */
export const reverseJson = z
  .strictObject({
    kind: z.literal('reverse'),
    formula: formulaJson.optional(),
    rateLabel: localizedTextJson.optional(),
    target: decimalJson.optional(),
    unit: z.literal('percent').optional(),
    deviationReason: z.strictObject({ whenMissed: z.boolean().optional() }).optional(),
  })
  .transform(({ kind: _kind, formula, deviationReason, ...options }) =>
    reverseRule({
      ...defined(options),
      ...(formula === undefined ? {} : { formula: defined(formula) }),
      ...(deviationReason === undefined ? {} : { deviationReason: defined(deviationReason) }),
    }),
  );
