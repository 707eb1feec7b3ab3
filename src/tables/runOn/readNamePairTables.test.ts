import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CellGrid } from '../CellGrid.js';
import { checkScoreTable } from '../checks/checkScoreTable.js';
import { readTables } from '../readTables.js';
import { readScoreTable } from '../scoreTable/readScoreTable.js';
import { readNamePairTables } from './readNamePairTables.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/tables/${name}`, import.meta.url), 'utf8');
const texts = (grid: CellGrid | undefined): string[][] =>
  grid?.rows.map((row) => row.cells.map((cell) => cell.text)) ?? [];
const repairs = (grid: CellGrid | undefined): [string, boolean][] =>
  grid?.repairs.map((repair) => [repair.code, repair.guess === true]) ?? [];

const snippet = [
  '一级指标 二级指标 三级指标 分值 得分',
  '决策（30 分）目标设定（14 分）目标设定依据充分性',
  '8 8 目标细化量化程度',
  '6 5 预算配置（',
  '16 分）资金分配合理性',
  '9 9 预算编制准确性',
  '7 6 过程（30',
  '12',
  '分）执行管理（12 分）预算执行率',
  '10 9.4 …',
  '本单位本年度整体支出绩效自评 得分为',
  '86.5 分。',
].join('\n');

describe('layout (f): a name on one line, its "分值 得分" at the start of the next', () => {
  test('§2 (f): pairs moved to the name before them, weights joined over lines, the page number dropped', () => {
    const grids = readNamePairTables(snippet);
    expect(grids).toHaveLength(1);
    const [grid] = grids;
    expect(grid?.layout).toBe('name-then-pair');
    expect(texts(grid)).toEqual([
      ['一级指标', '二级指标', '三级指标', '分值', '得分'],
      ['决策（30分）', '目标设定（14分）', '目标设定依据充分性', '8', '8'],
      ['目标细化量化程度', '6', '5'],
      ['预算配置（16分）', '资金分配合理性', '9', '9'],
      ['预算编制准确性', '7', '6'],
      ['过程（30分）', '执行管理（12分）', '预算执行率', '10', '9.4'],
      ['本单位本年度整体支出绩效自评得分为86.5分。'],
    ]);
    expect(repairs(grid)).toEqual([
      ['page_number_skipped', true],
      ['tokens_skipped', false],
      ['pairs_shifted', true],
      ['lines_joined', false],
      ['lines_joined', false],
      ['lines_joined', false],
    ]);
    expect(grid?.repairs[2]?.message.en).toBe(
      'Each line\'s opening "weight score" pair belongs to the name that ended the line before (3 categories balance this way, 0 pairing on the same line)',
    );
    expect(grid?.rows[3]?.cells[0]?.location).toEqual({ kind: 'text', line: 4, column: 5 });
    expect(grid?.rows[2]?.cells[1]?.location).toEqual({ kind: 'text', line: 4, column: 1 });
  });

  test('a 决策/过程/绩效 tree to its end: nine categories balance, a word with a stray space joined', () => {
    const [grid] = readNamePairTables(fixture('pairs-decision-tree.txt'));
    expect(texts(grid)).toEqual([
      ['一级指标', '二级指标', '三级指标', '分值', '得分'],
      ['决策（30分）', '目标设定（14分）', '目标设定依据充分性', '8', '8'],
      ['目标细化量化程度', '6', '5'],
      ['预算配置（16分）', '资金分配合理性', '9', '9'],
      ['预算编制准确性', '7', '6'],
      ['过程（30分）', '执行管理（12分）', '预算执行率', '10', '9.4'],
      ['资金使用合规性', '2', '2'],
      ['管理制度（18分）', '内控制度健全性', '10', '10'],
      ['资产管理规范性', '8', '7'],
      ['绩效（40分）', '职责履行（22分）', '重点工作完成率', '14', '13.5'],
      ['工作质量达标率', '8', '8'],
      ['履职效益（18分）', '社会效益', '10', '9'],
      ['服务对象满意度', '8', '7.6'],
      ['本单位本年度整体支出绩效自评得分为94.5分。'],
    ]);
    expect(repairs(grid).map(([code]) => code)).toEqual([
      'page_number_skipped',
      'pairs_shifted',
      'lines_joined',
      'lines_joined',
      'lines_joined',
      'lines_joined',
    ]);
    expect(grid?.repairs[1]?.message.en).toContain('(9 categories balance this way, 3 pairing');
  });

  test('two name levels, 权重 得分, a title above and a —2— footer', () => {
    const [grid] = readNamePairTables(fixture('pairs-two-level.txt'));
    expect(grid?.title?.text).toBe('项目支出绩效自评表（2024年度）');
    expect(texts(grid)).toEqual([
      ['二级指标', '三级指标', '权重', '得分'],
      ['数量指标（20分）', '维修路段长度', '12', '12'],
      ['维修桥涵数量', '8', '7.5'],
      ['质量指标（30分）', '验收合格率', '18', '17'],
      ['群众投诉处理率', '12', '12'],
      ['时效指标（10分）', '按期完工率', '10', '9'],
      ['社会效益指标（30分）', '通行条件改善程度', '18', '18'],
      ['群众出行便利度', '12', '11'],
      ['服务对象满意度指标（10分）', '沿线群众满意度', '10', '9.5'],
      ['项目自评得分为96分。'],
    ]);
    expect(repairs(grid).map(([code]) => code)).toEqual([
      'page_number_skipped',
      'pairs_shifted',
      'lines_joined',
      'lines_joined',
      'lines_joined',
    ]);
  });

  test('pairs printed on the names’ own lines balance as they stand, and are not moved', () => {
    const [unshifted] = readNamePairTables(
      '二级指标 三级指标 分值 得分\n12 12 数量指标（20分）甲\n5 4 乙\n3 3 丙',
    );
    expect(texts(unshifted)).toEqual([
      ['二级指标', '三级指标', '分值', '得分'],
      ['数量指标（20分）', '甲', '12', '12'],
      ['乙', '5', '4'],
      ['丙', '3', '3'],
    ]);
    expect(repairs(unshifted)).toEqual([]);
  });
});

