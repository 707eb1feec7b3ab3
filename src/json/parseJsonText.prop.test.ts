import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { expectWellFormed } from '../../test/support/parserFuzz.js';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import { parseJsonText, readJsonText } from './parseJsonText.js';

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

/** Keys as JSON writes them: some spell one key two ways (`"a"`, `"\u0061"`), some end in escapes. */
const keyText = fc.constantFrom(
  '"a"',
  '"\\u0061"',
  '"b"',
  '"a\\"b"',
  '"a\\\\"',
  '"\\\\"',
  '"\\\\\\""',
  '"__proto__"',
  '"constructor"',
  '"0"',
);
/** Scalars as JSON writes them, numbers of every kind among them. */
const scalarText = fc.oneof(
  numberLexeme,
  fc.constantFrom('true', 'false', 'null', '""', '"x"', '"\\""', '"\\\\"', '"a\\\\\\"b"', '"：，"'),
  fc.json({ maxDepth: 0 }),
);
/** JSON text of any shape, its objects free to repeat a key, spaced as people write it. */
const { value: writtenText } = fc.letrec<{ value: string; array: string; object: string }>(
  (tie) => ({
    value: fc.oneof({ depthSize: 'small' }, scalarText, tie('array'), tie('object')),
    array: fc
      .tuple(fc.array(tie('value'), { maxLength: 4 }), fc.constantFrom('', ' ', '\n  '))
      .map(([items, space]) => `[${space}${items.join(`,${space}`)}]`),
    object: fc
      .tuple(fc.array(fc.tuple(keyText, tie('value')), { maxLength: 4 }), fc.constantFrom('', ' '))
      .map(
        ([entries, space]) =>
          `{${entries.map(([key, item]) => `${key}${space}:${item}`).join(',')}}`,
      ),
  }),
);
/** Text nested around the reader's limit of 200 levels, in arrays or objects. */
const deepText = fc
  .tuple(fc.integer({ min: 195, max: 205 }), fc.boolean(), scalarText)
  .map(([depth, objects, inner]) =>
    objects
      ? `${'{"k":'.repeat(depth)}${inner}${'}'.repeat(depth)}`
      : `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`,
  );

/**
 * A value as nested arrays of what it is made of, each object's own entries in order with its
 * prototype told: two values that read alike have equal forms (toStrictEqual would compare an
 * own key `constructor` as the objects' types).
 */
function form(value: unknown): unknown {
  if (Array.isArray(value)) return ['array', ...value.map(form)];
  if (typeof value === 'object' && value !== null) {
    const plain = Object.getPrototypeOf(value) === Object.prototype;
    return ['object', plain, ...Object.entries(value).map(([key, entry]) => [key, form(entry)])];
  }
  return [typeof value, Object.is(value, -0) ? '-0' : value];
}

describe('parseJsonText reads through JSON.parse only where its own reader reads the same', () => {
  test.prop([fc.oneof(writtenText, deepText, validText)], { numRuns: 500 })(
    'the same value, or the same issues, as the library’s own reader',
    (text) => {
      const expected = form(readJsonText(text));
      expect(form(parseJsonText(text))).toEqual(expected);
      expect(form(parseJsonText(`\uFEFF${text}`))).toEqual(expected);
    },
  );

  test.prop([writtenText, fc.nat(), jsonCharacters], { numRuns: 300 })(
    'on near misses of such text too',
    (text, at, character) => {
      const index = text.length === 0 ? 0 : at % text.length;
      const edited = text.slice(0, index) + character + text.slice(index + 1);
      const expected = form(readJsonText(edited.replace(/^\uFEFF/, '')));
      expect(form(parseJsonText(edited))).toEqual(expected);
    },
  );
});
