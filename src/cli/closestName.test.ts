import { describe, expect, test } from 'vitest';
import { closestName } from './closestName.js';

const options = ['--help', '-h', '--version', '-v', '--lang', '--format', '--output', '-o'];

describe('closestName', () => {
  test('names the option a typo most likely meant: a letter left out, swapped or changed', () => {
    expect(closestName('--formt', options)).toBe('--format');
    expect(closestName('--fromat', options)).toBe('--format');
    expect(closestName('--lnag', options)).toBe('--lang');
    expect(closestName('--verison', options)).toBe('--version');
    expect(closestName('--ouptut', options)).toBe('--output');
    expect(closestName('scroe', ['score', 'audit', 'validate', 'test'])).toBe('score');
  });

  test('names nothing when no option is near', () => {
    expect(closestName('--x', options)).toBeUndefined();
    expect(closestName('--colour', options)).toBeUndefined();
    expect(closestName('--', options)).toBeUndefined();
  });
});
