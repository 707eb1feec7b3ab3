export {
  batchOutcomes,
  type BatchEntry,
  type BatchOutcome,
  type BatchSubject,
  type BatchCategory,
} from './BatchEntry.js';
export type { BatchInput } from './BatchInput.js';
export type { ScoredDocument } from './ScoredDocument.js';
export type { AuditedDocument } from './AuditedDocument.js';
export type {
  BatchSummary,
  RankedDocument,
  CategoryDistribution,
  FailedDocument,
  FlaggedAudit,
} from './BatchSummary.js';
export { scoreDocument, type ScoreDocumentOptions } from './scoreDocument.js';
export { scoreDocuments } from './scoreDocuments.js';
export { auditReport, type AuditReportOptions } from './auditReport.js';
export { auditReports } from './auditReports.js';
export { createBatchSummary, type BatchSummaryBuilder } from './createBatchSummary.js';
export { renderSummaryTable } from './renderSummaryTable.js';
export { renderSummaryMarkdown } from './renderSummaryMarkdown.js';
export { renderSummaryCsv } from './renderSummaryCsv.js';
