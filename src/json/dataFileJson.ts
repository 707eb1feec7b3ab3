import { z } from 'zod';
import { decimalJson, defined, localizedTextJson } from '../rules/support/jsonPrimitives.js';
import { inputsJson } from './inputsJson.js';
import { recordJson } from './recordJson.js';
import { isReservedId } from '../scheme/reservedIds.js';
import { reservedIdIssue } from '../scheme/reservedIdIssue.js';
import { departmentRowOf, type DepartmentRow } from './departmentRowOf.js';
import { ruleJson } from './ruleJson.js';
import { schemeJsonFor } from './schemeJson.js';

export type { DepartmentRow, DepartmentRowResult } from './departmentRowOf.js';

/** A department row's id: not empty, and not one of the reserved ids. */
const rowIdJson = z
  .string()
  .min(1)
  .superRefine((id, context) => {
    if (!isReservedId(id)) return;
    const issue = reservedIdIssue([], id);
    context.addIssue({ code: 'custom', message: issue.message.en, params: { issue } });
  });

/** A year as data files write it: four digits, from 1900 to 2200. */
const yearJson = z.int().min(1900).max(2200);

/**
 * A department's own indicator, as a data file writes it: either `comparison` with a numeric
 * `target`, or `target` written as the table writes it ("≥95%", "≤100万元", "=1个", "达成"); and,
 * in a project table's layout, the row's 实际完成值 (`actual`), `score` and 偏差原因.
 *
 * @example
 * departmentIndicatorJson.safeParse({ id: 'a', name: '环卫保洁', weight: '3', target: '≥95%' }).success;
 * // → true
 */
export const departmentIndicatorJson: z.ZodType<DepartmentRow> = z
  .strictObject({
    id: rowIdJson,
    name: localizedTextJson,
    group: z.string().min(1).optional(),
    weight: decimalJson,
    weightBasis: z.enum(['report', 'assumed']).optional(),
    comparison: z.enum(['>=', '>', '=', '<=', '<', 'qualitative']).optional(),
    target: z.union([z.string(), z.number()]).optional().meta({
      description:
        'A number with "comparison", or the target as written: "≥95%", "≤100万元", "=1个", "达成"',
    }),
    targetText: z.string().optional(),
    unit: z.string().optional(),
    actual: z.union([z.string(), z.number()]).optional().meta({
      description:
        '实际完成值: a number ("96%", "98") or, for a qualitative target, 达成 / 部分达成 / 未达成',
    }),
    score: decimalJson.optional(),
    deviationReason: z.string().optional(),
    evidence: z.string().optional(),
  })
  .transform((row, context): DepartmentRow => {
    const read = departmentRowOf(row);
    if (read.ok) return read.row;
    context.issues.push(
      read.at === 'target'
        ? {
            code: 'custom',
            message: read.issue.message.en,
            input: row.target,
            path: ['target'],
            params: { issue: read.issue },
          }
        : {
            code: 'custom',
            message: 'A row needs "comparison" or a written target',
            input: row,
            path: ['comparison'],
            params: { issue: read.issue },
          },
    );
    return z.NEVER;
  });

/** Who or what the data is about. */
export interface DepartmentInfo {
  readonly name: string;
  readonly year?: number;
  readonly source?: string;
}

/**
 * A data file: the scheme (a shipped preset's `id@version`, its `id` with the `year` evaluated,
 * or a whole scheme inline), the department's or project's own indicators for the preset's slots,
 * the budget figures, and the inputs for every other leaf.
 *
 * @example
 * dataFileJson.safeParse({ scheme: 'gz-department-overall@2023' }).success; // → true
 */
export const dataFileJson = z.strictObject({
  $schema: z.string().optional(),
  scheme: z.union([z.string().min(1), schemeJsonFor(ruleJson)]),
  year: yearJson
    .optional()
    .meta({ description: 'The year evaluated: picks the preset version in force' }),
  department: z
    .strictObject({
      name: z.string().min(1),
      year: yearJson
        .optional()
        .meta({ description: 'The year the data is for: four digits, 1900 to 2200' }),
      source: z.string().optional(),
    })
    .transform((value): DepartmentInfo => defined(value))
    .optional(),
  project: z
    .strictObject({
      name: z.string().min(1),
      department: z.string().optional(),
      code: z.string().optional(),
    })
    .optional(),
  budget: z
    .strictObject({
      initial: decimalJson.optional(),
      fullYear: decimalJson,
      executed: decimalJson,
      unit: z.string().optional(),
    })
    .optional()
    .meta({
      description: "年初预算数, 全年预算数, 全年执行数: scores the preset's budget indicator",
    }),
  deviationReason: z
    .strictObject({
      above: z.union([decimalJson, z.literal(false)]).optional(),
      whenMissed: z.boolean().optional(),
    })
    .optional(),
  indicators: recordJson(z.array(departmentIndicatorJson)).optional(),
  inputs: inputsJson.optional(),
});

/** What {@link dataFileJson} reads a data file into, before `parseDataFile` resolves it. */
export type DataFileFields = z.output<typeof dataFileJson>;
