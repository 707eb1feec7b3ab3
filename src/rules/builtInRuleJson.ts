import type { z } from 'zod';
import { bandsJson } from './bands/bandsJson.js';
import { deductionJson } from './deduction/deductionJson.js';
import { equalJson } from './equal/equalJson.js';
import { levelJson } from './level/levelJson.js';
import { manualJson } from './manual/manualJson.js';
import { ratioJson } from './ratio/ratioJson.js';
import { reverseJson } from './reverse/reverseJson.js';
import type { Rule } from './Rule.js';
import type { RuleBase } from './RuleBase.js';
import { thresholdJson } from './threshold/thresholdJson.js';

/** A JSON form (zod schema read into the rule) for every kind of the rule union `R`. */
export type RuleJsonForms<R extends RuleBase> = {
  readonly [K in R['kind']]: z.ZodType<Extract<R, { readonly kind: K }>> &
    z.core.$ZodTypeDiscriminable;
};

/**
 * The JSON form of every built-in rule kind, keyed by `kind`. Only the JSON layer imports this
 * (it loads zod); a kind missing here does not compile.
 *
 * @example
 * builtInRuleJson.ratio.safeParse({ kind: 'ratio', cap: '1' }).success; // → true
 */
export const builtInRuleJson: RuleJsonForms<Rule> = Object.freeze({
  ratio: ratioJson,
  equal: equalJson,
  reverse: reverseJson,
  threshold: thresholdJson,
  bands: bandsJson,
  level: levelJson,
  deduction: deductionJson,
  manual: manualJson,
});
