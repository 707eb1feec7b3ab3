import { evaluate } from '../evaluate/evaluate.js';
import { success, type Issues, type Result } from '../issues/Result.js';
import { parseDataFile } from '../json/parseDataFile.js';
import { parseJsonText } from '../json/parseJsonText.js';
import type { PresetRegistry } from '../presets/createPresetRegistry.js';
import type { BatchInput } from './BatchInput.js';
import type { ScoredDocument } from './ScoredDocument.js';
import { failedEntry } from './failedEntry.js';
import { readBatchInput } from './readBatchInput.js';
import { requireIndex } from './requireIndex.js';
import { scoreEntry } from './scoreEntry.js';
import { utf8Text } from './utf8Text.js';

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
  const read = readBatchInput(input, 'json');
  if (!read.ok) return failed(index, read.name, read.issues);
  const { value } = read;
  let json: Result<unknown>;
  if ('json' in value) json = success(value.json);
  else if ('text' in value) json = parseJsonText(value.text);
  else {
    const text = utf8Text(value.bytes, read.name, false);
    if (!text.ok) return failed(index, read.name, text.issues);
    json = parseJsonText(text.value);
  }
  if (!json.ok) return failed(index, read.name, json.issues);
  const data = parseDataFile(json.value, options);
  if (!data.ok) return failed(index, read.name, data.issues);
  const scored = evaluate(data.value.scheme, data.value.inputs);
  if (!scored.ok) return failed(index, read.name, scored.issues);
  return {
    ok: true,
    index,
    name: read.name,
    data: data.value,
    evaluation: scored.value,
    entry: scoreEntry(index, read.name, data.value, scored.value),
  };
}

const failed = (index: number, name: string, issues: Issues): ScoredDocument => ({
  ok: false,
  index,
  name,
  issues,
  entry: failedEntry(index, name, issues),
});
