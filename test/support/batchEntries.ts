// Batch entries and summaries for the summary writers' tests: scored project documents with one
// category each, and a summary of two scored documents and one failed, names given by the test.
import type { BatchEntry } from '../../src/batch/BatchEntry.js';
import type { BatchSummary } from '../../src/batch/BatchSummary.js';
import { createBatchSummary } from '../../src/batch/createBatchSummary.js';
import { failedEntry } from '../../src/batch/failedEntry.js';
import type { LocalizedText } from '../../src/issues/LocalizedText.js';

/** A scored project document of the national scheme, its budget category scored `score`. */
export function scoredEntry(
  index: number,
  name: string,
  total: string,
  grade: string,
  score: string,
): BatchEntry {
  return {
    index,
    name,
    outcome: 'scored',
    subject: { project: `项目${index}`, department: '某局', year: 2024 },
    scheme: 'national-project@2020',
    total,
    fullMarks: '100',
    grade,
    categories: [
      { id: 'budget', name: { zh: '预算执行率', en: 'Budget execution' }, weight: '10', score },
    ],
  };
}

/**
 * A summary of a.json (94.60 优), a second scored document named `secondName` (81.20 良) and
 * c.json, failed with an `invalid_json` issue and a second issue whose message is `lastMessage`.
 */
export function sampleSummary(secondName: string, lastMessage: LocalizedText): BatchSummary {
  const builder = createBatchSummary();
  builder.add(scoredEntry(0, 'a.json', '94.60', '优', '9.50'));
  builder.add(scoredEntry(1, secondName, '81.20', '良', '10.00'));
  builder.add(
    failedEntry(2, 'c.json', [
      { code: 'invalid_json', path: ['scheme'], message: { zh: '不是 JSON', en: 'not JSON' } },
      {
        code: 'x',
        path: [],
        message: { zh: lastMessage.zh, en: lastMessage.en ?? lastMessage.zh },
      },
    ]),
  );
  return builder.summary();
}
