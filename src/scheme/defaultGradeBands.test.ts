import { describe, expect, test } from 'vitest';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { defineScheme } from './builders.js';
import { defaultGradeBands } from './defaultGradeBands.js';

describe('defaultGradeBands', () => {
  test('are the national bands, ≥90 优, ≥80 良, ≥60 中, else 差', () => {
    expect(defaultGradeBands.map((band) => [band.grade, formatDecimal(band.min)])).toEqual([
      ['优', '90'],
      ['良', '80'],
      ['中', '60'],
      ['差', '0'],
    ]);
  });

  test('cannot be edited through a scheme that shares them, not even inside a decimal', () => {
    const scheme = defineScheme({ id: 'a', version: '1', title: 'a', indicators: [] });
    expect(scheme.grades).toBe(defaultGradeBands);
    const [top] = scheme.grades;
    if (top === undefined) throw new Error('four bands');
    expect([top, top.name, top.min, top.min.d].map(Object.isFrozen)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(() => {
      top.min.d[0] = 20;
    }).toThrow(TypeError);
    expect(formatDecimal(top.min)).toBe('90');
  });
});
