// JSON building blocks shared by several built-in kinds' JSON forms.
import { z } from 'zod';
import { decimalJson } from './jsonPrimitives.js';

/** `reviewAbove`: a completion at or above which the score is flagged for review, or false. */
export const reviewAboveJson = z
  .union([decimalJson, z.literal(false)])
  .optional()
  .meta({
    description:
      'Completion at or above which the score is flagged for review; false for none. Default 1.2.',
  });

/** `deviationReason`: when a deviation reason (偏差原因) is required. */
export const deviationReasonJson = z
  .strictObject({
    above: z.union([decimalJson, z.literal(false)]).optional(),
    whenMissed: z.boolean().optional(),
  })
  .optional()
  .meta({ description: 'When a deviation reason (偏差原因) is required' });
