export { evaluateLevel } from './evaluateLevel.js';
export * from './levelRule.js';
export { levelRuleKind } from './levelRuleKind.js';
