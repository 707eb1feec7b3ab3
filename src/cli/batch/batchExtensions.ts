/**
 * The file extensions a directory is searched for, by command: data files for `score`; report
 * texts, Word, Excel and PDF files for `audit`. Files named on the command line are read
 * whatever their extension.
 */
export const batchExtensions: Readonly<Record<'score' | 'audit', readonly string[]>> =
  Object.freeze({
    score: Object.freeze(['.json']),
    audit: Object.freeze(['.txt', '.md', '.markdown', '.csv', '.tsv', '.docx', '.xlsx', '.pdf']),
  });
