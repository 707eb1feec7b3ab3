// readPdf never throws: random bytes, and the writer's PDF with random bytes overwritten or cut
// short, always give a result (a document or issues with codes).
import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect } from 'vitest';
import { projectDocument } from '../../../test/fixtures/documents/projectDocument.js';
import { writePdf } from '../../../test/support/writePdf.js';
import type { PdfJs } from './PdfJs.js';
import { readPdf } from './readPdf.js';

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
