import fc from 'fast-check';
import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { gridOf } from '../../../test/fixtures/tables/grid-build.js';
import { checkScoreTable } from '../checks/checkScoreTable.js';
import { readScoreTable } from './readScoreTable.js';

// Words of the templates, numbers in their written forms, separators and stray strings.
const words = [
  '项目支出绩效自评表（2024年度）',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '权重',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '执行率',
  '得分系数(%)',
  '序号',
  '指标名称',
  '资金来源',
  '偏差原因分析及改进措施',
  '年度资金总额',
  '其中：当年财政拨款',
  '上年结转资金',
  '总额',
  '总分',
  '合计',
  '自评总分(分)',
  '产出指标(50分)',
  '效益指标（30分）',
  '绩效指标(90分)',
  '预算执行情况（万元）（20分）',
  '指标',
  '经济效益',
  '达成',
  '部分达成',
  '未达成',
  '评价结论',
  '评价等级为优',
  '自评得分95.5分',
  '/',
  '—',
  '无',
  '',
  ' ',
  '≥95%',
  '≤15元',
  '０．５',
  '１００％',
  '1,860.00',
  '96.00%',
  '9.6',
  '0',
  '-1',
  '1e400',
  '%',
  '.',
  '（',
  '分）',
  '__proto__',
  'constructor',
];
const cellText = fc.oneof(
  fc.constantFrom(...words),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -100, max: 10_000 }).map(String),
);
const rowsArbitrary = fc.array(fc.array(cellText, { maxLength: 12 }), { maxLength: 30 });

describe('readScoreTable never throws on a grid', () => {
  test.prop([rowsArbitrary, fc.option(cellText, { nil: undefined })], { numRuns: 200 })(
    'random rows of vocabulary words, numbers and strings read, and check, without throwing',
    (rows, title) => {
      const table = readScoreTable(gridOf('pipe', rows, 'row', title));
      expect(table.rowsRead).toBeLessThanOrEqual(table.rowsSeen);
      const report = checkScoreTable(table);
      expect(report.ok).toBe(true);
    },
  );
});
