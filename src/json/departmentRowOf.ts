import type { Dec } from '../decimal/JixiaoDecimal.js';
import { parseDecimal } from '../decimal/parseDecimal.js';
import type { Issue } from '../issues/Issue.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import { parseWrittenTarget } from '../presets/parseWrittenTarget.js';
import type { DepartmentIndicator } from '../presets/Preset.js';

/** A department row's fields as read, each of its type, before the row is made of them (an
 * optional field may be there as undefined, as zod gives it). */
export interface DepartmentRowFields {
  readonly id: string;
  readonly name: LocalizedText;
  readonly group?: string | undefined;
  readonly weight: Dec;
  readonly weightBasis?: 'report' | 'assumed' | undefined;
  readonly comparison?: DepartmentIndicator['comparison'] | undefined;
  readonly target?: string | number | undefined;
  readonly targetText?: string | undefined;
  readonly unit?: string | undefined;
  readonly actual?: string | number | undefined;
  readonly score?: Dec | undefined;
  readonly deviationReason?: string | undefined;
  readonly evidence?: string | undefined;
}

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

/** The row, or why its target cannot be read: unreadable (at `target`) or missing (no comparison). */
export type DepartmentRowRead =
  | { readonly ok: true; readonly row: DepartmentRow }
  | { readonly ok: false; readonly at: 'target' | 'comparison'; readonly issue: Issue };

const missingComparison: Issue = Object.freeze({
  code: 'missing_key',
  path: Object.freeze([]),
  message: Object.freeze({
    zh: '须给出 comparison，或写明年度指标值（target，如 ≥95%）',
    en: 'Give "comparison", or the annual target as written ("target", e.g. ≥95%)',
  }),
});

/**
 * Makes a department row of its fields: the comparison and target from `comparison` with a
 * numeric `target`, or from the target as the table writes it ("≥95%", "≤100万元", "达成"), which
 * is kept as the row's `targetText` unless one is given; the results (实际完成值 as text, score,
 * 偏差原因, evidence) apart. Keys are made in one fixed order, absent ones left out.
 *
 * @param fields - the row's fields, each checked for its type
 * @returns the row, or the issue of a target that cannot be read or a row with neither
 *
 * @example
 * departmentRowOf({ id: 'a', name: { zh: '甲' }, weight: decimal(5), target: '≥12个' });
 * // → ok: indicator { comparison: '>=', target: 12, unit: '个', targetText: '≥12个', … }
 *
 * @internal
 */
export function departmentRowOf(fields: DepartmentRowFields): DepartmentRowRead {
  const { comparison, target, unit, targetText } = fields;
  let read: Pick<DepartmentIndicator, 'comparison' | 'target' | 'unit'>;
  if (comparison !== undefined) {
    if (target === undefined) read = { comparison };
    else {
      const value = parseDecimal(target);
      if (!value.ok) return { ok: false, at: 'target', issue: value.issues[0] };
      read = { comparison, target: value.value };
    }
  } else if (typeof target === 'string') {
    const written = parseWrittenTarget(target);
    if (!written.ok) return { ok: false, at: 'target', issue: written.issues[0] };
    read = written.value;
  } else return { ok: false, at: 'comparison', issue: missingComparison };
  // The keys in the order the fields were declared, then what the target gave.
  const indicator: DepartmentIndicator = {
    id: fields.id,
    name: fields.name,
    ...(fields.group === undefined ? {} : { group: fields.group }),
    weight: fields.weight,
    ...(fields.weightBasis === undefined ? {} : { weightBasis: fields.weightBasis }),
    ...(targetText === undefined ? {} : { targetText }),
    ...(unit === undefined ? {} : { unit }),
    comparison: read.comparison,
    ...(read.target === undefined ? {} : { target: read.target }),
    // A unit given beside the target wins over the one written in it.
    ...(unit === undefined && read.unit !== undefined ? { unit: read.unit } : {}),
    ...(targetText === undefined && typeof target === 'string' && comparison === undefined
      ? { targetText: target }
      : {}),
  };
  const { actual, score, deviationReason, evidence } = fields;
  const result: DepartmentRowResult = {
    ...(actual === undefined ? {} : { actual: String(actual) }),
    ...(score === undefined ? {} : { score }),
    ...(deviationReason === undefined ? {} : { deviationReason }),
    ...(evidence === undefined ? {} : { evidence }),
  };
  return { ok: true, row: { indicator, result } };
}
