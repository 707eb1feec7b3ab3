import type { Issues } from '../issues/Result.js';
import type { ScoredDocument } from './ScoredDocument.js';
import { failedEntry } from './failedEntry.js';

/**
 * A document of a batch that could not be read, parsed or scored, with its issues.
 *
 * @param index - its place in the batch
 * @param name - its name
 * @param issues - why
 * @returns the failed document, its summary entry saying `failed`
 *
 * @example
 * failedDocument(0, 'a.json', issues).entry.outcome; // → 'failed'
 */
export const failedDocument = (index: number, name: string, issues: Issues): ScoredDocument => ({
  ok: false,
  index,
  name,
  issues,
  entry: failedEntry(index, name, issues),
});
