import { describe, expect, test } from 'vitest';
import { closestKey } from './closestKey.js';

describe('closestKey', () => {
  test('the examples of its documentation', () => {
    expect(closestKey('weigth', ['id', 'weight', 'rule'])).toBe('weight');
    expect(closestKey('zzz', ['id', 'weight'])).toBeUndefined();
  });

  test('finds another case, a swap, a dropped or an extra letter; short keys allow one edit', () => {
    expect(
      ['Actual', 'actaul', 'actal', 'actuall', 'tagret', 'ids', 'rle', 'xyz1'].map((key) =>
        closestKey(key, ['actual', 'target', 'id', 'rule', 'kind']),
      ),
    ).toEqual(['actual', 'actual', 'actual', 'actual', 'target', 'id', 'rule', undefined]);
  });
});
