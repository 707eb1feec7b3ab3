import type { TextAudit } from '../audit/auditText.js';
import type { BatchEntry, BatchOutcome } from './BatchEntry.js';

/** The batch outcome of an audit's status (`nothing_read` is a failure, reported before). */
const outcomes: Readonly<Record<Exclude<TextAudit['status'], 'nothing_read'>, BatchOutcome>> =
  Object.freeze({
    consistent: 'consistent',
    inconsistent: 'inconsistent',
    too_little_to_check: 'unchecked',
  });

/**
 * The summary's record of an audited report: its outcome and how many checks and findings.
 *
 * @param index - the report's place in the batch, from 0
 * @param name - its name (its file)
 * @param status - the audit's status, any but `nothing_read` (a failure)
 * @param audit - the audit
 * @returns the entry
 *
 * @example
 * auditEntry(0, '南洲.txt', audit.status, audit).outcome; // → 'consistent'
 */
export function auditEntry(
  index: number,
  name: string,
  status: Exclude<TextAudit['status'], 'nothing_read'>,
  audit: TextAudit,
): BatchEntry {
  return {
    index,
    name,
    outcome: outcomes[status],
    checks: audit.checks.length,
    findings: audit.findings.length,
  };
}
