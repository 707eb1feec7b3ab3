import { describe, expect, test } from 'vitest';
import { jsonTextIssues } from './jsonTextIssues.js';

describe('jsonTextIssues', () => {
  test('the example of its documentation', () => {
    expect(
      jsonTextIssues('{"a": }').syntax(6, { kind: 'expected', expected: 'value' }).message.en,
    ).toBe(
      'Invalid JSON at line 1, column 7: ' +
        'expected a value (an object, array, string, number, true, false or null) but found "}"',
    );
  });

  test('lines end at \\n only; columns count UTF-16 code units from 1', () => {
    const issues = jsonTextIssues('a\r\nb\n😀x\n');
    const place = (offset: number) => issues.tooDeep(offset).received;
    expect([0, 1, 2, 3, 5, 7, 8, 9].map(place)).toEqual([
      'line 1, column 1',
      'line 1, column 2',
      'line 1, column 3',
      'line 2, column 1',
      'line 3, column 1',
      'line 3, column 3',
      'line 3, column 4',
      'line 4, column 1',
    ]);
  });

  test('an unseen character is named by its code point, a full-width one by the one meant', () => {
    const issues = jsonTextIssues('\u200b｛\ud800');
    const expected = { kind: 'expected', expected: 'value' } as const;
    expect([0, 1, 2].map((offset) => issues.syntax(offset, expected).message.zh)).toEqual([
      'JSON 格式错误（第 1 行第 1 列）：此处应为一个值（对象、数组、字符串、数字、true、false 或 null），实为字符 U+200B',
      'JSON 格式错误（第 1 行第 2 列）：此处应为一个值（对象、数组、字符串、数字、true、false 或 null），' +
        '实为「｛」（全角字符，应写作半角「{」）',
      'JSON 格式错误（第 1 行第 3 列）：此处应为一个值（对象、数组、字符串、数字、true、false 或 null），实为字符 U+D800',
    ]);
  });
});
