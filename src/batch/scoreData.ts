import { evaluate } from '../evaluate/evaluate.js';
import type { Result } from '../issues/Result.js';
import type { DataFile } from '../json/DataFile.js';
import type { ScoredDocument } from './ScoredDocument.js';
import { failedDocument as failed } from './failedDocument.js';
import { scoreEntry } from './scoreEntry.js';
import { placeDataFileIssues } from '../json/placeDataFileIssues.js';

/**
 * The second half of scoreDocument: a read data file evaluated, with its summary entry.
 *
 * @param index - the document's place in the batch
 * @param name - its name
 * @param data - the data file as parseDataFile read it, or its issues
 * @returns the scored document, or its issues
 *
 * @example
 * scoreData(0, 'a.json', parseDataFile(json)).entry.total; // → '91.46'
 */
export function scoreData(index: number, name: string, data: Result<DataFile>): ScoredDocument {
  if (!data.ok) return failed(index, name, data.issues);
  const scored = evaluate(data.value.scheme, data.value.inputs);
  if (!scored.ok) return failed(index, name, placeDataFileIssues(data.value, scored.issues));
  return {
    ok: true,
    index,
    name,
    data: data.value,
    evaluation: scored.value,
    entry: scoreEntry(index, name, data.value, scored.value),
  };
}
