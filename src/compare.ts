// jixiao/compare: two evaluations of one department or project (two years, say) compared
// indicator by indicator — score, weight and 得分率 changes, indicators added, removed and moved —
// and the comparison written as a table, Markdown, CSV or JSON. Loads only decimal.js.
export { compareEvaluations, type CompareOptions } from './compare/compareEvaluations.js';
export type {
  ComparedEvaluation,
  ComparedIndicator,
  ComparisonCounts,
  EvaluationComparison,
  IndicatorChange,
  IndicatorChangeStatus,
  IndicatorComparison,
} from './compare/EvaluationComparison.js';
export { renderComparisonTable } from './compare/renderComparisonTable.js';
export { renderComparisonMarkdown } from './compare/renderComparisonMarkdown.js';
export { renderComparisonCsv } from './compare/renderComparisonCsv.js';
export { renderComparisonJson } from './compare/renderComparisonJson.js';
