import type { BandsRule } from './BandsRule.js';
import type { DeductionRule } from './DeductionRule.js';
import type { EqualRule } from './EqualRule.js';
import type { LevelRule } from './LevelRule.js';
import type { ManualRule } from './ManualRule.js';
import type { RatioRule } from './RatioRule.js';
import type { ReverseRule } from './ReverseRule.js';
import type { ThresholdRule } from './ThresholdRule.js';

/** The built-in rule kinds, discriminated by `kind`. */
export type Rule = RatioRule | EqualRule | ReverseRule | ThresholdRule | BandsRule | LevelRule | DeductionRule | ManualRule;
