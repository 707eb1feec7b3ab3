import type { Issue } from '../issues/Issue.js';
import { failure, failureOf, success, type Result } from '../issues/Result.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { jsonNumberValue } from './jsonNumberValue.js';
import { jsonTextIssues, type JsonSyntaxProblem } from './jsonTextIssues.js';

/** How deep JSON text may nest (the reader's own limit). */
const maxDepth = jsonTextIssues('').maxDepth;

/** An array or object whose closing bracket has not been read yet. */
type Open =
  | {
      readonly kind: 'array';
      readonly value: unknown[];
      /** Where it goes in its parent: an index or a key. */
      readonly segment: string | number;
    }
  | {
      readonly kind: 'object';
      /** Its entries so far, made into an object when it closes. */
      readonly entries: [string, unknown][];
      readonly segment: string | number;
      /** Each key read so far, with the offset of its opening quote. */
      readonly keys: Map<string, number>;
      /** The key whose value is being read. */
      key: string;
    };

/** What a reading step returns when the text is not JSON (the problem is kept beside). */
const failed: unique symbol = Symbol('failed');

const space = 0x20;
const tab = 0x09;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;
const quote = 0x22;
const backslash = 0x5c;
const comma = 0x2c;
const colon = 0x3a;
const minus = 0x2d;
const plus = 0x2b;
const dot = 0x2e;
const zero = 0x30;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;

const isDigit = (code: number): boolean => code >= zero && code <= zero + 9;
const isHexDigit = (code: number): boolean =>
  isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);

