// jixiao/audit: checking a written report (自评报告) against its scores: the claims read from
// its text and score tables, their checks against the scheme and a recomputed evaluation, and
// the writer of the report's scoring section. Apart from the core entry because the readers are
// most of the library's code, which a consumer who only scores should not load or bundle.
export type {
  Claim,
  ClaimedSheet,
  NodeClaims,
  BudgetClaim,
  ThreePublicClaim,
  SourceLocation,
  UnplacedText,
  BudgetPart,
  NamedForm,
  NamedClaims,
  ScorePart,
  ScoreBreakdown,
} from './audit/Claims.js';
export type { AuditCheck, AuditReport, SkippedCheck } from './audit/AuditCheck.js';
export { checkNarrative, type NarrativeCheckOptions } from './audit/checkNarrative.js';
export {
  auditText,
  type AuditTextOptions,
  type AuditStatus,
  type TextAudit,
  type TableCoverage,
} from './audit/auditText.js';
export { readTables, allLayoutReaders } from './tables/readTables.js';
export type { TextLayoutReader } from './tables/text/TextLayoutReader.js';
export type {
  CellGrid,
  CellLocation,
  GridCell,
  GridRow,
  LayoutName,
  Repair,
} from './tables/CellGrid.js';
export type { SchemePeriod } from './audit/schemePeriod.js';
export type { TablePlacement, PlacedRow, UnplacedRow } from './audit/placeTables.js';
export { extractClaims } from './audit/extractClaims.js';
export { checkClaims } from './audit/checkClaims.js';
export { auditEvaluation } from './audit/auditEvaluation.js';
export { renderReport } from './audit/renderReport.js';
