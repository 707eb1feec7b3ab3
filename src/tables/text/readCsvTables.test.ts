import { describe, expect, test } from 'vitest';
import { fixtureText, summarizeGrids } from '../../../test/support/fixtureGrids.js';
import { readCsvTables } from './readCsvTables.js';

describe('CSV tables (RFC 4180)', () => {
  test('10 + 90 with a BOM: quoted amounts, doubled quotes, a line break inside quotes, an OWASP-guarded cell', () => {
    expect(summarizeGrids(readCsvTables(fixtureText('csv-project-10-90.csv')))).toEqual([
      {
        layout: 'csv',
        title: '部门预算项目支出绩效自评表（2024年度）',
        rows: [
          ['项目名称', '99000000X000000000051-示例河湖巡查项目', '', '', '', '', '', '', '', ''],
          [
            '年度预算数(万元)',
            '年初预算',
            '调整后预算数',
            '预算执行数',
            '预算执行率',
            '权重',
            '得分',
            '原因',
            '',
            '',
          ],
          ['总额', '1,200.00', '1,250.00', '1,187.50', '95.00%', '10', '9.5', '', '', ''],
          ['其中：财政资金', '1,200.00', '1,250.00', '1,187.50', '95.00%', '/', '/', '', '', ''],
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
          ['产出指标', '数量指标', '巡查河段数', '≥', '48', '段', '48', '30', '30', ''],
          [
            '',
            '质量指标',
            '问题"即查即改"率',
            '≥',
            '95',
            '%',
            '93',
            '30',
            '29.37',
            '两处问题整改\n跨年完成',
          ],
          ['效益指标', '生态效益指标', '水质达标断面比例', '≥', '90', '%', '92', '20', '20', ''],
          [
            '满意度指标',
            '服务对象满意度指标',
            '沿河群众满意度',
            '≥',
            '90',
            '%',
            '88',
            '10',
            '9.78',
            '=满意度调查样本偏少',
          ],
          ['合计', '', '', '', '', '', '', '100', '98.65', ''],
        ],
        repairs: [],
      },
    ]);
  });

  test('20 + 80 separated by tabs with CRLF line ends, the score header printing its rule', () => {
    expect(summarizeGrids(readCsvTables(fixtureText('csv-20-80-tab.tsv')))).toEqual([
      {
        layout: 'csv',
        title: '项目支出绩效自评表（2023年度）',
        rows: [
          ['项目名称', '示例农田灌溉渠道维护项目', '', '', '', ''],
          [
            '预算执行情况（万元）（20分）',
            '预算数(A)',
            '执行数(B)',
            '执行率(B/A)',
            '得分（20分×执行率）',
            '',
          ],
          ['年度财政资金总额', '80.00', '76.00', '95.00%', '19', ''],
          ['年度绩效目标（80分）', '', '', '', '', ''],
          ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
          ['产出指标（50分）', '数量指标', '维护渠道长度', '≥30公里', '30公里', '30'],
          ['', '时效指标', '汛期前完工率', '100%', '100%', '20'],
          ['效益指标（20分）', '经济效益指标', '受益农田面积', '≥5000亩', '5200亩', '20'],
          ['满意度指标（10分）', '服务对象满意度指标', '受益农户满意度', '≥90%', '85%', '9.44'],
          ['总分', '', '', '', '', '98.44'],
        ],
        repairs: [],
      },
    ]);
  });

  test('the locations are the original lines: a field after a quoted line break is one line down', () => {
    const [grid] = readCsvTables(fixtureText('csv-project-10-90.csv'));
    expect(grid?.title?.location).toEqual({ kind: 'text', line: 1, column: 2 });
    expect(grid?.rows[6]?.cells[9]).toEqual({
      text: '两处问题整改\n跨年完成',
      location: { kind: 'text', line: 8, column: 40 },
    });
    expect(grid?.rows[7]?.cells[0]?.location).toEqual({ kind: 'text', line: 10, column: 1 });
  });

  test('semicolons separate when they split the text consistently', () => {
    const [grid] = readCsvTables('分值;得分;原因\n10;9,5;"a;b"\n');
    expect(grid?.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['分值', '得分', '原因'],
      ['10', '9,5', 'a;b'],
    ]);
  });

  test("a leading ' is removed only before = + - @", () => {
    const [grid] = readCsvTables("分值,得分,原因,备注\n10,9,'=A1,'-2\n10,9,'abc,'@x\n");
    expect(grid?.rows.slice(1).map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['10', '9', '=A1', '-2'],
      ['10', '9', "'abc", '@x'],
    ]);
  });

  test('text whose lines do not split into one width is no CSV table', () => {
    expect(readCsvTables('全年预算数1,200.00万元，执行数1,140.00万元。\n执行率95.00%。')).toEqual(
      [],
    );
  });
});
