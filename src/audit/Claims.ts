/** Where a claim was read: the line number (1-based) and that line's text. */
export interface SourceLocation {
  readonly line: number;
  readonly text: string;
}

/**
 * One number a report states, as it writes it (`"99.56%"`, `"9.96"`, `"23,135.18"`). A claim the
 * report does not state but that follows from ones it does (a 一级 subtotal as the sum of its
 * 二级 claims) is `derived`, with the sources of its parts.
 */
export interface Claim {
  readonly value: string;
  readonly source?: SourceLocation;
  readonly derived?: { readonly from: readonly SourceLocation[] };
}

/** What a report claims of one indicator. */
export interface NodeClaims {
  readonly weight?: Claim;
  readonly score?: Claim;
  readonly scoreRate?: Claim;
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

/** A claimed score sheet: everything a report says about its scores. */
export interface ClaimedSheet {
  readonly fullMarks?: Claim;
  readonly total?: Claim;
  readonly grade?: Claim;
  /** Indicator id → its claims. */
  readonly nodes: Readonly<Record<string, NodeClaims>>;
  readonly budget: readonly BudgetClaim[];
  readonly threePublic: readonly ThreePublicClaim[];
  readonly unplaced: readonly UnplacedText[];
}
