import { invalidArgument } from '../issues/invalidArgument.js';
import type { AuditedDocument } from './AuditedDocument.js';
import type { BatchInput } from './BatchInput.js';
import { auditReport, type AuditReportOptions } from './auditReport.js';
import { iterableOf } from './iterableOf.js';

/**
 * Audits a stream of reports one after another (texts, or Word, Excel and PDF files' bytes),
 * yielding each audit in input order as soon as it is done. A report that cannot be read is
 * yielded with its issues; the stream goes on. Feed each result's `entry` to
 * {@link createBatchSummary} for the batch's summary.
 *
 * @param inputs - the reports (an array, any iterable, or an async iterable)
 * @param options - the scheme and recomputation every report is checked against, the loaders
 * @returns the audited reports, in input order
 * @throws JixiaoError `invalid_argument` when `inputs` is not iterable
 *
 * @example
 * for await (const audited of auditReports([{ name: '南洲.txt', text }], { scheme }))
 *   audited.entry.outcome; // → 'consistent'
 */
export async function* auditReports(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: AuditReportOptions = {},
): AsyncGenerator<AuditedDocument, void, undefined> {
  const source = iterableOf<BatchInput>(inputs);
  if (source === undefined)
    throw invalidArgument(
      'inputs',
      {
        zh: '报告的可迭代对象（数组或异步可迭代）',
        en: 'an iterable (or async iterable) of reports',
      },
      inputs,
    );
  let index = 0;
  for await (const input of source) {
    yield await auditReport(input, index, options);
    index += 1;
  }
}
