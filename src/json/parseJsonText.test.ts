import { describe, expect, test } from 'vitest';
import { parseDecimal } from '../decimal/parseDecimal.js';
import type { Issue } from '../issues/Issue.js';
import { parseJsonText } from './parseJsonText.js';

/** The issues of a failed read, or a failing test when the text was read. */
function issuesOf(text: string): readonly Issue[] {
  const parsed = parseJsonText(text);
  if (parsed.ok) throw new Error(`expected issues, read ${JSON.stringify(parsed.value)}`);
  return parsed.issues;
}

/** The value of a successful read, or a failing test when the text has issues. */
function valueOf(text: string): unknown {
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new Error(parsed.issues.map((found) => found.message.en).join('\n'));
  return parsed.value;
}

describe('parseJsonText: syntax errors', () => {
  test('invalid JSON text reports line and column', () => {
    const parsed = parseJsonText('{\n  "a": 1,\n  "b": }\n');
    expect(parsed.ok ? '' : parsed.issues[0].received).toBe('line 3, column 8');
  });

  test('one invalid_json issue at the root, with the same words in both languages', () => {
    expect(issuesOf('{\n  "a": 1,\n  "b": }\n')).toEqual([
      {
        code: 'invalid_json',
        path: [],
        message: {
          zh:
            'JSON 格式错误（第 3 行第 8 列）：' +
            '此处应为一个值（对象、数组、字符串、数字、true、false 或 null），实为「}」',
          en:
            'Invalid JSON at line 3, column 8: expected a value ' +
            '(an object, array, string, number, true, false or null) but found "}"',
        },
        received: 'line 3, column 8',
      },
    ]);
  });

  test.each([
    [
      '',
      'line 1, column 1',
      'expected a value (an object, array, string, number, true, false or null) but the text ends',
    ],
    ['{"a": 1', 'line 1, column 8', 'expected "," or "}" but the text ends'],
    ['{"a" 1}', 'line 1, column 6', 'expected ":" but found "1"'],
    ['{a: 1}', 'line 1, column 2', 'expected a key in double quotes but found "a"'],
    ['[1 2]', 'line 1, column 4', 'expected "," or "]" but found "2"'],
    ['[1,]', 'line 1, column 4', 'a comma must be followed by another value (no comma before "]")'],
    [
      '{"a":1,}',
      'line 1, column 8',
      'a comma must be followed by another key (no comma before "}")',
    ],
    ['"abc', 'line 1, column 5', 'expected the closing quote of the string but the text ends'],
    [
      '"a\tb"',
      'line 1, column 3',
      'a control character (U+0009) must be escaped in a string: write \\t',
    ],
    [
      '"a\u0001b"',
      'line 1, column 3',
      'a control character (U+0001) must be escaped in a string: write \\u0001',
    ],
    [
      '"\\x"',
      'line 1, column 3',
      'expected an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX) but found "x"',
    ],
    ['"\\u12G4"', 'line 1, column 6', 'expected four hexadecimal digits after \\u but found "G"'],
    ['-', 'line 1, column 2', 'expected a digit but the text ends'],
    ['1.', 'line 1, column 3', 'expected a digit but the text ends'],
    ['1e+x', 'line 1, column 4', 'expected a digit but found "x"'],
    ['012', 'line 1, column 2', 'a number does not begin with 0 followed by more digits'],
    ['tru', 'line 1, column 4', 'expected "true" but the text ends'],
    ['nul1', 'line 1, column 4', 'expected "null" but found "1"'],
    [
      'NaN',
      'line 1, column 1',
      'expected a value (an object, array, string, number, true, false or null) but found "N"',
    ],
    ['{} {}', 'line 1, column 4', 'expected the end of the text but found "{"'],
    [
      '{"a"：1}',
      'line 1, column 5',
      'expected ":" but found "：" (a full-width character: write ":")',
    ],
    [
      '[1，2]',
      'line 1, column 3',
      'expected "," or "]" but found "，" (a full-width character: write ",")',
    ],
    [
      '\u3000{}',
      'line 1, column 1',
      'expected a value (an object, array, string, number, true, false or null) but found U+3000',
    ],
  ])('%j: at %s, %s', (text, where, detail) => {
    const [found, ...more] = issuesOf(text);
    expect([found?.code, found?.received, found?.message.en, more]).toEqual([
      'invalid_json',
      where,
      `Invalid JSON at ${where}: ${detail}`,
      [],
    ]);
  });

  test('Chinese messages describe the same place', () => {
    expect(issuesOf('{"a": 1').map((found) => found.message.zh)).toEqual([
      'JSON 格式错误（第 1 行第 8 列）：此处应为「,」或「}」，但文本已结束',
    ]);
    expect(issuesOf('{"a"：1}').map((found) => found.message.zh)).toEqual([
      'JSON 格式错误（第 1 行第 5 列）：此处应为「:」，实为「：」（全角字符，应写作半角「:」）',
    ]);
  });

  test('a leading byte-order mark is ignored, and columns are counted without it', () => {
    expect(valueOf('\uFEFF{"a": "1"}')).toEqual({ a: '1' });
    expect(issuesOf('\uFEFF{"a": }')[0]?.received).toBe('line 1, column 7');
    expect(issuesOf('\uFEFF\uFEFF{}')[0]?.received).toBe('line 1, column 1');
  });
});

