import type { Dec } from '../decimal/JixiaoDecimal.js';
import type { RoundingPolicy } from '../decimal/RoundingPolicy.js';
import type { Rule } from '../rules/Rule.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { LeafRole } from './LeafRole.js';
import type { LocalizedText } from '../issues/LocalizedText.js';

/** A category (一级 or 二级 指标): its weight (分值) is the exact sum of its children's. */
export interface CategoryNode<R extends RuleBase = Rule> {
  readonly type: 'category';
  readonly id: string;
  readonly name: LocalizedText;
  readonly weight: Dec;
  readonly children: readonly IndicatorNode<R>[];
  readonly description?: LocalizedText;
}

/**
 * Where a leaf's rule comes from: `report` (seen in a reference report), `national` (the
 * national rules, 财预〔2020〕10号 and its family) or `assumed` (no published standard was found),
 * with a short reference text.
 */
export interface RuleBasis {
  readonly kind: 'report' | 'national' | 'assumed';
  readonly reference: string;
}

/** A leaf indicator (三级 指标): one rule turns its input into a score between 0 and its weight. */
export interface LeafNode<R extends RuleBase = Rule> {
  readonly type: 'leaf';
  readonly id: string;
  readonly name: LocalizedText;
  readonly weight: Dec;
  readonly rule: R;
  readonly description?: LocalizedText;
  readonly basis?: RuleBasis;
  /** What the leaf stands for, for the report writer and the audit (e.g. `budget-execution`). */
  readonly role?: LeafRole;
}

/** A node of the indicator tree. */
export type IndicatorNode<R extends RuleBase = Rule> = CategoryNode<R> | LeafNode<R>;

/** A grade (等级) awarded when the total is at least `min` (bands are listed from the highest). */
export interface GradeBand {
  readonly grade: string;
  readonly name: LocalizedText;
  readonly min: Dec;
}

/**
 * What marking a leaf 不适用 does: `rescale` leaves it out and scales the total back to full
 * marks; `full` awards its full weight; `forbid` makes not-applicable an input error.
 */
export type NotApplicablePolicy = 'rescale' | 'full' | 'forbid';

/** A scoring scheme (评价方案): plain data describing the indicator tree and how it is scored. */
export interface Scheme<R extends RuleBase = Rule> {
  readonly id: string;
  readonly version: string;
  readonly title: LocalizedText;
  readonly effectiveYear?: number;
  readonly source?: string;
  /** 总分值: the sum of the top-level weights, usually 100. */
  readonly fullMarks: Dec;
  readonly rounding: RoundingPolicy;
  readonly grades: readonly GradeBand[];
  readonly notApplicable: NotApplicablePolicy;
  readonly indicators: readonly IndicatorNode<R>[];
}
