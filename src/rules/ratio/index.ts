export { evaluateRatio } from './evaluateRatio.js';
export * from './ratioRule.js';
export { ratioRuleKind } from './ratioRuleKind.js';
