import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { auditReports } from './auditReports.js';
import type { BatchInput } from './BatchInput.js';

const fixture = (path: string): Uint8Array =>
  readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url));
const text = (path: string): string => new TextDecoder().decode(fixture(path));

describe('a stream of reports audited', () => {
  test('texts and a Word file: consistent, inconsistent, and failures that do not stop it', async () => {
    const inputs: BatchInput[] = [
      { name: 'ok.txt', text: text('tables/oneline-project-10-90.txt') },
      { name: 'wrong.txt', bytes: fixture('tables/oneline-project-10-90-wrong-score.txt') },
      { name: 'nothing.txt', text: '今天天气很好。' },
      { name: 'p.docx', bytes: fixture('documents/project-2024.docx') },
      {
        name: 'old.doc',
        bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      },
    ];
    const seen: string[] = [];
    for await (const audited of auditReports(inputs))
      seen.push(
        `${audited.index} ${audited.entry.outcome} ${audited.ok ? String(audited.entry.findings) : audited.issues[0].code}`,
      );
    expect(seen).toEqual([
      '0 consistent 0',
      '1 inconsistent 1',
      '2 failed no_claims',
      '3 consistent 0',
      '4 failed unsupported_format',
    ]);
  });

  test('a report given as JSON is refused: reports are text or bytes', async () => {
    const results = [];
    for await (const audited of auditReports([{ name: 'r', json: {} }]))
      results.push(audited.entry);
    expect(results[0]?.issues?.[0]?.code).toBe('invalid_batch_input');
  });
});