describe('parseJsonText: values as JSON.parse reads them', () => {
  test('literals, strings with every escape, arrays and objects', () => {
    const text =
      '{"t": true, "f": false, "n": null,' +
      ' "s": "a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u4e2d\\ud83d\\ude00",' +
      ' "a": [1, [], {}, [2, [3]]], "o": {"": "", "k": {"k": "v"}}, "u": "\u2028\ud800"}';
    expect(valueOf(text)).toEqual(JSON.parse(text));
    expect(valueOf(' \t\r\n 12 \n')).toBe(12);
    expect(valueOf('"中文"')).toBe('中文');
  });

  test('objects are ordinary objects, keys in the order written', () => {
    const value = valueOf('{"b": 1, "a": 2, "1": 3}');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value ?? {})).toEqual(['1', 'b', 'a']);
  });

  test('a key "__proto__" is an own data property, not the prototype', () => {
    const value = valueOf('{"__proto__": {"polluted": true}, "constructor": 1, "toString": 2}');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value ?? {})).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')).toEqual({
      value: { polluted: true },
      writable: true,
      enumerable: true,
      configurable: true,
    });
    expect(Reflect.get(value ?? {}, 'polluted')).toBeUndefined();
    expect(value).toEqual(
      JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1, "toString": 2}'),
    );
  });
});

describe('parseJsonText: number lexemes keep their digits', () => {
  test('a number a binary float holds exactly stays a JS number', () => {
    expect(
      valueOf('[2023, 0, -0, 0.1, 1.0, 1e2, 2.5E-3, 9007199254740992, 1.7976931348623157e308]'),
    ).toEqual([2023, 0, -0, 0.1, 1, 100, 0.0025, 9007199254740992, 1.7976931348623157e308]);
    expect(Object.is(valueOf('-0'), -0)).toBe(true);
  });

  test.each([
    ['0.99949999999999999999'],
    ['1e-400'],
    ['1e400'],
    ['-1E+400'],
    ['12345678901234.567890123'],
    ['9007199254740993'],
    ['0.30000000000000001'],
    ['5e-324000000000000000000'],
  ])('%s is returned as its own text', (lexeme) => {
    expect(valueOf(`{"actual": ${lexeme}}`)).toEqual({ actual: lexeme });
  });

  test('decimal fields read the text digit for digit, and out-of-range text is an issue', () => {
    const read = (lexeme: string): string => {
      const decimal = parseDecimal(valueOf(lexeme));
      return decimal.ok
        ? decimal.value.toString()
        : `${decimal.issues[0].code}: ${decimal.issues[0].message.en}`;
    };
    expect(read('0.99949999999999999999')).toBe('0.99949999999999999999');
    expect(read('12345678901234.567890123')).toBe('12345678901234.567890123');
    expect(read('1e-400')).toBe(
      'number_out_of_range: Too many decimal places (at most 20): "1e-400"',
    );
    expect(read('9007199254740993')).toBe(
      'number_out_of_range: ' +
        'The number is out of range (its magnitude must be below 10^15): "9007199254740993"',
    );
  });
});

