export * from './equalRule.js';
export { equalRuleKind } from './equalRuleKind.js';
export { evaluateEqual } from './evaluateEqual.js';
