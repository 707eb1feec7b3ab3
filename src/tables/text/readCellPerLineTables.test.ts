import { describe, expect, test } from 'vitest';
import { fixtureText, summarizeGrids } from '../../../test/support/fixtureGrids.js';
import { readCellPerLineTables } from './readCellPerLineTables.js';

describe('layout (b), one cell per line: Example B of report-layouts.md §5.2', () => {
  const grids = readCellPerLineTables(fixtureText('perline-example-b.txt'));
  const rows = grids[0]?.rows.map((row) => row.cells.map((cell) => cell.text)) ?? [];

  test('rebuilds the budget rows by the header, cutting at each row label (row_short)', () => {
    expect(rows.slice(0, 5)).toEqual([
      ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '75.00', '80.00', '67.20', '10', '84.00%', '9'],
      ['其中：当年财政拨款', '55.00', '60.00', '50.40', '', '', ''],
      ['上年结转资金', '20.00', '20.00', '16.80', '', '', ''],
      ['其他资金', '', '', '', '', '', ''],
    ]);
  });

  test('a row without its merged 一级 cell stays short on the left', () => {
    expect(rows[7]).toEqual(['质量指标', '养护路段检查合格率', '≥95%', '93%', '25', '24.47']);
  });

  test('the 总分 row puts its two numbers under 分值 and 得分', () => {
    expect(rows[10]).toEqual(['总分', '', '', '100', '96.47']);
  });

  test('reads every row of the table exactly', () => {
    expect(summarizeGrids(grids)).toEqual([
      {
        layout: 'cell-per-line',
        title: '示例农村公路养护项目 项目支出绩效自评表（2024年度）',
        rows: [
          ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          ['年度资金总额', '75.00', '80.00', '67.20', '10', '84.00%', '9'],
          ['其中：当年财政拨款', '55.00', '60.00', '50.40', '', '', ''],
          ['上年结转资金', '20.00', '20.00', '16.80', '', '', ''],
          ['其他资金', '', '', '', '', '', ''],
          ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
          ['产出指标（50分）', '数量指标', '养护农村公路里程', '≥60公里', '62公里', '25', '25'],
          ['质量指标', '养护路段检查合格率', '≥95%', '93%', '25', '24.47'],
          [
            '效益指标（30分）',
            '社会效益指标',
            '群众出行条件改善情况',
            '明显改善',
            '达成',
            '30',
            '28',
          ],
          ['满意度指标（10分）', '服务对象满意度指标', '沿线群众满意度', '≥90%', '92%', '10', '10'],
          ['总分', '', '', '100', '96.47'],
        ],
        repairs: [
          ['row_short', 15],
          ['row_short', 19],
          ['row_short', 23],
          ['row_short', 58],
        ],
      },
    ]);
  });
});

describe('layout (b), one cell per line: fixtures', () => {
  test('20 + 80 with each cell followed by " |" and empty cells as lone "|"', () => {
    expect(
      summarizeGrids(readCellPerLineTables(fixtureText('perline-20-80-unscored.txt'))),
    ).toEqual([
      {
        layout: 'cell-per-line',
        title: '项目支出绩效自评表（2024年度）',
        rows: [
          ['项目名称', '示例社区垃圾分类督导项目'],
          ['预算执行情况（万元）（20分）', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分'],
          ['年度财政资金总额', '12.50', '12.00', '96.00%', '19.2'],
          [
            '年度绩效目标（80分）',
            '一级指标',
            '二级指标',
            '三级指标',
            '年初目标值(A)',
            '实际完成值(B)',
            '得分',
          ],
          ['产出指标（45分）', '数量指标', '督导小区数', '≥20个', '20个', '25'],
          ['质量指标', '分类准确率', '≥85%', '80%', '18.82'],
          [
            '效益指标（25分）',
            '社会效益指标',
            '居民分类习惯养成',
            '达成预期指标',
            '部分达成预期指标',
            '15',
          ],
          ['满意度指标（10分）', '服务对象满意度指标', '居民满意度', '≥90%', '', ''],
          ['总分', '', '', '78.02'],
        ],
        repairs: [['row_short', 44]],
      },
    ]);
  });

  test('规划/执行/效果 with a 序号 column, bare lines', () => {
    expect(
      summarizeGrids(readCellPerLineTables(fixtureText('perline-department-sequence.txt'))),
    ).toEqual([
      {
        layout: 'cell-per-line',
        title: '部门整体支出绩效自评表（2023年度）',
        rows: [
          ['序号', '一级指标', '二级指标', '三级指标', '分值', '得分'],
          ['1', '决策（20分）', '目标设定（8分）', '绩效目标合理性', '4', '4'],
          ['2', '绩效指标明确性', '4', '3'],
          ['3', '预算配置（12分）', '预算编制科学性', '12', '11'],
          ['4', '过程（30分）', '资金管理（30分）', '资金使用合规性', '30', '28'],
          ['5', '绩效（50分）', '产出（50分）', '年度任务完成率', '50', '48.5'],
          ['合计', '100', '94.5'],
        ],
        repairs: [],
      },
    ]);
  });

  test("the layout description's 20 + 80 budget block", () => {
    const text = [
      '预算执行情况（万元）（20分） |',
      '预算数(A) |',
      '执行数(B) |',
      '执行率(B/A) |',
      '得分 |',
      '年度财政资金总额 |',
      '12.50 |',
      '12.00 |',
      '96.00% |',
      '19.2 |',
    ].join('\n');
    expect(
      readCellPerLineTables(text)[0]?.rows.map((row) => row.cells.map((cell) => cell.text)),
    ).toEqual([
      ['预算执行情况（万元）（20分）', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分'],
      ['年度财政资金总额', '12.50', '12.00', '96.00%', '19.2'],
    ]);
  });

  test('two leaves under one 二级 without category labels are split by their numbers', () => {
    const text = [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '质量指标',
      '甲项合格率',
      '≥95%',
      '93%',
      '25',
      '24',
      '乙项合格率',
      '≥90%',
      '91%',
      '10',
      '10',
    ].join('\n');
    expect(
      readCellPerLineTables(text)[0]
        ?.rows.slice(1)
        .map((row) => row.cells.map((cell) => cell.text)),
    ).toEqual([
      ['质量指标', '甲项合格率', '≥95%', '93%', '25', '24'],
      ['乙项合格率', '≥90%', '91%', '10', '10'],
    ]);
  });

  test('text with several | on its lines is not this layout', () => {
    expect(readCellPerLineTables(fixtureText('pipe-example-a.txt'))).toEqual([]);
  });
});
