import { fc, test as property } from '@fast-check/vitest';
import * as fflate from 'fflate';
import { describe, expect, test } from 'vitest';
import { openZip } from '../../tables/office/openZip.js';
import { parseXml } from '../../tables/office/parseXml.js';
import { readDocx } from '../../tables/office/readDocx.js';
import type { DocumentSource } from '../../tables/DocumentSource.js';
import { writeDocx } from './writeDocx.js';

const notXml =
  // eslint-disable-next-line no-control-regex -- the control characters are what is replaced
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * What a text reads back as: each character XML 1.0 cannot hold (C0 controls but tab, line
 * feed and carriage return; U+FFFE, U+FFFF; lone surrogates) as U+FFFD, a line break (a `w:br`)
 * as the space the reader makes of it.
 */
const readBack = (text: string): string =>
  text.replace(notXml, '\uFFFD').replace(/\r\n|\r|\n/gu, ' ');

/** Hostile text: any UTF-16 (controls, lone halves), markup, entities, CDATA ends, and CJK. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .array(
      fc.constantFrom(
        '<',
        '>',
        '&',
        '"',
        "'",
        '&amp;',
        ']]>',
        '<w:t>',
        '\u0000',
        '\u0007',
        '\uD800',
        '\uDC00',
        '😀',
        '\uFFFE',
        '\t',
        '\r\n',
        '\n',
        ' ',
        '得分',
        '分值',
      ),
      { maxLength: 40 },
    )
    .map((pieces) => pieces.join('')),
  fc.string({ unit: 'grapheme', minLength: 2_000, maxLength: 5_000 }),
);

/** The document written with the text in a heading, a paragraph and a table cell, read back. */
function written(text: string): { readonly xml: string; readonly source: DocumentSource } {
  const bytes = writeDocx(
    [
      { kind: 'heading', level: 2, runs: [{ text: `[${text}]` }] },
      { kind: 'paragraph', runs: [{ text: '«' }, { text, bold: true }, { text: '»' }] },
      {
        kind: 'table',
        header: [{ runs: [{ text: '指标名称' }] }, { runs: [{ text: '说明' }] }],
        rows: [[{ runs: [{ text: `[${text}]` }] }, { runs: [{ text: '1' }] }]],
      },
    ],
    fflate,
  );
  const xml = new TextDecoder().decode(fflate.unzipSync(bytes)['word/document.xml']);
  const parts = openZip(bytes, fflate.unzipSync);
  if (!parts.ok) throw new Error(JSON.stringify(parts.issues));
  const source = readDocx(parts.value);
  if (!source.ok) throw new Error(JSON.stringify(source.issues));
  return { xml, source: source.value };
}

describe('writeDocx with hostile text', () => {
  property.prop([hostile], { numRuns: 200 })(
    'the XML parses and every text reads back equal, but for what XML cannot hold',
    (text) => {
      const { xml, source } = written(text);
      expect(parseXml(xml, 'word/document.xml').ok).toBe(true);
      const expected = readBack(text);
      expect(source.text.split('\n')).toEqual([`[${expected}]`, `«${expected}»`]);
      expect(source.grids[0]?.rows[1]?.cells.map((cell) => cell.text)).toEqual([
        `[${expected}]`,
        '1',
      ]);
    },
  );

  test('a very long text (200,000 characters) is written and read back whole', () => {
    const text = '绩效<&>'.repeat(40_000);
    const { source } = written(text);
    expect(source.text.split('\n')[1]).toBe(`«${text}»`);
  });
});
