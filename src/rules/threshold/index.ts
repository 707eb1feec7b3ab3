export { evaluateThreshold } from './evaluateThreshold.js';
export * from './thresholdRule.js';
export { thresholdRuleKind } from './thresholdRuleKind.js';
