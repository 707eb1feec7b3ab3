export {
  inferNumericRule,
  inferRule,
  readRowActual,
  readRowTarget,
  type InferredRule,
  type NumericComparison,
  type NumericRule,
  type NumericRuleKind,
  type RowTarget,
} from './inferRule.js';