describe('parseJsonText: duplicate keys', () => {
  test('a repeated key is an issue at the path of its second occurrence', () => {
    const text = '{\n  "inputs": {\n    "rate": { "actual": "1", "actual": "2" }\n  }\n}';
    expect(issuesOf(text)).toEqual([
      {
        code: 'duplicate_key',
        path: ['inputs', 'rate', 'actual'],
        message: {
          zh:
            '重复的键「actual」（第 3 行第 30 列；首次出现于第 3 行第 15 列）：' +
            '同一对象中每个键只能出现一次',
          en:
            'Duplicate key "actual" at line 3, column 30 (first at line 3, column 15): ' +
            'a key may appear only once in an object',
        },
        expected: 'each key once per object',
        received: 'line 3, column 30',
      },
    ]);
  });

  test('every duplicate is reported, at the top level, in arrays and among inputs', () => {
    const text = [
      '{',
      '  "scheme": "gz-department-overall@2023",',
      '  "inputs": {',
      '    "asset-inventory": { "level": "完成" },',
      '    "asset-inventory": { "level": "未完成" },',
      '    "asset-inventory": { "level": "完成" }',
      '  },',
      '  "rows": [{}, { "a": 1, "b": 2, "a": 3, "b": 4 }],',
      '  "scheme": "gz-department-overall@2023"',
      '}',
    ].join('\n');
    expect(issuesOf(text).map((found) => [found.code, found.path, found.received])).toEqual([
      ['duplicate_key', ['inputs', 'asset-inventory'], 'line 5, column 5'],
      ['duplicate_key', ['inputs', 'asset-inventory'], 'line 6, column 5'],
      ['duplicate_key', ['rows', 1, 'a'], 'line 8, column 34'],
      ['duplicate_key', ['rows', 1, 'b'], 'line 8, column 42'],
      ['duplicate_key', ['scheme'], 'line 9, column 3'],
    ]);
  });

  test('keys are compared as read, escapes decoded', () => {
    expect(issuesOf('{"a": 1, "\\u0061": 2}').map((found) => found.message.en)).toEqual([
      'Duplicate key "a" at line 1, column 10 (first at line 1, column 2): ' +
        'a key may appear only once in an object',
    ]);
  });

  test('a syntax error after a duplicate is the one issue reported', () => {
    expect(issuesOf('{"a": 1, "a": 2, }').map((found) => found.code)).toEqual(['invalid_json']);
  });
});

describe('parseJsonText: nesting', () => {
  test('200 levels are read; the 201st is too deep', () => {
    expect(valueOf(`${'['.repeat(200)}${']'.repeat(200)}`)).toBeInstanceOf(Array);
    expect(issuesOf(`{"a": ${'['.repeat(201)}${']'.repeat(201)}}`)).toEqual([
      {
        code: 'too_deep',
        path: [],
        message: {
          zh: 'JSON 嵌套过深（第 1 行第 206 列）：最多 200 层',
          en: 'JSON nested too deeply at line 1, column 206: at most 200 levels',
        },
        expected: 'at most 200 levels',
        received: 'line 1, column 206',
      },
    ]);
  });

  test('a 100,000-deep array is too deep, without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(issuesOf(deep).map((found) => [found.code, found.received])).toEqual([
      ['too_deep', 'line 1, column 201'],
    ]);
    const unclosed = '{"a":'.repeat(100_000);
    expect(issuesOf(unclosed).map((found) => found.code)).toEqual(['too_deep']);
  });
});

describe('parseJsonText: large texts (a sanity check of linear work, not a timed test)', () => {
  test('100,000 keys, 100,000 duplicates over as many lines, and a long escaped string', () => {
    const keys = Array.from({ length: 100_000 }, (_, index) => `"k${index}": ${index}`);
    const wide = valueOf(`{${keys.join(',')}}`);
    expect(Object.keys(wide ?? {}).length).toBe(100_000);
    const repeated = issuesOf(`{\n${Array.from({ length: 100_001 }, () => '"a": 1').join(',\n')}}`);
    expect([repeated.length, repeated.at(-1)?.received]).toEqual([
      100_000,
      'line 100002, column 1',
    ]);
    const long = JSON.stringify('中文\n"引号"\\'.repeat(100_000));
    expect(valueOf(long)).toBe(JSON.parse(long));
  });
});

describe('parseJsonText: the examples of its documentation', () => {
  test('a syntax error, an exact number and a duplicate key', () => {
    expect(issuesOf('{"a": }').map((found) => [found.code, found.received])).toEqual([
      ['invalid_json', 'line 1, column 7'],
    ]);
    expect(valueOf('{"actual": 0.99949999999999999999, "year": 2023}')).toEqual({
      actual: '0.99949999999999999999',
      year: 2023,
    });
    expect(issuesOf('{"actual": "1", "actual": "2"}').map((found) => found.path)).toEqual([
      ['actual'],
    ]);
  });
});
