import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { BatchInput } from './BatchInput.js';
import { createBatchSummary } from './createBatchSummary.js';
import { scoreDocument } from './scoreDocument.js';
import { scoreDocuments } from './scoreDocuments.js';

const nanzhou = readFileSync(new URL('../../examples/nanzhou-2023.json', import.meta.url), 'utf8');
const project = readFileSync(new URL('../../examples/project-2024.json', import.meta.url), 'utf8');

describe('one data file of a batch', () => {
  test('scored from its JSON text: the entry keeps whom, scheme, total, grade, 一级 scores', () => {
    const scored = scoreDocument({ name: 'nanzhou.json', text: nanzhou }, 0);
    expect(scored.ok).toBe(true);
    expect(scored.entry).toEqual({
      index: 0,
      name: 'nanzhou.json',
      outcome: 'scored',
      subject: { department: '广州市海珠区人民政府南洲街道办事处', year: 2023 },
      scheme: 'gz-department-overall@2023',
      total: '91.46',
      fullMarks: '100',
      grade: '优',
      categories: [
        {
          id: 'performance',
          name: { zh: '履职效能', en: 'performance of duties' },
          weight: '50',
          score: '49.96',
        },
        {
          id: 'management',
          name: { zh: '管理效率', en: 'management efficiency' },
          weight: '50',
          score: '41.50',
        },
      ],
    });
  });

  test('from a value JSON.parse made, and from UTF-8 bytes: the same entry', () => {
    const fromText = scoreDocument({ name: 'p.json', text: project }, 4).entry;
    expect(scoreDocument({ name: 'p.json', json: JSON.parse(project) }, 4).entry).toEqual(fromText);
    expect(
      scoreDocument({ name: 'p.json', bytes: new TextEncoder().encode(project) }, 4).entry,
    ).toEqual(fromText);
    expect(fromText.subject).toEqual({
      department: '某区住房和城乡建设局',
      project: '2024 年老旧小区改造项目（示例）',
      year: 2024,
    });
  });

  test.each([
    ['not JSON', { name: 'a.json', text: '{"scheme": ' }, 'invalid_json'],
    ['an unknown preset', { name: 'a.json', text: '{"scheme": "nope"}' }, 'unknown_preset'],
    ['no content', { name: 'a.json' }, 'invalid_batch_input'],
    ['two contents', { name: 'a.json', text: '{}', json: {} }, 'invalid_batch_input'],
    ['not an object', 'a.json', 'invalid_batch_input'],
    [
      'bytes not UTF-8',
      { name: 'a.json', bytes: new Uint8Array([0xff, 0xfe, 0x00]) },
      'invalid_encoding',
    ],
  ])('%s: failed with its issue, never a throw', (_, input, code) => {
    const scored = scoreDocument(input as unknown as BatchInput, 7);
    expect(scored.ok).toBe(false);
    expect(scored.entry.outcome).toBe('failed');
    expect(scored.entry.index).toBe(7);
    expect(scored.entry.issues?.[0]?.code).toBe(code);
  });
});

describe('a stream of data files', () => {
  async function* slowly(inputs: readonly BatchInput[]): AsyncGenerator<BatchInput> {
    for (const input of inputs) {
      await Promise.resolve();
      yield input;
    }
  }

  test('an async iterable in, results out in input order; a bad document does not stop it', async () => {
    const inputs: BatchInput[] = [
      { name: 'n.json', text: nanzhou },
      { name: 'bad.json', text: '[' },
      { name: 'p.json', text: project },
    ];
    const summary = createBatchSummary();
    const seen: string[] = [];
    for await (const scored of scoreDocuments(slowly(inputs))) {
      seen.push(
        `${scored.index} ${scored.name} ${scored.ok ? scored.evaluation.total : scored.issues[0].code}`,
      );
      summary.add(scored.entry);
    }
    expect(seen).toEqual(['0 n.json 91.46', '1 bad.json invalid_json', '2 p.json 94.60']);
    expect(summary.summary().ranking.map((each) => each.name)).toEqual(['p.json', 'n.json']);
  });

  test('an array works as well, and a non-iterable is invalid_argument', async () => {
    const results = [];
    for await (const scored of scoreDocuments([{ name: 'n.json', text: nanzhou }]))
      results.push(scored.entry.total);
    expect(results).toEqual(['91.46']);

    const wrong = scoreDocuments(42 as unknown as BatchInput[]);
    await expect(wrong.next()).rejects.toThrow(/inputs/u);
  });
});
