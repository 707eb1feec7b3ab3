import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CellGrid } from '../CellGrid.js';
import { checkScoreTable } from '../checks/checkScoreTable.js';
import { readTables } from '../readTables.js';
import { readScoreTable } from '../scoreTable/readScoreTable.js';
import { readColumnOrderTables } from './readColumnOrderTables.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/tables/${name}`, import.meta.url), 'utf8');
const texts = (grid: CellGrid | undefined): string[][] =>
  grid?.rows.map((row) => row.cells.map((cell) => cell.text)) ?? [];
const repairs = (grid: CellGrid | undefined): [string, boolean][] =>
  grid?.repairs.map((repair) => [repair.code, repair.guess === true]) ?? [];

describe('layout (d): cells in column order, merged labels emitted late', () => {
  test('§2 (d): the i-th name goes with the i-th entry of each column; 产出指标（50分） heads all three', () => {
    const grids = readColumnOrderTables(fixture('columns-national-output.txt'));
    expect(grids).toHaveLength(1);
    const [grid] = grids;
    expect(grid?.layout).toBe('column-order');
    expect(texts(grid)).toEqual([
      ['二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标（50分）', '数量指标', '入户走访户数', '≥1200户', '1260户', '20', '20'],
      ['质量指标', '隐患整改销号率', '≥95%', '91%', '20', '19.16'],
      ['时效指标', '台账建档完成时限', '6月底前', '6月底前', '10', '10'],
    ]);
    expect(repairs(grid)).toEqual([]);
    expect(grid?.rows[2]?.cells[3]?.location).toEqual({ kind: 'text', line: 3, column: 13 });
  });

  test('an unbalanced table (a score column an entry short, several placements fit) is reported, not zipped', () => {
    const [grid] = readColumnOrderTables(fixture('columns-unbalanced.txt'));
    expect(texts(grid)).toEqual([
      ['二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ]);
    expect(repairs(grid)).toEqual([['columns_unaligned', false]]);
    expect(grid?.repairs[0]?.message.en).toBe(
      'The columns differ in length (三级指标 3，年度指标值 3，实际完成值 3，分值 3，得分 2，二级指标 3) and no single placement fits the constraints; no rows were built',
    );
  });

  test('one cell per line: the short score column is placed where score ≤ weight holds, labels by weight sums', () => {
    const [grid] = readColumnOrderTables(fixture('columns-dept-cell-per-line.txt'));
    expect(grid?.title?.text).toBe('部门整体支出绩效自评表（2024年度）');
    expect(texts(grid)).toEqual([
      ['一级指标', '二级指标', '三级指标', '指标分值', '自评得分'],
      ['效果（50分）', '履职产出（25分）', '政策宣传场次', '5', ''],
      ['宣传资料发放', '20', '20'],
      ['履职效益（25分）', '群众知晓率', '10', '9'],
      ['满意度调查', '15', '15'],
    ]);
    expect(repairs(grid)).toEqual([
      ['cells_placed', true],
      ['labels_placed', true],
    ]);
  });

  test('scores before weights, and a parent printed 80 over children weighing 50, reported with the reading', () => {
    const [grid] = readColumnOrderTables(fixture('columns-reordered-weights.txt'));
    expect(texts(grid)).toEqual([
      ['二级指标', '三级指标', '得分', '分值', '年度指标值', '实际完成值'],
      ['产出指标（80分）', '数量指标', '培训场次', '10', '10', '≥8场', '8场'],
      ['质量指标', '培训合格率', '28', '30', '≥90%', '84%'],
      ['时效指标', '培训完成时间', '9', '10', '9月底前', '10月中旬'],
    ]);
    expect(repairs(grid)).toEqual([['weights_unbalanced', false]]);
    expect(grid?.repairs[0]?.message.zh).toBe(
      '按列顺序读取时，「产出指标（80分）」下各行分值合计 50，与其 80 分不符（可能是列错位）',
    );
  });

  test('merged labels that neither match the rows one to one nor carry weights are left out and reported', () => {
    const [grid] = readColumnOrderTables(
      '三级指标 甲 乙 丙\n分值 10 20 30\n得分 9 20 30\n二级指标 数量指标 质量指标',
    );
    expect(texts(grid)).toEqual([
      ['二级指标', '三级指标', '分值', '得分'],
      ['甲', '10', '9'],
      ['乙', '20', '20'],
      ['丙', '30', '30'],
    ]);
    expect(repairs(grid)).toEqual([['labels_unplaced', false]]);
  });
});

describe('layout (d) reader is conservative', () => {
  test('a header row, a | table, a paragraph and a cell-per-line table with headers first give nothing', () => {
    expect(readColumnOrderTables('三级指标 分值 得分\n甲 10 9')).toEqual([]);
    expect(readColumnOrderTables('三级指标 | 分值 | 得分 |\n甲 | 10 | 9 |')).toEqual([]);
    expect(readColumnOrderTables('本局综合评分为94.9分，评价等级为优。')).toEqual([]);
    expect(readColumnOrderTables('三级指标\n分值\n得分\n甲\n10\n9')).toEqual([]);
  });
});

describe('layout (d): a budget block before the indicator columns', () => {
  test('budget in column order: one line per amount column, 分值/执行率/得分 holding the 总额 row only', () => {
    const grids = readColumnOrderTables(fixture('columns-trial-budget-columns.txt'));
    expect(grids).toHaveLength(1);
    const [grid] = grids;
    expect(grid?.title?.text).toBe('项目支出绩效自评表（2024年度）');
    expect(texts(grid)).toEqual([
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '40.00', '40.00', '38.00', '10', '95.00%', '9.5'],
      ['其中：当年财政拨款', '36.00', '36.00', '34.40', '', '', ''],
      ['上年结转资金', '4.00', '4.00', '3.60', '', '', ''],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标（70分）', '数量指标', '清运垃圾吨数', '≥500吨', '520吨', '40', '40'],
      ['时效指标', '清运及时率', '≥95%', '96%', '30', '30'],
      ['满意度指标（20分）', '服务对象满意度指标', '群众满意度', '≥90%', '92%', '20', '20'],
      ['总分', '100', '99.5'],
    ]);
    expect(repairs(grid)).toEqual([['labels_placed', true]]);
    expect(grid?.rows[2]?.cells[3]?.location).toEqual({ kind: 'text', line: 7, column: 13 });
  });

  test('budget in row order before the indicator columns is kept, with the total row after them', () => {
    const [grid] = readColumnOrderTables(fixture('columns-trial-budget-rows.txt'));
    expect(grid?.title?.text).toBe('项目支出绩效自评表（2023年度）');
    expect(texts(grid)).toEqual([
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '50.00', '48.00', '45.60', '10', '95.00%', '9.5'],
      ['其中：当年财政拨款', '50.00', '48.00', '45.60', '', '', ''],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标（70分）', '数量指标', '更换灯具数量', '≥300盏', '310盏', '50', '50'],
      ['时效指标', '照明故障修复时限', '48小时内', '48小时内', '20', '20'],
      ['满意度指标（20分）', '服务对象满意度指标', '居民满意度', '≥90%', '94%', '20', '20'],
      ['合计', '100', '99.5'],
    ]);
    expect(repairs(grid)).toEqual([['labels_placed', true]]);
  });

  test('end to end: both budget orders read as a budget block, 10 + 70 + 20 = 100, no finding', () => {
    for (const name of ['columns-trial-budget-columns.txt', 'columns-trial-budget-rows.txt']) {
      const grids = readTables(fixture(name));
      expect(grids.map((grid) => grid.layout)).toEqual(['column-order']);
      const [grid] = grids;
      if (grid === undefined) throw new Error('no grid');
      const table = readScoreTable(grid);
      const budget = table.budget;
      expect([budget?.total?.label, ...(budget?.parts ?? []).map((row) => row.label)]).toEqual(
        name.includes('budget-columns')
          ? ['年度资金总额', '其中：当年财政拨款', '上年结转资金']
          : ['年度资金总额', '其中：当年财政拨款'],
      );
      const report = checkScoreTable(table);
      expect(report.ok && report.value.findings.map((check) => check.code)).toEqual([]);
    }
  });
});

describe('layout (d): a budget block in column order with no indicator columns after it', () => {
  test('is a table of its own; the same block in row order alone is left to the row readers', () => {
    const lines = fixture('columns-trial-budget-columns.txt').split('\n').slice(0, 10).join('\n');
    const [grid] = readColumnOrderTables(lines);
    expect(texts(grid)).toEqual([
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '40.00', '40.00', '38.00', '10', '95.00%', '9.5'],
      ['其中：当年财政拨款', '36.00', '36.00', '34.40', '', '', ''],
      ['上年结转资金', '4.00', '4.00', '3.60', '', '', ''],
    ]);
    const rows = fixture('columns-trial-budget-rows.txt').split('\n').slice(0, 5).join('\n');
    expect(readColumnOrderTables(rows)).toEqual([]);
  });
});