describe('layout (f) reader is conservative', () => {
  test('a header row followed by ordinary rows, a | table and a paragraph give nothing', () => {
    expect(readNamePairTables('三级指标 分值 得分\n甲 10 9\n乙 20 20')).toEqual([]);
    expect(readNamePairTables('三级指标 | 分值 | 得分\n10 9 | 甲\n20 20 | 乙')).toEqual([]);
    expect(readNamePairTables('本局综合评分为94.9分，评价等级为优。')).toEqual([]);
  });
});

describe('layout (f): a row label followed by its own numbers keeps them as cells', () => {
  test('合计 20 18 after the last pair is a total row of three cells, not the name 合计2018', () => {
    const [grid] = readNamePairTables(
      [
        '一级指标 二级指标 三级指标 分值 得分',
        '决策（20 分）目标设定（12 分）绩效目标合理性',
        '6 6 绩效目标明确性',
        '6 5 预算配置（8 分）资金分配合理性',
        '8 7',
        '合计 20 18',
      ].join('\n'),
    );
    expect(texts(grid)).toEqual([
      ['一级指标', '二级指标', '三级指标', '分值', '得分'],
      ['决策（20分）', '目标设定（12分）', '绩效目标合理性', '6', '6'],
      ['绩效目标明确性', '6', '5'],
      ['预算配置（8分）', '资金分配合理性', '8', '7'],
      ['合计', '20', '18'],
    ]);
    expect(repairs(grid)).toEqual([['pairs_shifted', true]]);
    expect(grid?.rows[4]?.cells[2]?.location).toEqual({ kind: 'text', line: 6, column: 7 });
  });

  test('a letter-spaced 合 计 with a decimal score, followed by the closing sentence', () => {
    const [grid] = readNamePairTables(fixture('pairs-trial-total-row.txt'));
    expect(texts(grid)).toEqual([
      ['一级指标', '二级指标', '三级指标', '分值', '得分'],
      ['规划（40分）', '目标设定（25分）', '目标明确性', '15', '14'],
      ['目标细化程度', '10', '10'],
      ['资源配置（15分）', '人员配置合理性', '15', '13.5'],
      ['效果（60分）', '履职成效（60分）', '档案接收完成率', '35', '33'],
      ['档案利用满意度', '25', '24'],
      ['合计', '100', '94.5'],
      ['本单位本年度整体支出绩效自评得分为94.5分。'],
    ]);
    expect(repairs(grid).map(([code]) => code)).toEqual([
      'pairs_shifted',
      'lines_joined',
      'lines_joined',
    ]);
  });

  test('end to end: the total row of a name-then-pair table checks with no finding', () => {
    const grids = readTables(fixture('pairs-trial-total-row.txt'));
    expect(grids.map((grid) => grid.layout)).toEqual(['name-then-pair']);
    const [grid] = grids;
    if (grid === undefined) throw new Error('no grid');
    const report = checkScoreTable(readScoreTable(grid));
    expect(report.ok && report.value.findings.map((check) => check.code)).toEqual([]);
  });
});
