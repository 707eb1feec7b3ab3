/**
 * `jixiao/batch`: a bureau's whole year at once. Streams of data files scored and of reports
 * audited, one result at a time in input order (`scoreDocuments`, `auditReports`, each an async
 * iterable in and out), and the summary of a batch built from each result's small `entry`
 * (`createBatchSummary`: outcomes, grades, the ranking by total, each 一级 category's
 * distribution, failures, flagged audits), written as a table, Markdown or CSV (JSON by
 * `JSON.stringify`). This entry loads zod (data files are parsed); Word, Excel and PDF readers
 * load only when such a file is audited.
 *
 * @packageDocumentation
 */
export * from './batch/index.js';
