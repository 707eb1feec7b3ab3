import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { decodeText } from './decodeText.js';

describe('decodeText on any bytes', () => {
  test.prop([fc.uint8Array({ maxLength: 64 })], { numRuns: 200 })(
    'never throws: gives text without NUL in one of its encodings, or a reason',
    (bytes) => {
      const decoded = decodeText(bytes);
      if (decoded.ok) {
        expect(decoded.text).not.toContain('\u0000');
        expect(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']).toContain(decoded.encoding);
      } else {
        expect(['nul', 'malformed']).toContain(decoded.reason);
      }
    },
  );

  test.prop([fc.string({ unit: 'grapheme', maxLength: 40 })], { numRuns: 200 })(
    'reads any UTF-8 text without NUL back as itself',
    (text) => {
      const clean = text.replaceAll('\u0000', '').replace(/^\uFEFF/, '');
      const decoded = decodeText(new Uint8Array(Buffer.from(clean, 'utf8')));
      expect(decoded).toEqual({ ok: true, text: clean, encoding: 'utf-8', bom: false });
    },
  );

  test.prop([fc.uint8Array({ maxLength: 64 })], { numRuns: 200 })(
    'agrees with the strict UTF-8 decoder on where UTF-8 fails',
    (bytes) => {
      const decoded = decodeText(bytes);
      if (decoded.ok || decoded.offset === undefined) return;
      const prefix = bytes.subarray(0, decoded.offset);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(prefix)).not.toThrow();
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    },
  );
});
