import { z } from 'zod';
import { manualRule } from './manualRule.js';

/** The JSON form of a manual rule, read into the rule its builder makes. */
export const manualJson = z
  .strictObject({ kind: z.literal('manual') })
  .transform(() => manualRule());
