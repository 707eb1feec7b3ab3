import { auditText, type AuditTextOptions } from '../audit/auditText.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issues } from '../issues/Result.js';
import { visibleText } from '../issues/visibleText.js';
import { containerFormat } from '../tables/documentFormat.js';
import { readDocument, type DocumentLoaders } from '../tables/readDocument.js';
import type { AuditedDocument } from './AuditedDocument.js';
import type { BatchInput } from './BatchInput.js';
import { auditEntry } from './auditEntry.js';
import { failedEntry } from './failedEntry.js';
import { readBatchInput } from './readBatchInput.js';
import { utf8Text } from './utf8Text.js';
import { requireIndex } from './requireIndex.js';

/** What every report of a batch is audited against, and how Word, Excel and PDF files are read. */
export interface AuditReportOptions extends Omit<AuditTextOptions, 'tables' | 'claims'> {
  /** How fflate and pdf.js are loaded for Word, Excel and PDF files (by default, installed). */
  readonly loaders?: DocumentLoaders;
}

/**
 * Audits one report of a batch: a text with `auditText`, the bytes of a Word, Excel or PDF file
 * read with `readDocument` and audited with their tables. Never throws or rejects: a report that
 * cannot be read, or from which nothing checkable is read (`no_claims`, as `jixiao audit` says), comes back with its
 * issues and its entry says `failed`.
 *
 * @param input - the report: its name and its text or bytes
 * @param index - its place in the batch, from 0
 * @param options - the scheme, a recomputation, the readers' loaders
 * @returns the audited report, or its issues
 *
 * @throws JixiaoError `invalid_argument` when `index` is not a whole number from 0
 *
 * @example
 * (await auditReport({ name: '南洲.txt', text: report }, 0)).entry.outcome; // → 'consistent'
 */
export async function auditReport(
  input: BatchInput,
  index: number,
  options: AuditReportOptions = {},
): Promise<AuditedDocument> {
  requireIndex(index);
  const read = readBatchInput(input, 'report');
  if (!read.ok) return failed(index, read.name, read.issues);
  // An untyped caller's options: an object, or an invalid_argument error.
  const { loaders, ...auditOptions } = requireOptions(options) as AuditReportOptions; // eslint-disable-line @typescript-eslint/consistent-type-assertions -- its fields are checked by readDocument and auditText
  let text: string;
  let tables: AuditTextOptions['tables'];
  if ('bytes' in read.value && containerFormat(read.value.bytes) !== 'text') {
    const document = await readDocument(read.value.bytes, loaders);
    if (!document.ok) return failed(index, read.name, document.issues);
    ({ text } = document.value);
    tables = document.value.grids;
  } else if ('bytes' in read.value) {
    const decoded = utf8Text(read.value.bytes, read.name, true);
    if (!decoded.ok) return failed(index, read.name, decoded.issues);
    text = decoded.value;
  } else if ('text' in read.value) text = read.value.text;
  else return failed(index, read.name, [createIssue('invalid_batch_input', [], notText)]);
  const audited = auditText(text, { ...auditOptions, ...(tables === undefined ? {} : { tables }) });
  if (!audited.ok) return failed(index, read.name, audited.issues);
  const audit = audited.value;
  if (audit.status === 'nothing_read')
    return failed(index, read.name, [
      createIssue('no_claims', [], {
        zh: `未能从 ${visibleText(read.name)} 读出任何可核对的内容（总分、等级、预算句、指标得分或自评表）`,
        en: `Nothing checkable could be read from ${visibleText(read.name)} (a total, a grade, a budget sentence, category scores or a score table)`,
      }),
    ]);
  return {
    ok: true,
    index,
    name: read.name,
    audit,
    entry: auditEntry(index, read.name, audit.status, audit),
  };
}

const notText = {
  zh: '核对的报告应给 text 或 bytes',
  en: 'a report to audit is given as text or bytes',
};

const failed = (index: number, name: string, issues: Issues): AuditedDocument => ({
  ok: false,
  index,
  name,
  issues,
  entry: failedEntry(index, name, issues),
});
