import { createIssue } from '../issues/createIssue.js';
import type { BilingualMessage, Issue, IssuePath } from '../issues/Issue.js';
import { visibleText } from '../issues/visibleText.js';

/** What the reader expected where JSON text went wrong. */
type Expectation =
  | 'value'
  | 'key'
  | 'colon'
  | 'commaOrBrace'
  | 'commaOrBracket'
  | 'end'
  | 'digit'
  | 'hexDigit'
  | 'escape'
  | 'closingQuote'
  | 'true'
  | 'false'
  | 'null';

/** Why JSON text is not JSON, as data; {@link jsonTextIssues} puts it in words. */
export type JsonSyntaxProblem =
  | { readonly kind: 'expected'; readonly expected: Expectation }
  | { readonly kind: 'controlCharacter' }
  | { readonly kind: 'leadingZero' }
  | { readonly kind: 'trailingComma'; readonly before: '}' | ']' };

const expectations: Readonly<Record<Expectation, BilingualMessage>> = {
  value: {
    zh: '一个值（对象、数组、字符串、数字、true、false 或 null）',
    en: 'a value (an object, array, string, number, true, false or null)',
  },
  key: { zh: '带双引号的键', en: 'a key in double quotes' },
  colon: { zh: '「:」', en: '":"' },
  commaOrBrace: { zh: '「,」或「}」', en: '"," or "}"' },
  commaOrBracket: { zh: '「,」或「]」', en: '"," or "]"' },
  end: { zh: '文本结尾', en: 'the end of the text' },
  digit: { zh: '数字（0–9）', en: 'a digit' },
  hexDigit: { zh: '\\u 后的四位十六进制数字', en: 'four hexadecimal digits after \\u' },
  escape: {
    zh: '转义字符（\\" \\\\ \\/ \\b \\f \\n \\r \\t 或 \\uXXXX）',
    en: 'an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)',
  },
  closingQuote: { zh: '字符串的结束引号「"」', en: 'the closing quote of the string' },
  true: { zh: '「true」', en: '"true"' },
  false: { zh: '「false」', en: '"false"' },
  null: { zh: '「null」', en: '"null"' },
};

/** Full-width punctuation typed for JSON's own, with the character meant. */
const fullWidth: Readonly<Record<string, string>> = {
  '，': ',',
  '：': ':',
  '“': '"',
  '”': '"',
  '｛': '{',
  '｝': '}',
  '［': '[',
  '］': ']',
};

