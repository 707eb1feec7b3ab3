import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { importTables } from './importTables.js';

const words = [
  '一级指标',
  '分值',
  '得分',
  '年度指标值',
  '实际完成值',
  '≥95%',
  '达成',
  '总分',
  '|',
  '\n',
  '10',
  '9.5',
  '全年预算数',
  '全年执行数',
  '执行率',
  ' ',
];

describe('importTables never throws', () => {
  test.prop([fc.array(fc.oneof(fc.constantFrom(...words), fc.string()), { maxLength: 40 })], {
    numRuns: 100,
  })('random mixes of table words give a result', (parts) => {
    const result = importTables(parts.join(''));
    expect(typeof result.ok).toBe('boolean');
  });

  test('a text with no table is import_no_table', () => {
    const result = importTables('没有表格的一段文字。');
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['import_no_table']);
  });
});
