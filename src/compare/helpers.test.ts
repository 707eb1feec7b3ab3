import { describe, expect, test } from 'vitest';
import { changedText } from './changedText.js';
import { decimalChange } from './decimalChange.js';
import { normalizedName } from './normalizedName.js';
import { signedChange } from './signedChange.js';

describe('the comparison helpers', () => {
  test('decimalChange: after − before at the finer of the two scales, never -0', () => {
    expect([
      decimalChange('9.96', '9.50', 'score'),
      decimalChange('3', '4', 'weight'),
      decimalChange('0.5', '0.50', 'weight'),
      decimalChange('2.00', '2', 'score'),
      decimalChange('0.1', '0.3', 'score'),
      decimalChange('1234567890.01', '0.01', 'score'),
    ]).toEqual(['-0.46', '1', '0.00', '0.00', '0.2', '-1234567890.00']);
    expect(() => decimalChange('1,000', '2', 'weight')).toThrow(/weight/);
    expect(() => decimalChange('1e3', '2', 'weight')).toThrow(/weight/);
  });

  test('signedChange: a plus before a gain, the minus of a loss, nothing for no change', () => {
    expect(['0.50', '-1.20', '0.00', '0', null].map(signedChange)).toEqual([
      '+0.50',
      '-1.20',
      '0.00',
      '0',
      '',
    ]);
  });

  test('normalizedName: full-width folded, white space removed', () => {
    expect(
      ['“三公” 经费（控制）', '“三公”经费(控制)', 'ＡＢ　１２', ' 预算\t执行率\n'].map(
        normalizedName,
      ),
    ).toEqual(['“三公”经费(控制)', '“三公”经费(控制)', 'AB12', '预算执行率']);
  });

  test('changedText: one value, or both with an arrow', () => {
    expect([changedText('3', '4'), changedText('优', '优')]).toEqual(['3 → 4', '优']);
  });
});