/** The escapes JSON has for control characters; the others are written \u00XX. */
const controlEscapes: Readonly<Record<string, string>> = {
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** The most levels of nesting read; real files stay far below it. */
const maxDepth = 200;

const codePoint = (character: string): string =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A character as a message shows it: itself, or its code point when it cannot be seen. */
function shown(character: string): BilingualMessage {
  if (/^[\p{C}\p{Z}]/u.test(character))
    return { zh: `字符 ${codePoint(character)}`, en: codePoint(character) };
  const meant = fullWidth[character];
  if (meant === undefined) return { zh: `「${character}」`, en: `"${character}"` };
  return {
    zh: `「${character}」（全角字符，应写作半角「${meant}」）`,
    en: `"${character}" (a full-width character: write "${meant}")`,
  };
}

/** A syntax problem in words, given the character found where it was (undefined at the end). */
function describe(problem: JsonSyntaxProblem, found: string | undefined): BilingualMessage {
  switch (problem.kind) {
    case 'expected': {
      const { zh, en } = expectations[problem.expected];
      if (found === undefined)
        return { zh: `此处应为${zh}，但文本已结束`, en: `expected ${en} but the text ends` };
      const what = shown(found);
      return { zh: `此处应为${zh}，实为${what.zh}`, en: `expected ${en} but found ${what.en}` };
    }
    case 'controlCharacter': {
      const character = found ?? '';
      const point = codePoint(character);
      const escape = controlEscapes[character] ?? `\\u${point.slice(2)}`;
      return {
        zh: `字符串中的控制字符（${point}）须转义：写作 ${escape}`,
        en: `a control character (${point}) must be escaped in a string: write ${escape}`,
      };
    }
    case 'leadingZero':
      return {
        zh: '数字不能以 0 开头再接其他数字',
        en: 'a number does not begin with 0 followed by more digits',
      };
    case 'trailingComma': {
      const next = problem.before === '}' ? { zh: '键', en: 'key' } : { zh: '值', en: 'value' };
      return {
        zh: `逗号后须接下一个${next.zh}（「${problem.before}」前不能有逗号）`,
        en: `a comma must be followed by another ${next.en} (no comma before "${problem.before}")`,
      };
    }
  }
}

/** The issue makers for one JSON text; offsets count UTF-16 code units from its start. */
export interface JsonTextIssues {
  /** The most levels of nesting the reader accepts: 200. */
  readonly maxDepth: number;
  /** Not JSON: `problem` at `offset` (the text's length when the text ends too early). */
  readonly syntax: (offset: number, problem: JsonSyntaxProblem) => Issue;
  /** `key` written again at `offset` (its opening quote) and first at `first`, at `path`. */
  readonly duplicateKey: (path: IssuePath, key: string, offset: number, first: number) => Issue;
  /** An object or array opened at `offset`, one level deeper than `maxDepth`. */
  readonly tooDeep: (offset: number) => Issue;
}

/**
 * The issues of one JSON text, each placed by line and column (counted from 1, columns in UTF-16
 * code units, lines ended by `\n`): `invalid_json` (not JSON, with what was expected where),
 * `duplicate_key` (a key written twice in one object, at the path of its second occurrence) and
 * `too_deep` (more than 200 levels of nesting). Every issue's `received` is its place,
 * `line L, column C`.
 *
 * @param text - the JSON text the offsets point into
 * @returns the issue makers for that text, and the depth limit
 *
 * @example
 * jsonTextIssues('{"a": }').syntax(6, { kind: 'expected', expected: 'value' }).message.en;
 * // → 'Invalid JSON at line 1, column 7: expected a value (…) but found "}"'
 *
 * @internal
 */
export function jsonTextIssues(text: string): JsonTextIssues {
  let lineStarts: number[] | undefined;
  // Line starts are found on the first issue, once, so that a thousand issues cost one pass.
  const place = (offset: number): { readonly line: number; readonly column: number } => {
    if (lineStarts === undefined) {
      lineStarts = [0];
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
        lineStarts.push(at + 1);
      }
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
  const where = (offset: number): string => {
    const { line, column } = place(offset);
    return `line ${line}, column ${column}`;
  };
  return Object.freeze({
    maxDepth,
    syntax(offset: number, problem: JsonSyntaxProblem): Issue {
      const { line, column } = place(offset);
      const found =
        offset < text.length ? String.fromCodePoint(text.codePointAt(offset) ?? 0) : undefined;
      const detail = describe(problem, found);
      return createIssue(
        'invalid_json',
        [],
        {
          zh: `JSON 格式错误（第 ${line} 行第 ${column} 列）：${detail.zh}`,
          en: `Invalid JSON at line ${line}, column ${column}: ${detail.en}`,
        },
        { received: where(offset) },
      );
    },
    duplicateKey(path: IssuePath, key: string, offset: number, first: number): Issue {
      const again = place(offset);
      const shownKey = visibleText(key);
      const before = place(first);
      return createIssue(
        'duplicate_key',
        path,
        {
          zh:
            `重复的键「${shownKey}」（第 ${again.line} 行第 ${again.column} 列；` +
            `首次出现于第 ${before.line} 行第 ${before.column} 列）：同一对象中每个键只能出现一次`,
          en:
            `Duplicate key "${shownKey}" at line ${again.line}, column ${again.column} ` +
            `(first at line ${before.line}, column ${before.column}): ` +
            'a key may appear only once in an object',
        },
        { expected: 'each key once per object', received: where(offset) },
      );
    },
    tooDeep(offset: number): Issue {
      const { line, column } = place(offset);
      return createIssue(
        'too_deep',
        [],
        {
          zh: `JSON 嵌套过深（第 ${line} 行第 ${column} 列）：最多 ${maxDepth} 层`,
          en:
            `JSON nested too deeply at line ${line}, column ${column}: ` +
            `at most ${maxDepth} levels`,
        },
        { expected: `at most ${maxDepth} levels`, received: where(offset) },
      );
    },
  });
}
