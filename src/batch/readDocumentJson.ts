import { success, type Result } from '../issues/Result.js';
import { parseJsonText } from '../json/parseJsonText.js';
import type { BatchInput } from './BatchInput.js';
import type { ScoredDocument } from './ScoredDocument.js';
import { failedDocument as failed } from './failedDocument.js';
import { readBatchInput } from './readBatchInput.js';
import { utf8Text } from './utf8Text.js';

/**
 * The first half of scoreDocument: the document's JSON value, read exactly from its text
 * or bytes, or the failed document.
 *
 * @param input - the document: its name and its JSON text or value
 * @param index - its place in the batch, from 0 (checked by the caller)
 * @returns its name and JSON value, or the failed document
 *
 * @example
 * readDocumentJson({ name: 'a.json', text: '{"scheme": 1}' }, 0); // → { name: 'a.json', json: { scheme: 1 } }
 */
export function readDocumentJson(
  input: BatchInput,
  index: number,
): { readonly name: string; readonly json: unknown } | ScoredDocument {
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
  return { name: read.name, json: json.value };
}
