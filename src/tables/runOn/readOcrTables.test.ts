import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CellGrid } from '../CellGrid.js';
import { readOcrTables } from './readOcrTables.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/tables/${name}`, import.meta.url), 'utf8');
const texts = (grid: CellGrid | undefined): string[][] =>
  grid?.rows.map((row) => row.cells.map((cell) => cell.text)) ?? [];
const repairs = (grid: CellGrid | undefined): [string, boolean][] =>
  grid?.repairs.map((repair) => [repair.code, repair.guess === true]) ?? [];

describe('layout (e): OCR output, fused cells and confused characters, every repair a guess', () => {
  test('§2 (e): amounts split after two decimals, weight and score split by the coefficient, O read as 0', () => {
    const grids = readOcrTables(fixture('ocr-department.txt'));
    expect(grids).toHaveLength(1);
    const [grid] = grids;
    expect(grid?.layout).toBe('ocr');
    expect(grid?.title?.text).toBe('部门整体支出绩效自评表（2023年度）');
    expect(texts(grid)).toEqual([
      ['单位名称', '某区示例局'],
      ['自评总分(分)', '95.3'],
      ['预算执行情况', '年初预算数', '全年预算数', '全年执行数', '执行率', '分值', '得分'],
      ['860.00', '912.00', '893.76', '98%', '10', '9.8'],
      ['指标名称', '指标性质', '目标值', '完成值', '得分系数(%)', '权重', '得分'],
      ['档案数字化完成率', '定量', '100%', '96%', '96%', '5', '4.8'],
      ['业务培训次数', '定量', '24次', '5次', '100%', '3', '3'],
      ['窗口服务差评率', '定量', '≤2%', '0.8%', '100%', '4', '4'],
      ['制度执行规范性', '定性', '规范', '基本规范', '90%', '10', '9'],
      ['政务公开及时率', '定量', '≥95%', '97%', '100%', '20', '20'],
      ['预算绩效目标完成率', '定量', '100%', '95%', '95%', '20', '19'],
      ['群众满意度', '定量', '≥90%', '92%', '100%', '18', '18'],
      ['档案安全管理', '定性', '规范', '较规范', '77%', '10', '7.7'],
    ]);
    expect(repairs(grid)).toEqual([
      ['fused_split', true],
      ['fused_split', true],
      ['fused_split', true],
      ['fused_split', true],
      ['fused_split', true],
      ['operator_suspected', true],
      ['ocr_character', true],
      ['fused_split', true],
      ['fused_split', true],
      ['fused_split', true],
      ['fused_split', true],
      ['fused_split', true],
      ['fused_split', true],
      ['fused_split', true],
      ['fused_split', true],
    ]);
    expect(grid?.repairs.map((repair) => repair.message.en)).toEqual([
      'Split fused amounts after the two-decimal group "860.00"',
      'Split fused amounts after the two-decimal group "912.00"',
      '"109.8" split into 10 and 9.8 by score ≤ weight and score = coefficient × weight',
      '"54.8" split into 5 and 4.8 by score ≤ weight and score = coefficient × weight',
      '"33" split into 3 and 3 by score ≤ weight and score = coefficient × weight',
      'The target "24次" looks unmet yet scores in full; its leading 2 may be a misread "≥" (≥4…); left as read',
      'Read "O" as "0"',
      '"44" split into 4 and 4 by score ≤ weight and score = coefficient × weight',
      '"规范基本规范" split into the target "规范" and the actual "基本规范"',
      '"109" split into 10 and 9 by score ≤ weight and score = coefficient × weight',
      '"2020" split into 20 and 20 by score ≤ weight and score = coefficient × weight',
      '"2019" split into 20 and 19 by score ≤ weight and score = coefficient × weight',
      '"1818" split into 18 and 18 by score ≤ weight and score = coefficient × weight',
      '"规范较规范" split into the target "规范" and the actual "较规范"',
      '"107.7" split into 10 and 7.7 by score ≤ weight and score = coefficient × weight',
    ]);
    expect(grid?.rows[3]?.cells[2]?.location).toEqual({ kind: 'text', line: 2, column: 41 });
  });

  test('a mangled header, an l for 1, a spliced page marker, thousands separators, and a row no split fits', () => {
    const [grid] = readOcrTables(fixture('ocr-mangled.txt'));
    expect(texts(grid)).toEqual([
      ['单位名称', '某县示例中心'],
      ['自评总分(分)', '54.85'],
      ['预算执行情况', '年初预算数', '全年预算数', '全年执行数', '执行率', '分值', '得分'],
      ['1,200.00', '1,250.00', '1,125.00', '90%', '10', '9'],
      ['指标名称', '指标性质', '目标值', '完成值', '得分系数(%)', '权重', '得分'],
      ['设备巡检覆盖率', '定量', '100%', '95%', '95%', '20', '19'],
      ['群众来信办结率', '定量', '≥98%', '97%', '99%', '15', '14.85'],
      ['安全责任落实', '定性', '落实', '部分落实', '70%', '10', '7'],
      ['应急演练次数', '定量', '2次', '2次', '100%', '5', '5'],
      ['资料归档及时率', '定量', '100%', '50%', '50%', '', ''],
    ]);
    expect(repairs(grid).map(([code]) => code)).toEqual([
      'header_corrected',
      'ocr_character',
      'fused_split',
      'fused_split',
      'fused_split',
      'page_marker_skipped',
      'fused_split',
      'fused_split',
      'fused_split',
      'fused_split',
      'fused_split',
      'ocr_ambiguous',
    ]);
    expect(grid?.repairs.every((repair) => repair.guess === true)).toBe(true);
    expect(grid?.repairs[0]?.message.zh).toBe('表头「年初预箅数」按「年初预算数」读取（识别错字）');
    expect(grid?.repairs.at(-1)?.message.en).toBe(
      '"2010.5" splits into weight and score in 0 ways, not one; both cells left empty',
    );
  });

  test('digits that split in several ways without a coefficient mark the row ambiguous', () => {
    const [grid] = readOcrTables('三级指标年度指标值实际完成值分值得分\n培训场次8场8场1010');
    expect(texts(grid)).toEqual([
      ['三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['培训场次', '8场', '8场', '', ''],
    ]);
    expect(grid?.repairs[0]?.message.en).toBe(
      '"1010" splits into weight and score in 2 ways, not one; both cells left empty',
    );
  });
});

describe('layout (e) reader is conservative', () => {
  test('space-separated headers, a | table, a one-line table and a paragraph give nothing', () => {
    expect(readOcrTables('一级指标 二级指标 三级指标 分值 得分\n决策（30分）甲\n8 8')).toEqual([]);
    expect(
      readOcrTables('指标名称 | 指标性质 | 目标值 | 完成值 |\n甲 | 定量 | 100% | 96% |'),
    ).toEqual([]);
    expect(readOcrTables(fixture('oneline-example-c.txt'))).toEqual([]);
    expect(readOcrTables('本局综合评分为94.9分，评价等级为优。')).toEqual([]);
  });
});
