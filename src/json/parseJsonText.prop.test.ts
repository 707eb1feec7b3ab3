import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { expectWellFormed } from '../../test/support/parserFuzz.js';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import { parseJsonText } from './parseJsonText.js';

/** What JSON.parse makes of a text (less a leading byte-order mark): its value, or `failed`. */
function jsonParse(text: string): { readonly ok: true; readonly value: unknown } | 'failed' {
  try {
    const value: unknown = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
    return { ok: true, value };
  } catch {
    return 'failed';
  }
}

/** Characters that make or break JSON text, for near misses of valid text. */
const jsonCharacters = fc.constantFrom(
  ...'{}[],:"\\/0123456789-+.eEtrufalsn \n\t\r'.split(''),
  '\u0000',
  '\u001f',
  '\uFEFF',
  '\u3000',
  '，',
  'x',
);

/** Valid JSON text with one character deleted, inserted or replaced: mostly invalid, not always. */
const nearMissText = fc
  .tuple(fc.json(), fc.nat(), jsonCharacters, fc.constantFrom('delete', 'insert', 'replace'))
  .map(([text, at, character, edit]) => {
    const index = text.length === 0 ? 0 : at % text.length;
    const kept = edit === 'insert' ? index : index + 1;
    return text.slice(0, index) + (edit === 'delete' ? '' : character) + text.slice(kept);
  });

/** Valid JSON of any value, written compactly or indented with any JSON white space. */
const validText = fc
  .tuple(fc.jsonValue(), fc.constantFrom(undefined, 0, 2, '\t', ' \r\n'))
  .map(([value, space]) => JSON.stringify(value, null, space));

/** Number lexemes as the JSON grammar writes them, with up to 40 digits and exponents to ±400. */
const numberLexeme = fc
  .tuple(
    fc.constantFrom('', '-'),
    fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9][0-9]{0,39}$/)),
    fc.option(fc.stringMatching(/^[0-9]{1,40}$/), { nil: undefined }),
    fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.nat(400)), {
      nil: undefined,
    }),
  )
  .map(
    ([sign, integer, fraction, exponent]) =>
      `${sign}${integer}${fraction === undefined ? '' : `.${fraction}`}` +
      (exponent === undefined ? '' : `${exponent[0]}${exponent[1]}${exponent[2]}`),
  );

describe('parseJsonText never throws: it returns a value or issues', () => {
  test.prop([fc.oneof(fc.string(), fc.json(), nearMissText)])(
    'parseJsonText on arbitrary text',
    (text) => {
      const result = parseJsonText(text);
      expectWellFormed(result);
      if (!result.ok) expect(result.issues[0].received).toMatch(/^line \d+, column \d+$/);
    },
  );
});

describe('parseJsonText agrees with JSON.parse', () => {
  test.prop([validText], { numRuns: 300 })(
    'on every valid JSON text whose numbers a float holds exactly',
    (text) => {
      const value: unknown = JSON.parse(text);
      expect(parseJsonText(text)).toStrictEqual({ ok: true, value });
    },
  );

  test.prop([fc.oneof(fc.string(), nearMissText)], { numRuns: 300 })(
    'on which texts are JSON: it fails where JSON.parse throws, or on a duplicate key',
    (text) => {
      const expected = jsonParse(text);
      const result = parseJsonText(text);
      if (expected === 'failed') {
        expect(result.ok ? 'read' : result.issues.map((found) => found.code)).toEqual([
          'invalid_json',
        ]);
      } else if (!result.ok) {
        expect(result.issues.map((found) => found.code)).toContain('duplicate_key');
      }
    },
  );
});

describe('parseJsonText keeps the value of every number lexeme', () => {
  test.prop([numberLexeme], { numRuns: 500 })(
    'a JS number exactly when its shortest round-trip text has the lexeme’s value, else the text',
    (lexeme) => {
      const result = parseJsonText(lexeme);
      const float = Number(lexeme);
      const floatHoldsIt =
        Number.isFinite(float) &&
        new JixiaoDecimal(String(float)).equals(new JixiaoDecimal(lexeme));
      expect(result).toStrictEqual({ ok: true, value: floatHoldsIt ? float : lexeme });
    },
  );
});
