// jixiao/testing: fast-check arbitraries and laws for verifying scoring rules and schemes.
export {
  amountTextArbitrary,
  ruleArbitrary,
  leafInputArbitrary,
  schemeArbitrary,
  inputsArbitrary,
  type SchemeArbitraryOptions,
  type InputsArbitraryOptions,
  type CustomInputArbitraries,
} from './testing/arbitraries.js';
export {
  decimalArbitrary,
  type DecimalArbitraryOptions,
} from './rules/support/decimalArbitrary.js';
export { checkRuleLaws, type RuleLawOptions } from './testing/checkRuleLaws.js';
export { verifyScheme, type VerifySchemeOptions } from './testing/verifyScheme.js';
export type { LawResult, Counterexample, VerificationReport } from './testing/LawResult.js';
export { formatLawResults } from './testing/formatLawResults.js';
export { builtInRuleArbitraries, type RuleArbitraries } from './rules/builtInRuleArbitraries.js';
export type { RuleArbitrary } from './rules/RuleArbitrary.js';
