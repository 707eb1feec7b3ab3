import { describe, expect, test } from 'vitest';
import { gridOf } from '../../test/fixtures/tables/grid-build.js';
import { auditText } from './auditText.js';

describe('tables that are not score tables', () => {
  // A sheet of drop-down options beside a score sheet: no budget block, no indicators, no total.
  const options = gridOf(
    'xlsx',
    [['达成预期指标'], ['部分达成预期指标'], ['未达成预期指标']],
    'row',
    '选项',
  );

  test('alone, they are nothing read (not "too little to check"), said in a note', () => {
    const audit = auditText('', { tables: [options] });
    if (!audit.ok) throw new Error(JSON.stringify(audit.issues));
    expect([
      audit.value.status,
      audit.value.tables,
      audit.value.notes.map((note) => note.zh),
    ]).toEqual([
      'nothing_read',
      [],
      ['另有 1 张表格不是评分表（没有预算执行、指标行或总分：「选项」），未核对'],
    ]);
  });
});
