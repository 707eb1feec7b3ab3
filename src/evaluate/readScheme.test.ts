import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import { ratioRule } from '../rules/ratio/ratioRule.js';
import { category, defineScheme, leaf } from '../scheme/builders.js';
import { readScheme } from './readScheme.js';

const scheme = defineScheme({
  id: 'r',
  version: '1',
  title: '读取',
  indicators: [category('c', '分类', 100, [leaf('rate', '支出率', 100, ratioRule())])],
});

describe('readScheme', () => {
  test('a scheme on the library decimals is returned itself', () => {
    const read = readScheme(scheme);
    expect(read.ok && read.value).toBe(scheme);
  });

  test("another constructor's decimals are copied onto the library's, only where they sit", () => {
    const Host = Decimal.clone({ precision: 3 });
    const [top] = scheme.indicators;
    if (top?.type !== 'category') throw new Error('a category');
    const [rate] = top.children;
    const given = {
      ...scheme,
      indicators: [{ ...top, children: [{ ...rate, weight: new Host(100) }] }],
    };
    const read = readScheme(given);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const [readTop] = read.value.indicators;
    const readRate = readTop?.type === 'category' ? readTop.children[0] : undefined;
    expect(readRate?.weight.constructor).toBe(JixiaoDecimal);
    expect(readRate?.weight.toString()).toBe('100');
    expect(readRate?.type === 'leaf' && readRate.rule).toBe(rate?.type === 'leaf' && rate.rule);
    expect(read.value.grades).toBe(scheme.grades);
    expect(Object.isFrozen(readTop)).toBe(true);
  });

  test('every problem at once, each with its path', () => {
    const read = readScheme({
      ...scheme,
      id: 1,
      fullMarks: 'x',
      rounding: { scale: '2', mode: 2 },
    });
    expect(
      read.ok ? [] : read.issues.map((found) => `${found.code} ${found.path.join('.')}`),
    ).toEqual([
      'invalid_type id',
      'invalid_type rounding.scale',
      'invalid_type rounding.mode',
      'invalid_number fullMarks',
    ]);
  });
});
