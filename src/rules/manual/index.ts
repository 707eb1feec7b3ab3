export { evaluateManual } from './evaluateManual.js';
export * from './manualRule.js';
export { manualRuleKind } from './manualRuleKind.js';
