import { z } from 'zod';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import { parseDecimal } from '../decimal/parseDecimal.js';
import { parseWrittenTarget } from '../presets/parseWrittenTarget.js';
import type { DepartmentIndicator } from '../presets/Preset.js';
import { decimalJson, defined, localizedTextJson } from '../rules/support/jsonPrimitives.js';
import { inputsJson } from './inputsJson.js';
import { recordJson } from './recordJson.js';
import { isReservedId } from '../scheme/reservedIds.js';
import { reservedIdIssue } from '../scheme/reservedIdIssue.js';

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
import { ruleJson } from './ruleJson.js';
import { schemeJsonFor } from './schemeJson.js';

/** What a table row says beside its definition: 实际完成值, the score given, 偏差原因, evidence. */
export interface DepartmentRowResult {
  /** 实际完成值 as written: a number for quantitative rows, a word (达成…) for qualitative ones. */
  readonly actual?: string;
  readonly score?: Dec;
  readonly deviationReason?: string;
  readonly evidence?: string;
}

/** A department's or project's own indicator as a data file writes it, with its row's results. */
export interface DepartmentRow {
  readonly indicator: DepartmentIndicator;
  readonly result: DepartmentRowResult;
}

/**
 * A department's own indicator, as a data file writes it: either `comparison` with a numeric
 * `target`, or `target` written as the table writes it ("≥95%", "≤100万元", "=1个", "达成"); and,
 * in a project table's layout, the row's 实际完成值 (`actual`), `score` and 偏差原因.
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
    const { actual, score, deviationReason, evidence, target, comparison, ...definition } = row;
    let read: Pick<DepartmentIndicator, 'comparison' | 'target' | 'unit'>;
    if (comparison !== undefined) {
      if (target === undefined) read = { comparison };
      else {
        const value = parseDecimal(target);
        if (!value.ok) {
          context.issues.push({
            code: 'custom',
            message: value.issues[0].message.en,
            input: target,
            path: ['target'],
            params: { issue: value.issues[0] },
          });
          return z.NEVER;
        }
        read = { comparison, target: value.value };
      }
    } else if (typeof target === 'string') {
      const written = parseWrittenTarget(target);
      if (!written.ok) {
        context.issues.push({
          code: 'custom',
          message: written.issues[0].message.en,
          input: target,
          path: ['target'],
          params: { issue: written.issues[0] },
        });
        return z.NEVER;
      }
      read = {
        comparison: written.value.comparison,
        ...(written.value.target === undefined ? {} : { target: written.value.target }),
        ...(written.value.unit === undefined ? {} : { unit: written.value.unit }),
      };
    } else {
      context.issues.push({
        code: 'custom',
        message: 'A row needs "comparison" or a written target',
        input: row,
        path: ['comparison'],
        params: {
          issue: {
            code: 'missing_key',
            path: [],
            message: {
              zh: '须给出 comparison，或写明年度指标值（target，如 ≥95%）',
              en: 'Give "comparison", or the annual target as written ("target", e.g. ≥95%)',
            },
          },
        },
      });
      return z.NEVER;
    }
    const indicator: DepartmentIndicator = {
      ...defined(definition),
      ...read,
      ...(definition.unit === undefined ? {} : { unit: definition.unit }),
      ...(definition.targetText === undefined &&
      typeof target === 'string' &&
      comparison === undefined
        ? { targetText: target }
        : {}),
    };
    const result: DepartmentRowResult = defined({
      actual: actual === undefined ? undefined : String(actual),
      score,
      deviationReason,
      evidence,
    });
    return { indicator, result };
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
