import { invalidArgument } from '../issues/invalidArgument.js';
import type { BatchInput } from './BatchInput.js';
import type { ScoredDocument } from './ScoredDocument.js';
import { scoreDocument, type ScoreDocumentOptions } from './scoreDocument.js';
import { iterableOf } from './iterableOf.js';

/**
 * Scores a stream of data files one after another, yielding each result in input order as soon
 * as it is scored: a server can score uploads as they arrive, and a batch of any size holds one
 * document at a time. A document that cannot be scored is yielded with its issues; the stream
 * goes on. Feed each result's `entry` to {@link createBatchSummary} for the batch's summary.
 *
 * @param inputs - the documents (an array, any iterable, or an async iterable)
 * @param options - the presets to resolve names against
 * @returns the scored documents, in input order
 * @throws JixiaoError `invalid_argument` when `inputs` is not iterable
 *
 * @example
 * const summary = createBatchSummary();
 * for await (const scored of scoreDocuments(files.map((name) => ({ name, text: readFileSync(name, 'utf8') }))))
 *   summary.add(scored.entry);
 * summary.summary().grades; // → [{ grade: '优', count: 12 }, …]
 */
export async function* scoreDocuments(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: ScoreDocumentOptions = {},
): AsyncGenerator<ScoredDocument, void, undefined> {
  const source = iterableOf<BatchInput>(inputs);
  if (source === undefined)
    throw invalidArgument(
      'inputs',
      {
        zh: '文档的可迭代对象（数组或异步可迭代）',
        en: 'an iterable (or async iterable) of documents',
      },
      inputs,
    );
  let index = 0;
  for await (const input of source) {
    yield scoreDocument(input, index, options);
    index += 1;
  }
}
