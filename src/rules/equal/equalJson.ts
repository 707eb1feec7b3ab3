import { z } from 'zod';
import { decimalJson, defined, localizedTextJson } from '../support/jsonPrimitives.js';
import { deviationReasonJson, reviewAboveJson } from '../support/ruleJsonParts.js';
import { equalRule } from './equalRule.js';

/** The JSON form of an equal rule, read into the rule its builder makes. */
export const equalJson = z
  .strictObject({
    kind: z.literal('equal'),
    reviewAbove: reviewAboveJson,
    rateLabel: localizedTextJson.optional(),
    target: decimalJson.optional(),
    deviationReason: deviationReasonJson,
  })
  .transform(({ kind: _kind, deviationReason, ...options }) =>
    equalRule({
      ...defined(options),
      ...(deviationReason === undefined ? {} : { deviationReason: defined(deviationReason) }),
    }),
  );
