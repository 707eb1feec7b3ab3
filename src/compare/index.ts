export { compareEvaluations, type CompareOptions } from './compareEvaluations.js';
export type {
  ComparedEvaluation,
  ComparedIndicator,
  ComparisonCounts,
  EvaluationComparison,
  IndicatorChange,
  IndicatorChangeStatus,
  IndicatorComparison,
} from './EvaluationComparison.js';
export { renderComparisonCsv } from './renderComparisonCsv.js';
export { renderComparisonJson } from './renderComparisonJson.js';
export { renderComparisonMarkdown } from './renderComparisonMarkdown.js';
export { renderComparisonTable } from './renderComparisonTable.js';
