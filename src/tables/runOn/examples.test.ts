import { describe, expect, test } from 'vitest';
import type { CellGrid } from '../CellGrid.js';
import {
  readColumnOrderTables,
  readNamePairTables,
  readOcrTables,
  readOneLineTables,
} from './index.js';

const summary = (grids: readonly CellGrid[]) =>
  grids.map((grid) => ({
    layout: grid.layout,
    title: grid.title?.text,
    rows: grid.rows.map((row) => row.cells.map((cell) => cell.text)),
    repairs: grid.repairs.map((repair) => repair.code),
  }));

describe('the TSDoc examples of the run-on readers hold', () => {
  test('readOneLineTables', () => {
    expect(
      summary(
        readOneLineTables(
          '张某 tpl1 项目支出绩效自评表 项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 10 10 9 10 90% 9',
        ),
      ),
    ).toEqual([
      {
        layout: 'one-line',
        title: '项目支出绩效自评表',
        rows: [
          ['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          ['年度资金总额', '10', '10', '9', '10', '90%', '9'],
        ],
        repairs: ['properties_skipped'],
      },
    ]);
  });

  test('readColumnOrderTables', () => {
    expect(summary(readColumnOrderTables('三级指标 甲 乙\n分值 10 20\n得分 9 20'))).toEqual([
      {
        layout: 'column-order',
        title: undefined,
        rows: [
          ['三级指标', '分值', '得分'],
          ['甲', '10', '9'],
          ['乙', '20', '20'],
        ],
        repairs: [],
      },
    ]);
  });

  test('readNamePairTables', () => {
    expect(
      summary(
        readNamePairTables('一级指标 三级指标 分值 得分\n规划（10分）甲\n6 6 乙\n3 3 丙\n1 1'),
      ),
    ).toEqual([
      {
        layout: 'name-then-pair',
        title: undefined,
        rows: [
          ['一级指标', '三级指标', '分值', '得分'],
          ['规划（10分）', '甲', '6', '6'],
          ['乙', '3', '3'],
          ['丙', '1', '1'],
        ],
        repairs: ['pairs_shifted'],
      },
    ]);
  });

  test('readOcrTables', () => {
    expect(
      summary(
        readOcrTables(
          '指标名称指标性质目标值完成值得分系数(%)权重得分\n业务培训次数定量4次5次100%33',
        ),
      ),
    ).toEqual([
      {
        layout: 'ocr',
        title: undefined,
        rows: [
          ['指标名称', '指标性质', '目标值', '完成值', '得分系数(%)', '权重', '得分'],
          ['业务培训次数', '定量', '4次', '5次', '100%', '3', '3'],
        ],
        repairs: ['fused_split'],
      },
    ]);
  });
});
