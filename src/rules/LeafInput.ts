import type { Dec } from '../decimal/JixiaoDecimal.js';

/** One listed finding behind a deduction (扣分事项), optionally with its own points. */
export interface DeductionItem {
  readonly text: string;
  readonly points?: Dec;
}

/**
 * What the evaluator observed for one leaf. Each rule kind reads the fields it needs and
 * rejects the others, so a value given to the wrong rule is reported, not ignored.
 */
export interface LeafInput {
  /** 实际完成值: the measured value (amount, count or rate). */
  readonly actual?: Dec;
  /** 目标值: the target, when the rule does not fix it. */
  readonly target?: Dec;
  /** A yes/no answer (是/否, 合规/不合规) for a threshold rule. */
  readonly answer?: boolean;
  /** The level id chosen for a level rule (完成 / 部分完成 / 未完成 …). */
  readonly level?: string;
  /** A score given by the evaluator (level ranges, manual rules). */
  readonly score?: Dec;
  /** Why: required where a judgement lowers the score. */
  readonly reason?: string;
  /** How many times a deductible fault occurred. */
  readonly occurrences?: number;
  /** The listed faults behind a deduction. */
  readonly items?: readonly DeductionItem[];
  /** Marks the leaf 不适用; `reason` says why. */
  readonly notApplicable?: boolean;
  /** Named values for custom rule kinds. */
  readonly values?: Readonly<Record<string, Dec>>;
  /** Free text the department gave as evidence (实际完成情况); kept in the result. */
  readonly evidence?: string;
}

/** Inputs for a scheme: leaf id → what was observed. */
export type Inputs = Readonly<Record<string, LeafInput>>;
