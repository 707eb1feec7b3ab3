import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import { readLeafInput } from './readLeafInput.js';

const path = ['inputs', 'rate'];

describe('readLeafInput', () => {
  test("the library's own decimals are kept as they are, with the fields that hold a value", () => {
    const actual = decimal('23033.06');
    const target = decimal('23135.18');
    const read = readLeafInput({ actual, target, reason: undefined, evidence: '执行数' }, path);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.value.input.actual).toBe(actual);
    expect(read.value.input.target).toBe(target);
    expect(read.value.fields).toEqual(['actual', 'target', 'evidence']);
  });

  test("other decimals, text and numbers are read onto the library's constructor", () => {
    const Host = Decimal.clone({ precision: 3 });
    const read = readLeafInput(
      { actual: new Host('23033.06'), target: '23,135.18', score: 9.96 },
      path,
    );
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const { actual, target, score } = read.value.input;
    expect([actual, target, score].map((value) => value?.constructor === JixiaoDecimal)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      [actual, target, score].map((value) => (value === undefined ? '' : formatDecimal(value))),
    ).toEqual(['23033.06', '23135.18', '9.96']);
  });

  test('fields that are not input fields are left for the rule to report', () => {
    const read = readLeafInput({ actul: '1', level: '完成' }, path);
    expect(read.ok ? [read.value.input, read.value.fields] : read.issues).toEqual([
      { level: '完成' },
      ['actul', 'level'],
    ]);
  });

  test('listed faults and named values', () => {
    const read = readLeafInput(
      { items: [{ text: '迟报' }, { text: '漏报', points: '0.5' }], values: { 甲: '1.5' } },
      path,
    );
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const { items, values } = read.value.input;
    expect(items?.map((item) => [item.text, item.points?.toString()])).toEqual([
      ['迟报', undefined],
      ['漏报', '0.5'],
    ]);
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect(values?.['甲']?.toString()).toBe('1.5');
  });

  test('every problem at once, each at its field', () => {
    const read = readLeafInput({ actual: 'x', answer: 1, items: [{}], values: null }, path);
    expect(
      read.ok ? [] : read.issues.map((found) => `${found.code} ${found.path.join('.')}`),
    ).toEqual([
      'invalid_number inputs.rate.actual',
      'invalid_type inputs.rate.answer',
      'invalid_type inputs.rate.items.0.text',
      'invalid_type inputs.rate.values',
    ]);
  });
});
