import { describe, expect, test } from 'vitest';
import { fixtureText, summarizeGrids } from '../../../test/support/fixtureGrids.js';
import { readMarkdownTables } from './readMarkdownTables.js';

describe('Markdown tables', () => {
  test('20 + 80 without a 分值 column: heading title, escaped \\|, <br>, an empty merged cell', () => {
    expect(summarizeGrids(readMarkdownTables(fixtureText('markdown-20-80.md')))).toEqual([
      {
        layout: 'markdown',
        title: '项目支出绩效自评表（2024年度）',
        rows: [
          ['项目名称', '示例河道保洁项目', '', '', '', ''],
          ['项目类型', '常年性■ 延续性□ 一次性□', '', '', '', ''],
          ['预算执行情况（万元）（20分）', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分', ''],
          ['年度财政资金总额', '50.00', '48.00', '96.00%', '19.2', ''],
          ['年度绩效目标（80分）', '', '', '', '', ''],
          ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
          ['产出指标（45分）', '数量指标', '保洁河道长度', '≥120公里', '120公里', '25'],
          ['', '质量指标', '河面漂浮物清理达标率', '≥95%', '96%', '20'],
          [
            '效益指标（25分）',
            '生态效益指标',
            '河道水质 | 感官评价',
            '达成预期指标',
            '部分达成预期指标',
            '18',
          ],
          ['满意度指标（10分）', '服务对象满意度指标', '沿河居民满意度', '≥90%', '93%', '10'],
          ['总分', '', '', '', '', '92.2'],
          ['备注', '正向指标得分=权重×B/A； 反向指标得分=权重×A/B', '', '', '', ''],
        ],
        repairs: [],
      },
    ]);
  });

  test("执行率 + flat list: the title is the table's first row, alignment colons in the separator", () => {
    expect(summarizeGrids(readMarkdownTables(fixtureText('markdown-department-flat.md')))).toEqual([
      {
        layout: 'markdown',
        title: '部门整体支出绩效自评表（2023年度）',
        rows: [
          ['单位名称', '某区示例局', '自评总分(分)', '96.6', '', '', '', ''],
          [
            '预算执行情况',
            '年初预算数',
            '全年预算数',
            '全年执行数',
            '执行率',
            '执行率权重',
            '执行率得分',
            '',
          ],
          ['年度资金总额', '860.00', '912.00', '893.76', '98.00%', '10', '9.8', ''],
          [
            '指标名称',
            '计量单位',
            '指标性质',
            '年初指标值',
            '全年完成值',
            '得分系数(%)',
            '指标权重(分)',
            '指标得分(分)',
          ],
          ['档案数字化完成率', '%', '定量指标', '100', '96', '96', '30', '28.8'],
          ['业务培训次数', '次', '定量指标', '≥4', '5', '100', '20', '20'],
          ['窗口服务差评率', '%', '定量指标', '≤2', '0.8', '100', '20', '20'],
          ['制度执行规范性', '', '定性指标', '规范', '基本规范', '90', '20', '18'],
        ],
        repairs: [],
      },
    ]);
  });

  test('cells carry the line and column of their text', () => {
    const [grid] = readMarkdownTables('| 分值 | 得分 |\n| --- | --- |\n| 10 | 9.5 |');
    expect(grid?.rows[1]?.cells).toEqual([
      { text: '10', location: { kind: 'text', line: 3, column: 3 } },
      { text: '9.5', location: { kind: 'text', line: 3, column: 8 } },
    ]);
  });

  test('a table without a separator row is not Markdown', () => {
    expect(readMarkdownTables('| 分值 | 得分 |\n| 10 | 9.5 |')).toEqual([]);
  });
});
