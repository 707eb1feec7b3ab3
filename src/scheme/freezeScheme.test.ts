import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import { freezeScheme } from './freezeScheme.js';

describe('freezeScheme', () => {
  test('freezes every object it reaches, decimals and their digit arrays included', () => {
    const weight = decimal('10.5');
    const min = decimal(0);
    const data = freezeScheme({ weight, grades: [{ grade: '-', name: { zh: '-' }, min }] });
    expect([data, data.grades, data.grades[0], data.grades[0]?.name].map(Object.isFrozen)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([weight, weight.d, min, min.d].map(Object.isFrozen)).toEqual([true, true, true, true]);
    expect(() => {
      weight.d[0] = 20;
    }).toThrow(TypeError);
    expect(formatDecimal(weight)).toBe('10.5');
  });

  test('reaches inside objects that are frozen already', () => {
    const band = { grade: '-', min: decimal(0) };
    freezeScheme({ grades: Object.freeze([band]) });
    expect([Object.isFrozen(band), Object.isFrozen(band.min), Object.isFrozen(band.min.d)]).toEqual(
      [true, true, true],
    );
  });

  test('leaves the decimal constructor alone, and copes with shared and cyclic references', () => {
    const shared = { a: decimal(1) };
    const node: { self?: unknown; left: object; right: object } = { left: shared, right: shared };
    node.self = node;
    expect(freezeScheme(node)).toBe(node);
    expect(Object.isFrozen(shared)).toBe(true);
    expect(Object.isFrozen(JixiaoDecimal)).toBe(false);
  });

  test('frozen decimals still compute: decimal.js never writes to its operands', () => {
    const [a, b] = freezeScheme([decimal('23033.06'), decimal('-23135.18')]);
    const results = [
      a.plus(b),
      a.minus(b),
      b.minus(a),
      a.times(b),
      a.dividedBy(b),
      a.abs(),
      b.abs(),
      b.negated(),
      a.toDecimalPlaces(1, JixiaoDecimal.ROUND_HALF_EVEN),
      a.toSignificantDigits(3),
      a.truncated(),
      a.mod(7),
      JixiaoDecimal.max(a, b),
      JixiaoDecimal.min(a, b),
      new JixiaoDecimal(a),
      decimal(0).plus(a),
      a.minus(a),
      a.pow(2),
    ].map((value) => formatDecimal(value));
    expect(results.slice(0, 8)).toEqual([
      '-102.12',
      '46168.24',
      '-46168.24',
      '-532873989.0508',
      formatDecimal(decimal('23033.06').dividedBy(decimal('-23135.18'))),
      '23033.06',
      '23135.18',
      '23135.18',
    ]);
    expect(results.slice(8)).toEqual([
      '23033.1',
      '23000',
      '23033',
      '3.06',
      '23033.06',
      '-23135.18',
      '23033.06',
      '23033.06',
      '0',
      '530521852.9636',
    ]);
    expect([a.comparedTo(b), a.equals(a), a.decimalPlaces(), a.isNegative()]).toEqual([
      1,
      true,
      2,
      false,
    ]);
    expect([formatDecimal(a), formatDecimal(b)]).toEqual(['23033.06', '-23135.18']);
  });
});
