import type { Issues } from '../issues/Result.js';
import type { BatchEntry } from './BatchEntry.js';

/**
 * The summary's record of a document that could not be read, parsed, scored or audited.
 *
 * @param index - its place in the batch, from 0
 * @param name - its name
 * @param issues - why it failed
 * @returns the entry, outcome `failed`
 *
 * @example
 * failedEntry(3, 'b.json', issues).outcome; // → 'failed'
 */
export function failedEntry(index: number, name: string, issues: Issues): BatchEntry {
  return { index, name, outcome: 'failed', issues };
}
