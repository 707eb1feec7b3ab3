/** Where a claim was read: the line number (1-based) and that line's text, as the report has it. */
export interface SourceLocation {
  readonly line: number;
  readonly text: string;
}

/**
 * One number a report states, as it writes it (`"99.56%"`, `"9.96"`, `"23,135.18"`), with the
 * place it was read. A claim the report does not state but that follows from ones it does (a 一级
 * subtotal as the sum of its 二级 claims) is `derived`, with the sources of its parts. Any reader
 * (the sentence reader here, a table reader) adds claims in this one form.
 */
export interface Claim {
  readonly value: string;
  readonly source?: SourceLocation;
  readonly derived?: { readonly from: readonly SourceLocation[] };
}

/**
 * What a report claims of one indicator: every occurrence of each quantity, in reading order. A
 * report that states a 分值 twice has two claims here; two that disagree are a finding.
 */
export interface NodeClaims {
  /** Every 分值 stated for the indicator. */
  readonly weight: readonly Claim[];
  /** Every 得分 stated for the indicator, or one derived from its children's when none is. */
  readonly score: readonly Claim[];
  /** Every 得分率 stated for the indicator. */
  readonly scoreRate: readonly Claim[];
}

/** The budget sentence: 全年预算数, 执行数 and 完成预算的 %, and the indicator it scores. */
export interface BudgetClaim {
  readonly budget: Claim;
  readonly executed: Claim;
  readonly rate: Claim;
  /** The id of the leaf the execution rate scores (部门预算资金支出率), when it is known. */
  readonly indicator?: string;
}

/** The “三公” sentence: spending, the change against the budget and the rate of change. */
export interface ThreePublicClaim {
  readonly actual: Claim;
  /** Positive for a decrease (比年初预算数减少), negative for an increase. */
  readonly decrease: Claim;
  readonly rate: Claim;
}

/** Text a reader recognised as a claim but could not place on an indicator. */
export interface UnplacedText {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

/**
 * A claimed score sheet: everything a report says about its scores. Each quantity keeps every
 * occurrence the report states, in reading order (an empty list when it states none).
 */
export interface ClaimedSheet {
  /** Every 总分值 (full marks) stated. */
  readonly fullMarks: readonly Claim[];
  /** Every total (整体绩效自评得分) stated. */
  readonly total: readonly Claim[];
  /** Every grade (等级) stated. */
  readonly grade: readonly Claim[];
  /**
   * Indicator id → its claims. Ids come from the scheme, so this is a null-prototype object:
   * `__proto__` and `constructor` are ordinary keys. Read it with `Object.hasOwn` or
   * `Object.entries`; it serialises as JSON like any object.
   */
  readonly nodes: Readonly<Record<string, NodeClaims>>;
  /** Every budget sentence, in reading order. */
  readonly budget: readonly BudgetClaim[];
  /** Every “三公” sentence, in reading order. */
  readonly threePublic: readonly ThreePublicClaim[];
  readonly unplaced: readonly UnplacedText[];
}
