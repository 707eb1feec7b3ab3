import type { RoundingPolicy } from '../decimal/RoundingPolicy.js';
import type { Finding } from '../rules/Finding.js';
import type { TraceStep } from '../rules/TraceStep.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import type { LeafRole } from '../scheme/LeafRole.js';
import type { NotApplicablePolicy, RuleBasis } from '../scheme/Scheme.js';

import type { JsonValue } from '../issues/JsonValue.js';

export type { JsonValue };

/** What the evaluation says of one leaf: its score and how it was reached. */
export interface LeafResult {
  readonly type: 'leaf';
  readonly id: string;
  readonly name: LocalizedText;
  /** Ids from the top-level category down to this leaf. */
  readonly path: readonly string[];
  /** 分值, as a decimal string. */
  readonly weight: string;
  readonly status: 'scored' | 'not_applicable';
  /** 得分 at the scheme's scale, e.g. `"9.96"`; `null` when left out as not applicable. */
  readonly score: string | null;
  /** 得分率 as a percentage at 2 dp (`"99.60"`), from the rounded score; `null` for a zero weight. */
  readonly scoreRatePercent: string | null;
  readonly rule: JsonValue;
  /** Where the rule comes from, when the scheme says. */
  readonly basis?: RuleBasis;
  /** What the leaf stands for, as the scheme declares it (e.g. `budget-execution`). */
  readonly role?: LeafRole;
  readonly input: JsonValue;
  readonly trace: readonly TraceStep[];
  readonly findings: readonly Finding[];
}

/** What the evaluation says of one category: the exact sum of its children's rounded scores. */
export interface CategoryResult {
  readonly type: 'category';
  readonly id: string;
  readonly name: LocalizedText;
  readonly path: readonly string[];
  readonly weight: string;
  /** The weight of the children that were scored (differs from `weight` when some were left out). */
  readonly applicableWeight: string;
  readonly status: 'scored' | 'not_applicable';
  readonly score: string | null;
  readonly scoreRatePercent: string | null;
  readonly children: readonly NodeResult[];
}

/** A node of the evaluated tree. */
export type NodeResult = CategoryResult | LeafResult;

/** The grade (等级) a total earned. */
export interface GradeResult {
  readonly grade: string;
  readonly name: LocalizedText;
}

/**
 * A scored scheme: plain, frozen, JSON-serialisable data. Every decimal is a string; the same
 * scheme and inputs always give byte-identical `JSON.stringify` output.
 */
export interface Evaluation {
  readonly scheme: {
    readonly id: string;
    readonly version: string;
    readonly title: LocalizedText;
    readonly effectiveYear?: number;
    readonly source?: string;
  };
  readonly rounding: RoundingPolicy;
  readonly notApplicable: {
    readonly policy: NotApplicablePolicy;
    /** Weight of the leaves left out (rescale) or awarded in full (full) as 不适用. */
    readonly weight: string;
    /** Full marks ÷ weight scored, by which the total was scaled; `"1"` when nothing was left out. */
    readonly rescaleFactor: string;
  };
  /** 总分值. */
  readonly fullMarks: string;
  /** The sum of the top-level scores, before any rescaling. */
  readonly rawTotal: string;
  /** 总得分. */
  readonly total: string;
  readonly scoreRatePercent: string;
  readonly grade: GradeResult;
  readonly indicators: readonly NodeResult[];
}
