import { describe, expect, test } from 'vitest';
import { fixtureText, summarizeGrids } from '../../../test/support/fixtureGrids.js';
import { readCellPerParagraphTables } from './readCellPerParagraphTables.js';

describe('layout (b), one cell per paragraph', () => {
  test('national project: 全年 + 预算数 joined, a soft break in a header, space and NBSP paragraphs as empty cells, a 0 reason kept as text', () => {
    expect(
      summarizeGrids(readCellPerParagraphTables(fixtureText('paragraph-national.txt'))),
    ).toEqual([
      {
        layout: 'cell-per-paragraph',
        title: '项目支出绩效自评表（2024年度）',
        rows: [
          ['项目名称', '示例老旧小区加装电梯补助项目'],
          ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          ['年度资金总额', '200.00', '240.00', '216.00', '10', '90.00%', '9'],
          ['其中：当年财政拨款', '200.00', '220.00', '200.00', '', '', ''],
          ['上年结转资金', '0.00', '20.00', '16.00', '', '', ''],
          ['其他资金', '', '', '', '', '', ''],
          [
            '绩效指标',
            '一级指标',
            '二级指标',
            '三级指标',
            '年度指标值',
            '实际完成值',
            '分值',
            '得分',
            '偏差原因分析及改进措施',
          ],
          [
            '产出指标（50分）',
            '数量指标',
            '加装电梯台数',
            '≥40台',
            '36台',
            '30',
            '27',
            '部分小区居民意见未统一',
          ],
          ['质量指标', '验收合格率', '100%', '100%', '20', '20', '0'],
          [
            '效益指标（30分）',
            '社会效益指标',
            '老年居民出行便利度',
            '明显提升',
            '达成',
            '30',
            '27',
            '',
          ],
          [
            '满意度指标（10分）',
            '服务对象满意度指标',
            '受益居民满意度',
            '≥90%',
            '95%',
            '10',
            '10',
            '',
          ],
          ['总分', '', '', '100', '93', ''],
        ],
        repairs: [
          ['header_joined', 11],
          ['row_short', 51],
          ['row_short', 59],
          ['header_joined', 78],
          ['row_short', 142],
        ],
      },
    ]);
  });

  test('10 + 90 with CRLF: empty cells that disappeared are filled at the row labels (row_short)', () => {
    expect(summarizeGrids(readCellPerParagraphTables(fixtureText('paragraph-10-90.txt')))).toEqual([
      {
        layout: 'cell-per-paragraph',
        title: '部门预算项目支出绩效自评表（2022年度）',
        rows: [
          ['项目名称', '99000000X000000000077-示例水库安全巡检项目'],
          [
            '年度预算数(万元)',
            '年初预算',
            '调整后预算数',
            '预算执行数',
            '预算执行率',
            '权重',
            '得分',
            '原因',
          ],
          ['总额', '60.00', '60.00', '57.00', '95.00%', '10', '9.5', ''],
          ['其中：财政资金', '60.00', '60.00', '57.00', '95.00%', '/', '/', ''],
          [
            '一级指标',
            '二级指标',
            '三级指标',
            '指标性质',
            '指标值',
            '度量单位',
            '完成值',
            '权重',
            '得分',
            '未完成原因分析',
          ],
          ['产出指标', '数量指标', '巡检次数', '≥', '52', '次', '52', '40', '40', ''],
          ['质量指标', '隐患整改率', '=', '100', '%', '100', '30', '30', ''],
          ['效益指标', '安全效益指标', '安全责任事故', '=', '0', '起', '0', '20', '20', ''],
          ['合计', '', '', '', '', '100', '99.5', ''],
        ],
        repairs: [
          ['row_short', 23],
          ['row_short', 37],
          ['row_short', 71],
          ['row_short', 89],
          ['row_short', 105],
          ['row_short', 123],
        ],
      },
    ]);
  });

  test("the layout description's example: a header over two paragraphs, an NBSP paragraph", () => {
    const text =
      '年初预算数\n\n全年\n\n预算数\n\n全年执行数\n\n其中：当年财政拨款\n\n20.00\n\n25.00\n\n\u00a0';
    const [grid] = readCellPerParagraphTables(text);
    expect(grid?.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['年初预算数', '全年预算数', '全年执行数'],
      ['其中：当年财政拨款', '20.00', '25.00', ''],
    ]);
    expect(grid?.rows[0]?.cells[1]?.location).toEqual({ kind: 'text', line: 3, column: 1 });
    expect(grid?.repairs.map((repair) => repair.code)).toEqual(['header_joined']);
  });

  test('a text without empty lines is not this layout', () => {
    expect(readCellPerParagraphTables(fixtureText('perline-example-b.txt'))).toEqual([]);
  });
});
