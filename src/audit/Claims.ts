import type { CellLocation } from '../tables/CellGrid.js';

/**
 * Where a claim was read: the line number (1-based) and that line's text, as the report has it.
 * A claim read from a table cell of a text also says so (`kind: 'text'`) with the cell's place
 * on the line (`column`, as the table reader counts it) when known. A claim read from a cell of a
 * file's table (a Word table, a worksheet, a PDF page) is `kind: 'cell'`: `cell` says where
 * (`Sheet1!G9`, table 1 row 9 column 7, page 1 line 14), `line` is that row (or PDF line) and
 * `text` the row's cells joined with ` | `.
 */
export interface SourceLocation {
  readonly line: number;
  readonly text: string;
  readonly kind?: 'text' | 'cell';
  readonly column?: number;
  readonly cell?: CellLocation;
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
  /**
   * Every mark that the indicator is left out as 不适用: its table row scored `—` (the claim's
   * value), its sentence `该项指标分值 5 分，本年度不适用…不计入总分` (`不适用`). Absent or empty when
   * the report scores it.
   */
  readonly notApplicable?: readonly Claim[];
}

/**
 * One part of a budget sentence's `其中：` list (基本支出, 项目支出, 当年财政拨款…): the amounts it
 * states, in the budget sentence's columns. An amount written without a label (`基本支出780.00万元`)
 * is the part's budget.
 */
export interface BudgetPart {
  /** The part's name as written (spaces left out). */
  readonly name: string;
  readonly budget?: Claim;
  readonly executed?: Claim;
}

/**
 * A budget sentence: the budget (全年预算数, or 调整后预算数 where the sentence gives one), the amount
 * spent (执行数, 全年执行数, 实际支出), the execution rate (执行率, 预算执行率为, 完成预算的 %) where it is
 * stated, and the indicator it scores when a scheme names one.
 */
export interface BudgetClaim {
  readonly budget: Claim;
  readonly executed: Claim;
  /** The stated execution rate; absent when the sentence states none. */
  readonly rate?: Claim;
  /** The id of the leaf the execution rate scores (部门预算资金支出率), when it is known. */
  readonly indicator?: string;
  /** 年初预算数, when the sentence states it (it is not what the rate divides by). */
  readonly initial?: Claim;
  /** The score the sentence gives the budget item (`预算执行率为95.00%，该项得9.5分`). */
  readonly score?: Claim;
  /** The `其中：` parts that follow the sentence, which must add up to its amounts. */
  readonly parts?: readonly BudgetPart[];
  /**
   * The part of the budget the sentence is about, when the name before it is one
   * (`基本支出全年预算数…`): such a sentence is not a restatement of the whole budget's.
   */
  readonly subject?: string;
  /** The labels as written: 全年预算数 / 调整后预算数 / 预算数, 执行数 / 实际支出… */
  readonly labels?: { readonly budget: string; readonly executed: string };
}

/** The “三公” sentence: spending, the change against the budget and the rate of change. */
export interface ThreePublicClaim {
  readonly actual: Claim;
  /** Positive for a decrease (比年初预算数减少), negative for an increase. */
  readonly decrease: Claim;
  readonly rate: Claim;
}

/**
 * How a named claim was written: under a numbered heading (`（一）`, `一、`, `1.`, `（1）`, with the
 * marker's kind), in a `…分值 N 分，自评得分 M 分` sentence, in a `其中：` list, or as a mark
 * (`得满分`, `不得分`, `扣 N 分`) alone.
 */
export type NamedForm =
  | 'heading-paren-numeral'
  | 'heading-numeral'
  | 'heading-digit'
  | 'heading-paren-digit'
  | 'sentence'
  | 'list'
  | 'mark';

/**
 * What a report claims of an indicator or category it names, read without a scheme to place it
 * on (`产出指标分值50分，自评得分48.5分`, `（二）产出指标（50分）：得48.5分，扣1.5分`,
 * `满意度指标得满分`): keyed by the name as written, every occurrence of each quantity kept with
 * its line, in reading order.
 */
export interface NamedClaims {
  /** The name as written, spaces and colons left out. */
  readonly name: string;
  /** How the first statement of it was written. */
  readonly form: NamedForm;
  readonly weight: readonly Claim[];
  readonly score: readonly Claim[];
  readonly scoreRate: readonly Claim[];
  /** Every `扣 N 分` stated for it (the points lost: score = weight − N). */
  readonly deduction: readonly Claim[];
  /** Every `得满分` stated for it (score = weight); the claim's value is `满分`. */
  readonly fullMarks: readonly Claim[];
}

/** One part of a `其中：` list of scores: a name and its score, or `得满分` (score = its weight). */
export interface ScorePart {
  readonly name: string;
  /** The score stated (`9.5`), or `满分` for a part that earns its weight. */
  readonly score: Claim;
}

/**
 * A `其中：` list of scores after a stated score (the total, or a named category's): its parts
 * must sum to it. `of` is `总分` for the total, otherwise the category's name.
 */
export interface ScoreBreakdown {
  readonly of: string;
  /** The score the parts make up, as stated just before the list. */
  readonly whole: Claim;
  readonly parts: readonly ScorePart[];
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
  /**
   * Every total stated, in any of its phrasings (整体绩效自评得分 … 分, 自评得分为 … 分, 自评总分,
   * 综合评分为 … 分, 综合得分 …), in reading order.
   */
  readonly total: readonly Claim[];
  /** Every grade stated (评价等级为优, 等级为良好…), as its band: 优秀 → 优, 良好 → 良, 中等/合格 → 中, 差/较差/不合格 → 差. */
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
  /**
   * Claims by the name the report writes, for what no scheme placed (every claim when the report
   * is read without a scheme). Absent counts as empty.
   */
  readonly named?: readonly NamedClaims[];
  /** Every `其中：` list of scores, in reading order. Absent counts as empty. */
  readonly breakdowns?: readonly ScoreBreakdown[];
}
