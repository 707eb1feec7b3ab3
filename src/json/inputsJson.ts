import { z } from 'zod';
import type { Inputs, LeafInput } from '../rules/LeafInput.js';
import { decimalJson, defined } from '../rules/support/jsonPrimitives.js';
import { recordJson } from './recordJson.js';

const answerWords = ['是', '否', '合规', '不合规', '达标', '未达标', 'yes', 'no'] as const;
const answers: Readonly<Record<(typeof answerWords)[number], boolean>> = {
  是: true,
  否: false,
  合规: true,
  不合规: false,
  达标: true,
  未达标: false,
  yes: true,
  no: false,
};

/** The JSON form of one leaf's input; every key is optional, and unknown keys are errors. */
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
  .transform(({ answer, items, ...rest }): LeafInput => ({
    ...defined(rest),
    ...(answer === undefined
      ? {}
      : { answer: typeof answer === 'boolean' ? answer : answers[answer] }),
    ...(items === undefined ? {} : { items: items.map((item) => defined(item)) }),
  }));

/** The JSON form of a scheme's inputs: leaf id → input. */
export const inputsJson: z.ZodType<Inputs> = recordJson(leafInputJson);
