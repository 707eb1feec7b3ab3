import { describe, expect, test } from 'vitest';
import { formatIssuePath } from './formatIssuePath.js';

describe('formatIssuePath', () => {
  test('the examples of its documentation', () => {
    expect(formatIssuePath(['indicators', 1, 'children', 0, 'weight'])).toBe(
      'indicators[1].children[0].weight',
    );
    expect(formatIssuePath(['inputs', 'a.b/c', 'actual'])).toBe('inputs["a.b/c"].actual');
    expect(formatIssuePath([])).toBe('(root)');
  });

  test('keys of ASCII letters, digits, _, - and Chinese stay bare; any other is quoted', () => {
    expect(
      [
        'budget-rate_2',
        '预算执行率',
        'a b',
        'a[0]',
        '',
        '"',
        'x\u200b',
        'p\u0430y',
        '采购（10分）',
      ].map((key) => formatIssuePath(['inputs', key])),
    ).toEqual([
      'inputs.budget-rate_2',
      'inputs.预算执行率',
      'inputs["a b"]',
      'inputs["a[0]"]',
      'inputs[""]',
      'inputs["\\""]',
      'inputs["x\\u{200B}"]',
      'inputs["p\\u{0430}y"]',
      'inputs["采购（10分）"]',
    ]);
  });

  test('a first key that needs quoting is quoted too', () => {
    expect(formatIssuePath(['$schema'])).toBe('["$schema"]');
  });
});