const simpleEscapes: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * Reads JSON text (RFC 8259) exactly: what `JSON.parse` reads, with four differences that keep a
 * scorecard's numbers and keys as they were written.
 *
 * - A number lexeme stays a JS number only when a binary float holds its value exactly (the
 *   decimal value of `String(Number(lexeme))` is the lexeme's); any other is returned as its own
 *   text, which the decimal fields read digit for digit: `0.99949999999999999999`,
 *   `9007199254740993` and `12345678901234.567890123` keep every digit, and `1e-400` or `1e400`
 *   reach the decimal range check instead of becoming 0 or Infinity. Integers such as years and
 *   counts stay numbers.
 * - A key written twice in one object is a `duplicate_key` issue at the path of its second
 *   occurrence (every duplicate is reported), never a silent last-wins.
 * - More than 200 levels of nesting is a `too_deep` issue; the reader keeps its own stack, so no
 *   depth of nesting can overflow the call stack.
 * - One leading byte-order mark is ignored (RFC 8259 §8.1), and lines and columns are counted
 *   without it.
 *
 * Objects are ordinary objects whose keys are own data properties, as `JSON.parse` makes them, so
 * a key `__proto__` is kept as an own key (never the prototype); the readers of each form
 * (`parseInputs`, `parseDataFile`, …) then report `__proto__`, `constructor` and `prototype` where
 * a key is an id (`reserved_key`), instead of dropping them. Not JSON is one `invalid_json` issue naming the line and
 * column (counted from 1; columns in UTF-16 code units) and what was expected there. Every issue's
 * `received` is its place: `line L, column C`.
 *
 * @param text - the file's text
 * @returns the value read, or its issues: one `invalid_json` or `too_deep`, or each `duplicate_key`
 *   (and `invalid_argument` for anything but a string, from an untyped caller)
 *
 * @example
 * parseJsonText('{"a": }'); // → issue: invalid_json at line 1, column 7
 * parseJsonText('{"actual": 0.99949999999999999999, "year": 2023}');
 * // → ok: { actual: '0.99949999999999999999', year: 2023 }
 * parseJsonText('{"actual": "1", "actual": "2"}'); // → issue: duplicate_key at ['actual']
 */
export function parseJsonText(text: string): Result<unknown> {
  // A caller the compiler did not check may pass anything: only text is read.
  const given: unknown = text;
  if (typeof given !== 'string')
    return failure(
      invalidArgument('text', { zh: 'JSON 文本（字符串）', en: 'JSON text (a string)' }, given)
        .issues,
    );
  const unmarked = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const native = nativelyRead(unmarked);
  return native === undefined ? read(unmarked) : success(native.value);
}

/** Whether a character can continue a number lexeme (digits, the point, exponent and signs). */
const isNumberCharacter = (code: number): boolean =>
  isDigit(code) ||
  code === dot ||
  code === 0x65 ||
  code === 0x45 ||
  code === plus ||
  code === minus;

/**
 * How many keys valid JSON text writes, counted over all its objects; `undefined` when it
 * nests as deep as the reader's limit or writes a number a float would change (the text that
 * {@link read} keeps as it is). Reads only text `JSON.parse` accepted: a string is skipped from
 * its quote to the next quote not escaped, and a string followed by a colon is a key.
 */
function writtenKeys(text: string, maxDepth: number): number | undefined {
  const { length } = text;
  let keys = 0;
  let depth = 0;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code === quote) {
      let end = text.indexOf('"', at + 1);
      // A quote after an odd run of backslashes is escaped: the string goes on.
      for (;;) {
        let before = end - 1;
        while (text.charCodeAt(before) === backslash) before -= 1;
        if ((end - 1 - before) % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      at = end + 1;
      let next = text.charCodeAt(at);
      while (next === space || next === lineFeed || next === carriageReturn || next === tab) {
        at += 1;
        next = text.charCodeAt(at);
      }
      if (next === colon) keys += 1;
      continue;
    }
    if (code === openBrace || code === openBracket) {
      depth += 1;
      if (depth >= maxDepth) return undefined;
    } else if (code === closeBrace || code === closeBracket) depth -= 1;
    else if (code === minus || isDigit(code)) {
      const start = at;
      at += 1;
      while (isNumberCharacter(text.charCodeAt(at))) at += 1;
      if (typeof jsonNumberValue(text.slice(start, at)) !== 'number') return undefined;
      continue;
    }
    at += 1;
  }
  return keys;
}

/** How many own keys the objects of a value `JSON.parse` made hold, all together. */
function keptKeys(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  // Own keys only: what a polluted prototype holds is never walked.
  const entries: readonly unknown[] = Array.isArray(value) ? value : Object.values(value);
  let count = Array.isArray(value) ? 0 : entries.length;
  for (const entry of entries) count += keptKeys(entry);
  return count;
}

/**
 * The text read by the engine's own `JSON.parse`, when that gives what {@link read} would: the
 * text is JSON, keeps every key (an object with a key written twice holds fewer keys than the
 * text writes), nests less deep than the limit and writes only numbers a float holds exactly.
 * Otherwise `undefined`, and the text is read by {@link read}, which reports what it finds.
 */
function nativelyRead(text: string): { readonly value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const written = writtenKeys(text, maxDepth);
  return written !== undefined && keptKeys(value) === written ? { value } : undefined;
}

/**
 * The library's own reader, on every text: what `parseJsonText` returns, without first trying
 * the engine's `JSON.parse` (the tests compare the two paths).
 *
 * @param text - JSON text, a leading byte-order mark already removed
 * @returns the value read, or its issues
 *
 * @example
 * readJsonText('{"a": 1, "a": 2}'); // → issue: duplicate_key at ['a']
 *
 * @internal
 */
export function readJsonText(text: string): Result<unknown> {
  return read(text);
}

/** The reader itself: one loop over the text, with the open arrays and objects on a stack. */
function read(text: string): Result<unknown> {
  const issues = jsonTextIssues(text);
  const { length } = text;
  const stack: Open[] = [];
  const duplicates: Issue[] = [];
  let at = 0;
  let problem: { readonly offset: number; readonly problem: JsonSyntaxProblem } | undefined;

  // The reading steps below return `failed` and keep the problem here; the loop reports it.
  const fail = (offset: number, found: JsonSyntaxProblem): typeof failed => {
    problem = { offset, problem: found };
    return failed;
  };
  const reject = (offset: number, found: JsonSyntaxProblem): Result<unknown> =>
    failure([issues.syntax(offset, found)]);
  const syntaxFailure = (): Result<unknown> => {
    if (problem === undefined) throw new Error('parseJsonText: a read failed without a problem');
    return reject(problem.offset, problem.problem);
  };
  const skipSpace = (): void => {
    for (;;) {
      const code = text.charCodeAt(at);
      if (code !== space && code !== lineFeed && code !== carriageReturn && code !== tab) return;
      at += 1;
    }
  };

  /** A string from its opening quote to its closing one, escapes decoded. */
  const readString = (): string | typeof failed => {
    at += 1;
    let start = at;
    let decoded = '';
    for (;;) {
      if (at >= length) return fail(at, { kind: 'expected', expected: 'closingQuote' });
      const code = text.charCodeAt(at);
      if (code === quote) {
        decoded += text.slice(start, at);
        at += 1;
        return decoded;
      }
      if (code === backslash) {
        decoded += text.slice(start, at);
        const escape = text.charAt(at + 1);
        if (escape === 'u') {
          for (let digit = 2; digit < 6; digit += 1) {
            if (!isHexDigit(text.charCodeAt(at + digit))) {
              return fail(Math.min(at + digit, length), { kind: 'expected', expected: 'hexDigit' });
            }
          }
          decoded += String.fromCharCode(Number.parseInt(text.slice(at + 2, at + 6), 16));
          at += 6;
        } else {
          const simple = simpleEscapes[escape];
          if (simple === undefined) {
            return fail(Math.min(at + 1, length), { kind: 'expected', expected: 'escape' });
          }
          decoded += simple;
          at += 2;
        }
        start = at;
      } else if (code < space) {
        return fail(at, { kind: 'controlCharacter' });
      } else at += 1;
    }
  };

  /** A number lexeme, as {@link jsonNumberValue} reads it. */
  const readNumber = (): number | string | typeof failed => {
    const start = at;
    if (text.charCodeAt(at) === minus) at += 1;
    const first = text.charCodeAt(at);
    if (first === zero) {
      at += 1;
      if (isDigit(text.charCodeAt(at))) return fail(at, { kind: 'leadingZero' });
    } else if (isDigit(first)) {
      while (isDigit(text.charCodeAt(at))) at += 1;
    } else return fail(at, { kind: 'expected', expected: 'digit' });
    if (text.charCodeAt(at) === dot) {
      at += 1;
      if (!isDigit(text.charCodeAt(at))) return fail(at, { kind: 'expected', expected: 'digit' });
      while (isDigit(text.charCodeAt(at))) at += 1;
    }
    const exponent = text.charCodeAt(at);
    if (exponent === 0x65 || exponent === 0x45) {
      at += 1;
      const sign = text.charCodeAt(at);
      if (sign === plus || sign === minus) at += 1;
      if (!isDigit(text.charCodeAt(at))) return fail(at, { kind: 'expected', expected: 'digit' });
      while (isDigit(text.charCodeAt(at))) at += 1;
    }
    return jsonNumberValue(text.slice(start, at));
  };

  const readWord = <T>(word: 'true' | 'false' | 'null', value: T): T | typeof failed => {
    for (let index = 0; index < word.length; index += 1) {
      if (text[at + index] !== word[index]) {
        return fail(at + index, { kind: 'expected', expected: word });
      }
    }
    at += word.length;
    return value;
  };

  /** A string, number, true, false or null. */
  const readScalar = (): unknown => {
    const code = text.charCodeAt(at);
    if (code === quote) return readString();
    if (code === minus || isDigit(code)) return readNumber();
    if (code === 0x74) return readWord('true', true);
    if (code === 0x66) return readWord('false', false);
    if (code === 0x6e) return readWord('null', null);
    return fail(at, { kind: 'expected', expected: 'value' });
  };

  /** An object's next key and its colon, noting a key the object already has. */
  const readKey = (open: Extract<Open, { kind: 'object' }>): typeof failed | undefined => {
    const code = text.charCodeAt(at);
    // '}' can only follow a comma here: an empty object is closed before its first key.
    if (code === closeBrace) return fail(at, { kind: 'trailingComma', before: '}' });
    if (code !== quote) return fail(at, { kind: 'expected', expected: 'key' });
    const offset = at;
    const key = readString();
    if (key === failed) return failed;
    const first = open.keys.get(key);
    if (first === undefined) open.keys.set(key, offset);
    else {
      const path = [...stack.slice(1).map((each) => each.segment), key];
      duplicates.push(issues.duplicateKey(path, key, offset, first));
    }
    skipSpace();
    if (text.charCodeAt(at) !== colon) return fail(at, { kind: 'expected', expected: 'colon' });
    at += 1;
    skipSpace();
    open.key = key;
    return undefined;
  };

  skipSpace();
  let value: unknown;
  reading: for (;;) {
    // Here a value starts, white space skipped.
    const code = text.charCodeAt(at);
    if (code === openBrace || code === openBracket) {
      if (stack.length >= issues.maxDepth) return failure([issues.tooDeep(at)]);
      const parent = stack.at(-1);
      const segment =
        parent === undefined ? '' : parent.kind === 'array' ? parent.value.length : parent.key;
      at += 1;
      skipSpace();
      if (code === openBracket) {
        if (text.charCodeAt(at) === closeBracket) {
          at += 1;
          value = [];
        } else {
          stack.push({ kind: 'array', value: [], segment });
          continue;
        }
      } else if (text.charCodeAt(at) === closeBrace) {
        at += 1;
        value = {};
      } else {
        const open: Open = { kind: 'object', entries: [], segment, keys: new Map(), key: '' };
        stack.push(open);
        if (readKey(open) === failed) return syntaxFailure();
        continue;
      }
    } else {
      value = readScalar();
      if (value === failed) return syntaxFailure();
    }
    // A value is complete: it goes into its parent, which may close after it, and so on up.
    for (;;) {
      const open = stack.at(-1);
      if (open === undefined) break reading;
      if (open.kind === 'array') open.value.push(value);
      else open.entries.push([open.key, value]);
      skipSpace();
      const next = text.charCodeAt(at);
      if (next === comma) {
        at += 1;
        skipSpace();
        if (open.kind === 'object') {
          if (readKey(open) === failed) return syntaxFailure();
        } else if (text.charCodeAt(at) === closeBracket) {
          return reject(at, { kind: 'trailingComma', before: ']' });
        }
        continue reading;
      }
      if (next === (open.kind === 'array' ? closeBracket : closeBrace)) {
        at += 1;
        stack.pop();
        // Object.fromEntries defines own data properties, as JSON.parse does: a key __proto__
        // stays a key instead of replacing the prototype, and a frozen Object.prototype cannot
        // make a key such as constructor fail to be set. A repeated key's last value is kept.
        value = open.kind === 'array' ? open.value : Object.fromEntries(open.entries);
        continue;
      }
      const expected = open.kind === 'array' ? 'commaOrBracket' : 'commaOrBrace';
      return reject(at, { kind: 'expected', expected });
    }
  }
  skipSpace();
  if (at < length) return reject(at, { kind: 'expected', expected: 'end' });
  return failureOf(duplicates) ?? success(value);
}
