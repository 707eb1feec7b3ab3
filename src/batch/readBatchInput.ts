import { createIssue } from '../issues/createIssue.js';
import type { Issues } from '../issues/Result.js';
import { isRecord } from '../issues/isRecord.js';
import { typeOfValue } from '../issues/typeOfValue.js';

/** A batch input as read: its name and one content. */
export type ReadBatchInput =
  | {
      readonly ok: true;
      readonly name: string;
      readonly value:
        { readonly text: string } | { readonly json: unknown } | { readonly bytes: Uint8Array };
    }
  | { readonly ok: false; readonly name: string; readonly issues: Issues };

const contents = ['text', 'json', 'bytes'] as const;

/**
 * Reads one batch input from a caller the compiler may not have checked: an object with a string
 * `name` and exactly one of `text` (a string), `json` (any value; scores only) or `bytes` (a
 * Uint8Array).
 *
 * @param input - the input as given
 * @param use - `json` for a data file to score, `report` for a report to audit
 * @returns its name and content, or an `invalid_batch_input` issue (named `#N` when it has no name)
 *
 * @example
 * readBatchInput({ name: 'a.json', text: '{}' }, 'json'); // → ok, { text: '{}' }
 * readBatchInput({ name: 'a.json' }, 'json'); // → issue invalid_batch_input
 */
export function readBatchInput(input: unknown, use: 'json' | 'report'): ReadBatchInput {
  const name = isRecord(input) && typeof input['name'] === 'string' ? input['name'] : '';
  const refused = (zh: string, en: string): ReadBatchInput => ({
    ok: false,
    name,
    issues: [createIssue('invalid_batch_input', [], { zh, en }, { received: typeOfValue(input) })],
  });
  if (!isRecord(input))
    return refused(
      '批量输入的每一项应为对象：{ name, text } 或 { name, json } 或 { name, bytes }',
      'each batch input must be an object: { name, text }, { name, json } or { name, bytes }',
    );
  const given = contents.filter((key) => Object.hasOwn(input, key));
  if (typeof input['name'] !== 'string' || given.length !== 1)
    return refused(
      `批量输入项应有字符串 name 与 text、json、bytes 之一（现有：${Object.keys(input).join('、') || '无'}）`,
      `a batch input needs a string name and exactly one of text, json, bytes (given: ${Object.keys(input).join(', ') || 'none'})`,
    );
  const text = input['text'];
  const bytes = input['bytes'];
  if (given[0] === 'text') {
    if (typeof text !== 'string') return refused('text 应为字符串', 'text must be a string');
    return { ok: true, name, value: { text } };
  }
  if (given[0] === 'json') {
    if (use === 'report')
      return refused(
        '核对的报告应给 text（文本）或 bytes（Word、Excel、PDF 文件）',
        'a report to audit is given as text or as bytes (a Word, Excel or PDF file)',
      );
    return { ok: true, name, value: { json: input['json'] } };
  }
  if (!(bytes instanceof Uint8Array))
    return refused('bytes 应为 Uint8Array', 'bytes must be a Uint8Array');
  return { ok: true, name, value: { bytes } };
}
