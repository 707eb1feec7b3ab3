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
export { scoreEntry } from './scoreEntry.js';
export { auditEntry } from './auditEntry.js';
export { failedEntry } from './failedEntry.js';
export { createBatchSummary, type BatchSummaryBuilder } from './createBatchSummary.js';
export { summarySections, type SummarySection } from './summarySections.js';
export { renderSummaryTable } from './renderSummaryTable.js';
export { renderSummaryMarkdown } from './renderSummaryMarkdown.js';
export { renderSummaryCsv } from './renderSummaryCsv.js';
