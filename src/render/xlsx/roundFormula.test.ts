import { describe, expect, test } from 'vitest';
import { roundFormula } from './roundFormula.js';

describe('roundFormula', () => {
  test('half-up is ROUND, half away from zero as 四舍五入', () => {
    expect(roundFormula('E6*100/D6', { scale: 2, mode: 'half-up' })).toBe('ROUND(E6*100/D6,2)');
  });

  test('down is ROUNDDOWN (toward zero)', () => {
    expect(roundFormula('MIN(C5/B5,1)*E27', { scale: 2, mode: 'down' })).toBe(
      'ROUNDDOWN(MIN(C5/B5,1)*E27,2)',
    );
  });

  test('up is ROUNDUP (away from zero)', () => {
    expect(roundFormula('A1', { scale: 0, mode: 'up' })).toBe('ROUNDUP(A1,0)');
  });

  test('half-even tests the midpoint by the remainder by 2 of the scaled value', () => {
    expect(roundFormula('A1', { scale: 2, mode: 'half-even' })).toBe(
      'SIGN(A1)*IF(MOD(ROUND(ABS(A1)*10^2,9),2)=0.5,ROUNDDOWN(ABS(A1),2),ROUND(ABS(A1),2))',
    );
  });

  test('half-down tests the midpoint by the remainder by 1 of the scaled value', () => {
    expect(roundFormula('F8/E8', { scale: 1, mode: 'half-down' })).toBe(
      'SIGN((F8/E8))*IF(MOD(ROUND(ABS((F8/E8))*10^1,9),1)=0.5,ROUNDDOWN(ABS((F8/E8)),1),ROUND(ABS((F8/E8)),1))',
    );
  });
});
