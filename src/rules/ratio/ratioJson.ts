import { z } from 'zod';
import { decimalJson, defined, localizedTextJson } from '../support/jsonPrimitives.js';
import { deviationReasonJson, reviewAboveJson } from '../support/ruleJsonParts.js';
import { ratioRule } from './ratioRule.js';

/** The JSON form of a ratio rule, read into the rule its builder makes. */
export const ratioJson = z
  .strictObject({
    kind: z.literal('ratio'),
    cap: decimalJson.optional(),
    reviewAbove: reviewAboveJson,
    roundRateTo: z.int().min(0).max(20).optional(),
    rateLabel: localizedTextJson.optional(),
    target: decimalJson.optional(),
    deviationReason: deviationReasonJson,
  })
  .transform(({ kind: _kind, deviationReason, ...options }) =>
    ratioRule({
      ...defined(options),
      ...(deviationReason === undefined ? {} : { deviationReason: defined(deviationReason) }),
    }),
  );
