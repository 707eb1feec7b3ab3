export * from './deductionRule.js';
export { deductionRuleKind } from './deductionRuleKind.js';
export { evaluateDeduction } from './evaluateDeduction.js';
