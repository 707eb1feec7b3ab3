import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { expectWellFormed } from '../../../test/support/parserFuzz.js';
import { parseXml } from './parseXml.js';

/** Pieces of XML: tags, entities, markup declarations and text, to be mixed at random. */
const pieces = fc.constantFrom(
  '<a>',
  '</a>',
  '<w:p xmlns:w="urn:w">',
  '</w:p>',
  '<b x="1"/>',
  "<b x='&amp;'/>",
  '&lt;',
  '&amp;',
  '&#20013;',
  '&#x;',
  '&bogus;',
  '&',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<?xml version="1.0"?>',
  '<!DOCTYPE a>',
  '产出指标',
  ' ',
  '<',
  '>',
  '"',
  '/>',
);

describe('parseXml on any text', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 200 })], { numRuns: 200 })(
    'returns a root or one invalid_xml issue for random strings',
    (text) => {
      const parsed = parseXml(text, 'x.xml');
      expectWellFormed(parsed);
      if (!parsed.ok) expect(parsed.issues.map((issue) => issue.code)).toEqual(['invalid_xml']);
    },
  );

  test.prop([fc.array(pieces, { maxLength: 40 })], { numRuns: 200 })(
    'returns a root or one invalid_xml issue for random mixes of tags and entities',
    (parts) => {
      const parsed = parseXml(parts.join(''), 'x.xml');
      expectWellFormed(parsed);
      if (!parsed.ok) expect(parsed.issues.map((issue) => issue.code)).toEqual(['invalid_xml']);
    },
  );

  test.prop([fc.uint8Array({ maxLength: 200 })], { numRuns: 200 })(
    'returns a root or one invalid_xml issue for random bytes',
    (bytes) => {
      const parsed = parseXml(bytes, 'x.xml');
      expectWellFormed(parsed);
      if (!parsed.ok) expect(parsed.issues.map((issue) => issue.code)).toEqual(['invalid_xml']);
    },
  );
});
