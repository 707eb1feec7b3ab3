import { z } from 'zod';
import type { DepartmentIndicator } from '../presets/Preset.js';
import { decimalJson, defined, localizedTextJson } from './primitives.js';
import { inputsJson } from './inputsJson.js';
import { ruleJson } from './ruleJson.js';
import { schemeJsonFor } from './schemeJson.js';

/** A department's own indicator, as a data file writes it. */
export const departmentIndicatorJson: z.ZodType<DepartmentIndicator, unknown> = z
  .strictObject({
    id: z.string().min(1),
    name: localizedTextJson,
    group: z.string().min(1).optional(),
    weight: decimalJson,
    weightBasis: z.enum(['report', 'assumed']).optional(),
    comparison: z.enum(['>=', '>', '=', '<=', '<', 'qualitative']),
    target: decimalJson.optional(),
    targetText: z.string().optional(),
    unit: z.string().optional(),
  })
  .transform((value) => defined(value));

/** Who the data is about. */
export interface DepartmentInfo {
  readonly name: string;
  readonly year?: number;
  readonly source?: string;
}

/**
 * A data file: the scheme (a shipped preset's `id@version`, or a whole scheme inline), the
 * department's own indicators for the preset's slots, and the inputs for every leaf.
 */
export const dataFileJson = z.strictObject({
  $schema: z.string().optional(),
  scheme: z.union([z.string().min(1), schemeJsonFor(ruleJson)]),
  department: z.strictObject({ name: z.string().min(1), year: z.int().optional(), source: z.string().optional() }).transform((value): DepartmentInfo => defined(value)).optional(),
  indicators: z.record(z.string(), z.array(departmentIndicatorJson)).optional(),
  inputs: inputsJson,
});
