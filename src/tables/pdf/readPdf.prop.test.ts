// readPdf never throws: random bytes, and the writer's PDF with random bytes overwritten or cut
// short, always give a result (a document or issues with codes); the table readers on random
// lines of table words never throw and give rows as wide as their columns.
import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect } from 'vitest';
import { projectDocument } from '../../../test/fixtures/documents/projectDocument.js';
import { writePdf } from '../../../test/support/writePdf.js';
import type { Rule } from './geometry.js';
import { joinPages } from './joinPages.js';
import { latticeTables } from './latticeTables.js';
import { pageRuns } from './pageRuns.js';
import type { PdfJs } from './PdfJs.js';
import { readPdf } from './readPdf.js';
import { streamTables } from './streamTables.js';

let pdfjs: PdfJs;
beforeAll(async () => {
  pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
});
const pdf = writePdf(projectDocument);
const codes = new Set(['invalid_pdf', 'no_text_layer', 'encrypted_document', 'too_many_pages']);

describe('readPdf on hostile bytes', () => {
  test.prop(
    [
      fc.oneof(
        fc
          .uint8Array({ maxLength: 400 })
          .map((bytes) => Uint8Array.from([...new TextEncoder().encode('%PDF-1.4\n'), ...bytes])),
        fc
          .tuple(
            fc.nat({ max: pdf.length - 1 }),
            fc.uint8Array({ minLength: 1, maxLength: 40 }),
            fc.boolean(),
          )
          .map(([at, bytes, cut]) => {
            const copy = pdf.slice(0, cut ? at + bytes.length : pdf.length);
            copy.set(bytes.slice(0, Math.max(0, copy.length - at)), at);
            return copy;
          }),
      ),
    ],
    { numRuns: 40 },
  )('returns a document or coded issues, never throws', async (bytes) => {
    const result = await readPdf(bytes, pdfjs);
    if (result.ok) expect(result.value.format).toBe('pdf');
    else expect(result.issues.every((issue) => codes.has(issue.code))).toBe(true);
  });
});

/** Words a table's lines are made of: header words, names with weights, numbers, brackets. */
const words = [
  '一级指标',
  '二级指标',
  '三级指标',
  '分值',
  '得分',
  '指标值',
  '合计',
  '投入（15',
  '分）',
  '（10分）',
  '97.',
  '83',
  '1,12',
  '0.00',
  '—',
  '(',
  '）',
  '达成',
  '≥95%',
  '',
];

/** Random text items of a page: words at random places on a coarse grid, at 9 or 10.5 pt. */
const pageItems = fc.array(
  fc.record({
    str: fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })),
    x: fc.integer({ min: 0, max: 60 }).map((step) => 50 + step * 7.5),
    baseline: fc.integer({ min: 0, max: 80 }).map((step) => 60 + step * 6.5),
    size: fc.constantFrom(9, 10.5),
  }),
  { maxLength: 120 },
);

describe('the table readers on random lines', () => {
  test.prop([pageItems, fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 6 })], {
    numRuns: 150,
  })(
    'stream and ruled tables, joined over two pages, never throw and stay rectangular',
    (items, cuts) => {
      const laid = items.map(({ str, x, baseline, size }) => ({
        str,
        transform: [size, 0, 0, size, x, 842 - baseline],
        width: str.length * size,
        height: size,
      }));
      const runs = pageRuns(laid, [1, 0, 0, -1, 0, 842]);
      const xs = [50, ...cuts.map((cut) => 50 + cut * 60).sort((a, b) => a - b), 560];
      const rules: Rule[] = [
        ...[60, 300, 600].map((at) => ({ horizontal: true, at, from: 50, to: 560 })),
        ...xs.map((at) => ({ horizontal: false, at, from: 60, to: 600 })),
      ];
      const tables = [
        ...latticeTables(runs, rules, 1).tables,
        ...streamTables(runs, 1).tables,
        ...latticeTables(runs, rules.slice(1), 2).tables,
        ...streamTables(runs, 2).tables,
      ];
      for (const table of joinPages(tables, () => false))
        expect(table.rows.every((row) => row.length === table.columns.length)).toBe(true);
    },
  );
});
