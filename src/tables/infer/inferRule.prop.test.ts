import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { JixiaoDecimal } from '../../decimal/JixiaoDecimal.js';
import { readCellValue } from '../scoreTable/readCellValue.js';
import { inferRule } from './inferRule.js';

/** Words, numbers, units and separators a target or actual cell may hold. */
const pieces = [
  '≥',
  '≤',
  '>=',
  '<',
  '=',
  '＞',
  '不低于',
  '不高于',
  '以上',
  '以内',
  '95',
  '0',
  '1,880',
  '.',
  '%',
  '％',
  '万元',
  '人',
  '月底前',
  '达成',
  '部分达成',
  ' ',
  '\u00a0',
];

const cellText = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 6 })
  .map((parts) => parts.join(''));

const cell = (text: string, column: number) =>
  readCellValue({ text, location: { kind: 'text', line: 1, column } });

describe('inferRule never throws', () => {
  test.prop([cellText, cellText, cellText, cellText, cellText], { numRuns: 200 })(
    'random target, actual, nature, unit and score cells give a rule or undefined',
    (target, actual, nature, unit, score) => {
      const values = {
        target: cell(target, 1),
        actual: cell(actual, 2),
        nature: cell(nature, 3),
        unit: cell(unit, 4),
        score: cell(score, 5),
      };
      const inferred = inferRule(values, new JixiaoDecimal(10), 2);
      expect(inferred === undefined || typeof inferred.assumption === 'string').toBe(true);
    },
  );
});
