export { evaluateReverse } from './evaluateReverse.js';
export * from './reverseRule.js';
export { reverseRuleKind } from './reverseRuleKind.js';
