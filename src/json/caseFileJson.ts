import { z } from 'zod';
import { parseDecimal } from '../decimal/parseDecimal.js';
import { recordJson } from './recordJson.js';

/** An expected decimal: a string, checked to be a well-formed number when the file is read. */
const expectedDecimal = z.string().superRefine((value, context) => {
  const parsed = parseDecimal(value);
  if (!parsed.ok)
    context.addIssue({
      code: 'custom',
      message: parsed.issues[0].message.en,
      params: { issue: parsed.issues[0] },
    });
});

const nodeExpectation = z.strictObject({
  score: expectedDecimal.optional(),
  scoreRate: expectedDecimal.optional(),
});

/** One named case: what to score (a data file, or a scheme with inputs) and the exact values expected. */
export const caseJson = z.strictObject({
  name: z.string().min(1),
  data: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'A data file, relative to the case file' }),
  // Scheme, indicators and inputs are read as a data file is, once the case is assembled; here they
  // are kept as written so that their issues carry the case's own paths.
  scheme: z
    .union([z.string().min(1), recordJson(z.unknown())])
    .optional()
    .meta({
      description:
        'A preset id@version, a scheme file (relative path ending in .json), or a scheme inline',
    }),
  indicators: recordJson(z.array(z.unknown())).optional(),
  inputs: recordJson(z.unknown()).optional(),
  expect: z.strictObject({
    total: expectedDecimal.optional(),
    grade: z.string().optional(),
    nodes: recordJson(nodeExpectation).optional(),
    issues: z
      .array(z.strictObject({ code: z.string().min(1), path: z.string().optional() }))
      .min(1)
      .optional(),
  }),
});

/**
 * A case file: named cases with exact expectations.
 *
 * @example
 * caseFileJson.safeParse({ cases: [] }).success; // → false (at least one case)
 */
export const caseFileJson = z.strictObject({
  $schema: z.string().optional(),
  cases: z.array(caseJson).min(1),
});

/** A case as read from a case file. */
export type CaseJson = z.output<typeof caseJson>;
