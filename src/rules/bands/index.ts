export * from './bandsRule.js';
export { bandsRuleKind } from './bandsRuleKind.js';
export { evaluateBands } from './evaluateBands.js';
