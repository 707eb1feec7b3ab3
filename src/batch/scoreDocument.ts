import { parseDataFile } from '../json/parseDataFile.js';
import type { PresetRegistry } from '../presets/createPresetRegistry.js';
import type { BatchInput } from './BatchInput.js';
import type { ScoredDocument } from './ScoredDocument.js';
import { readDocumentJson } from './readDocumentJson.js';
import { requireIndex } from './requireIndex.js';
import { scoreData } from './scoreData.js';

/** The presets a batch resolves data files against (default: the shipped ones). */
export interface ScoreDocumentOptions {
  readonly presets?: PresetRegistry;
}

/**
 * Reads and scores one data file of a batch: its JSON text read exactly (or the value given),
 * the data file parsed, the scheme evaluated. Never throws: a document that cannot be read,
 * parsed or scored comes back with its issues, and its summary entry says `failed`.
 *
 * @param input - the document: its name and its JSON text or value
 * @param index - its place in the batch, from 0
 * @param options - the presets to resolve names against
 * @returns the scored document, or its issues
 *
 * @throws JixiaoError `invalid_argument` when `index` is not a whole number from 0
 *
 * @example
 * scoreDocument({ name: 'nanzhou.json', text: readFileSync('examples/nanzhou-2023.json', 'utf8') }, 0)
 *   .entry.total; // → '91.46'
 */
export function scoreDocument(
  input: BatchInput,
  index: number,
  options: ScoreDocumentOptions = {},
): ScoredDocument {
  requireIndex(index);
  const json = readDocumentJson(input, index);
  if ('ok' in json) return json;
  return scoreData(index, json.name, parseDataFile(json.json, options));
}
