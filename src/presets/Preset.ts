import type { Dec } from '../decimal/JixiaoDecimal.js';
import type { Result } from '../issues/Result.js';
import type { Comparison } from '../rules/threshold/index.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import type { Scheme } from '../scheme/Scheme.js';

/**
 * A department's own indicator (e.g. 产出指标 / 效益指标 三级 indicators): its name, weight within
 * the slot, target and how the actual compares to it. `qualitative` indicators are scored with
 * the national 达成 / 部分达成 / 未达成 bands.
 */
export interface DepartmentIndicator {
  readonly id: string;
  readonly name: LocalizedText;
  /** The 三级 group it belongs to, e.g. 数量指标, 质量指标, 社会效益指标. */
  readonly group?: string;
  readonly weight: Dec;
  /** `assumed` when the split of the slot's weight was not published. */
  readonly weightBasis?: 'report' | 'assumed';
  readonly comparison: Exclude<Comparison, 'yes'> | 'qualitative';
  /** The target (年度指标值) for quantitative indicators. */
  readonly target?: Dec;
  /** The target as the table writes it, e.g. "≥10个", "进一步提升". */
  readonly targetText?: string;
  readonly unit?: string;
}

/** What a data file may set when it builds a preset. */
export interface PresetBuildOptions {
  /** Override the preset's deviation-reason rule: at or above `above` × target, and/or when missed. */
  readonly deviationReason?: { readonly above?: Dec | false; readonly whenMissed?: boolean };
}

/** A place in a preset's tree that each department fills with its own indicators. */
export interface PresetSlot {
  readonly id: string;
  readonly name: LocalizedText;
  readonly weight: Dec;
}

/** A shipped scheme: its identity, where it comes from, and how to build it for a department. */
export interface Preset {
  readonly id: string;
  readonly version: string;
  /** `id@version`, the form data files name it by. */
  readonly reference: string;
  readonly title: LocalizedText;
  /** The years (inclusive) this version is in force; `to` absent for a version still in force. */
  readonly effectivePeriod: { readonly from: number; readonly to?: number };
  readonly source: string;
  readonly slots: readonly PresetSlot[];
  /** The leaf scored by the budget figures of a data file (全年预算数 / 执行数), if any. */
  readonly budgetIndicator?: string;
  /** Builds the scheme with each slot filled; a slot whose weights do not sum is an issue. */
  build(
    indicators: Readonly<Record<string, readonly DepartmentIndicator[]>>,
    options?: PresetBuildOptions,
  ): Result<Scheme>;
  /**
   * The scheme with each slot standing as one judged leaf of the slot's weight (id = the slot's
   * id): its fixed structure, for checking a report's claims without the department's data.
   */
  skeleton(): Scheme;
}
