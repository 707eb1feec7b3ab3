import type { TextAudit } from '../audit/auditText.js';
import type { Issue } from '../issues/Issue.js';
import type { BatchEntry } from './BatchEntry.js';

/** One report of a batch audited: the audit, or the issues that stopped it. */
export type AuditedDocument =
  | {
      readonly ok: true;
      readonly index: number;
      readonly name: string;
      readonly audit: TextAudit;
      /** What the batch summary keeps of it. */
      readonly entry: BatchEntry;
    }
  | {
      readonly ok: false;
      readonly index: number;
      readonly name: string;
      readonly issues: readonly [Issue, ...Issue[]];
      readonly entry: BatchEntry;
    };
