import { expect, test } from 'vitest';
import { roundingModes } from '../decimal/RoundingPolicy.js';
import { roundingNote } from './roundingNote.js';

test('roundingNote names the scale and the mode in both languages', () => {
  expect(roundingModes.map((mode) => roundingNote({ scale: 2, mode }))).toEqual([
    { zh: '保留 2 位小数（四舍五入）', en: '2 dp, half-up' },
    { zh: '保留 2 位小数（四舍六入五成双）', en: '2 dp, half-even' },
    { zh: '保留 2 位小数（五舍六入）', en: '2 dp, half-down' },
    { zh: '保留 2 位小数（截尾）', en: '2 dp, truncated' },
    { zh: '保留 2 位小数（进位）', en: '2 dp, rounded up' },
  ]);
  expect(Object.isFrozen(roundingNote({ scale: 0, mode: 'down' }))).toBe(true);
});
