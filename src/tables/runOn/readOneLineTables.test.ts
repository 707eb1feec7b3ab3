import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CellGrid } from '../CellGrid.js';
import { checkScoreTable } from '../checks/checkScoreTable.js';
import { readTables } from '../readTables.js';
import { readScoreTable } from '../scoreTable/readScoreTable.js';
import { readOneLineTables } from './readOneLineTables.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/tables/${name}`, import.meta.url), 'utf8');
const texts = (grid: CellGrid | undefined): string[][] =>
  grid?.rows.map((row) => row.cells.map((cell) => cell.text)) ?? [];
const repairs = (grid: CellGrid | undefined): [string, boolean][] =>
  grid?.repairs.map((repair) => [repair.code, repair.guess === true]) ?? [];

describe('layout (c): the whole table on one line, document properties first', () => {
  test('Example C (§5.3): the narrative gives nothing, the attachment line gives its rows in the header order', () => {
    const grids = readOneLineTables(fixture('oneline-example-c.txt'));
    expect(grids).toHaveLength(1);
    const [grid] = grids;
    expect(grid?.layout).toBe('one-line');
    expect(grid?.title).toEqual({
      text: '部门整体支出绩效自评表（2024年度）',
      location: { kind: 'text', line: 26, column: 167 },
    });
    expect(texts(grid)).toEqual([
      ['部门（单位）名称', '某县示例局'],
      ['部门（单位）总体资金（万元）', '资金来源', '年初预算数', '全年预算数', '全年执行数'],
      ['年度资金总额', '', '1650.00', '1860.00', '1785.60'],
      ['其中：基本支出', '', '1200.00', '1260.00', '1248.30'],
      ['项目支出', '', '450.00', '600.00', '537.30'],
      ['年度总体目标', '年初设定目标', '年度总体目标完成情况'],
      ['完成年度重点任务，业务事项按时办结。', '重点任务全部完成，办结率95%。'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分'],
      ['规划（20分）', '目标设定（12分）', '绩效目标合理性', '7', '符合职责', '达成', '7'],
      ['绩效目标细化程度', '5', '细化量化', '部分达成', '3.5'],
      ['预算编制（8分）', '预算编制科学性', '4', '依据充分', '达成', '4'],
      ['基础数据准确性', '4', '准确完整', '部分达成', '3'],
      ['执行（30分）', '预算执行（16分）', '预算执行率', '10', '100%', '96.00%', '9.6'],
      ['结转结余控制率', '6', '≤5%', '3.2%', '6'],
      ['管理规范（14分）', '内部控制制度完备性', '5', '健全', '达成', '5'],
      ['资产管理规范性', '5', '规范', '部分达成', '3.5'],
      ['信息公开及时性', '4', '按时公开', '达成', '4'],
      ['效果（50分）', '履职产出（30分）', '年度重点任务完成率', '16', '100%', '100%', '16'],
      ['业务事项按时办结率', '14', '100%', '95%', '13.3'],
      ['履职效益（20分）', '服务对象满意度', '12', '≥90%', '94%', '12'],
      ['投诉事项办结率', '8', '100%', '100%', '8'],
      ['合计', '100', '94.9'],
    ]);
    expect(repairs(grid)).toEqual([['properties_skipped', false]]);
    expect(grid?.repairs[0]?.location).toEqual({ kind: 'text', line: 26, column: 1 });
  });

  test('the properties’ 96.00 is not read as a cell, though it looks like the rate', () => {
    const [grid] = readOneLineTables(fixture('oneline-example-c.txt'));
    const cells = grid?.rows.flatMap((row) => row.cells) ?? [];
    expect(cells.filter((cell) => cell.text === '96.00')).toEqual([]);
    expect(cells.find((cell) => cell.text === '96.00%')?.location).toEqual({
      kind: 'text',
      line: 26,
      column: 575,
    });
  });

  test('§2 (c): properties skipped, empty 其他资金 row, goal texts with numbers kept as text', () => {
    const text =
      '张某 tpl0042 3 2023-01-09T02:15:00Z 2024-03-18T08:40:12Z 2024-03-20T01:05:47Z 2052-12.1.0.14207 42 0A1B2C3D4E5F60718293A4B5C6D7E8F9 5400 16800 1 0 False True False 项目支出绩效自评表 （2024年度） 项目名称 示例乡村图书室配书项目 主管部门 301-某县文化和旅游局 实施单位 301004-某县示例图书馆 项目资金 （万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 34 34 32.3 10 95% 9.5 其中：当年财政拨款 30 30 28.5 上年结转资金 4 4 3.8 其他资金 年度总体目标 预期目标 实际完成情况 为12个行政村图书室配送图书3600册。 配送图书3420册，其余已签订供货合同。 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标 数量指标 配送图书册数 ≥3600册 3420册 20 19 …';
    const [grid] = readOneLineTables(text);
    expect(grid?.title?.text).toBe('项目支出绩效自评表（2024年度）');
    expect(texts(grid)).toEqual([
      ['项目名称', '示例乡村图书室配书项目'],
      ['主管部门', '301-某县文化和旅游局'],
      ['实施单位', '301004-某县示例图书馆'],
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '34', '34', '32.3', '10', '95%', '9.5'],
      ['其中：当年财政拨款', '30', '30', '28.5', '', '', ''],
      ['上年结转资金', '4', '4', '3.8', '', '', ''],
      ['其他资金', '', '', '', '', '', ''],
      ['年度总体目标', '预期目标', '实际完成情况'],
      ['为12个行政村图书室配送图书3600册。', '配送图书3420册，其余已签订供货合同。'],
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
      ['产出指标', '数量指标', '配送图书册数', '≥3600册', '3420册', '20', '19', ''],
    ]);
    expect(repairs(grid)).toEqual([
      ['properties_skipped', false],
      ['placeholders_skipped', false],
    ]);
  });

  test('national order with reasons, a name broken by a space, an empty 其他资金 and closing texts', () => {
    const [grid] = readOneLineTables(fixture('oneline-project-national.txt'));
    expect(texts(grid)).toEqual([
      ['项目名称', '示例社区养老服务补助项目'],
      ['主管部门', '某县民政局'],
      ['实施单位', '某县示例街道办事处'],
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额：', '120.00', '150.00', '144.00', '10', '96.00%', '9.6'],
      ['其中：当年财政拨款', '100.00', '130.00', '126.00', '', '', ''],
      ['上年结转资金', '20.00', '20.00', '18.00', '', '', ''],
      ['其他资金', '', '', '', '', '', ''],
      ['年度总体目标', '预期目标', '实际完成情况'],
      [
        '为辖区800名高龄、独居老人提供助餐和上门探访服务。',
        '助餐服务全年开展，探访2300次，略低于计划。',
      ],
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
      ['产出指标(50分)', '数量指标', '助餐服务覆盖老人数', '≥800人', '856人', '10', '10', ''],
      [
        '上门探访次数',
        '≥2400次',
        '2300次',
        '10',
        '9.58',
        '部分老人年中入住养老机构，探访需求减少；下年度按实际需求调整计划数',
      ],
      ['质量指标', '服务对象档案完整率', '≥95%', '98%', '10', '10', ''],
      ['时效指标', '补助资金按季拨付及时率', '100%', '100%', '10', '10', ''],
      ['成本指标', '每餐助餐补助标准', '≤15元', '15元', '10', '10', ''],
      [
        '效益指标(30分)',
        '社会效益指标',
        '独居老人紧急求助响应',
        '及时响应',
        '达成',
        '15',
        '15',
        '',
      ],
      [
        '可持续影响指标',
        '站点长效运营机制',
        '建立并运行',
        '部分达成',
        '15',
        '11',
        '运营经费来源单一，拟引入社会资金',
      ],
      ['满意度指标(10分)', '服务对象满意度指标', '受助老人满意度', '≥90%', '93%', '10', '10', ''],
      ['总分', '100', '95.18'],
      ['评价结论', '项目自评得分95.18分，评价等级为优。'],
      ['存在问题', '站点运营经费来源单一，探访计划数偏大。'],
      ['项目负责人：王某'],
      ['财务负责人：赵某'],
    ]);
    expect(repairs(grid)).toEqual([
      ['properties_skipped', false],
      ['name_joined', true],
    ]);
    expect(grid?.repairs[1]?.message.zh).toBe(
      '名称「助餐服务覆盖老人数」由 2 段以空格分开的文字拼成',
    );
  });

  test('10 + 90 form: goals before the budget, the block title 预算执行情况(10分) a row of its own over the label column 年度预算数(万元), operator and unit in their own cells', () => {
    const [grid] = readOneLineTables(fixture('oneline-project-10-90.txt'));
    expect(texts(grid)).toEqual([
      ['项目名称', '99000000X000000000042-示例农房抗震改造项目'],
      ['主管部门', '某县住房和城乡建设局'],
      ['项目年度目标', '年度目标完成情况'],
      ['完成农房抗震改造500户。', '完成512户，竣工验收合格。'],
      ['预算执行情况(10分)'],
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
      ['总额', '0.00', '50.00', '48.00', '96.00%', '10', '9.6', ''],
      ['其中：财政资金', '0.00', '50.00', '48.00', '96.00%', '/', '/', ''],
      ['财政专户管理资金', '', '', '', '', '', '', ''],
      ['单位资金', '', '', '', '', '', '', ''],
      ['其他资金', '', '', '', '', '', '', ''],
      [
        '绩效指标(90分)',
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
      ['产出指标', '数量指标', '改造农户数', '≥', '500', '户', '512', '30', '30', ''],
      ['质量指标', '竣工验收合格率', '=', '100', '%', '100', '30', '30', ''],
      [
        '效益指标',
        '社会效益指标',
        '农户住房安全保障率',
        '≥',
        '95',
        '%',
        '93',
        '30',
        '29.37',
        '少数农户自建部分未完成验收，次年跟踪',
      ],
      ['合计', '100', '98.97'],
      ['评价结论', '项目完成情况良好。'],
      ['项目负责人：李某'],
      ['财务负责人：周某'],
    ]);
    expect(repairs(grid)).toEqual([['properties_skipped', false]]);
  });

  test('a budget row with fewer values than columns, not the amounts-only shape, is placed as a guess', () => {
    const [grid] = readOneLineTables(
      '项目支出绩效自评表 项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 10 9 90% 9 绩效指标 三级指标 分值 得分 甲 10 9',
    );
    expect(texts(grid).slice(0, 2)).toEqual([
      ['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '10', '9', '', '', '90%', '9'],
    ]);
    expect(repairs(grid)).toEqual([['cells_placed', true]]);
  });
});

const pipeTable = [
  '项目支出绩效自评表 | |||||||',
  '项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
  '年度资金总额： | 120.00 | 150.00 | 144.00 | 10 | 96.00% | 9.6 |',
  '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |',
  '产出指标(50分) | 数量指标 | 助餐服务覆盖老人数 | ≥800人 | 856人 | 10 | 10 ||',
].join('\n');

describe('layout (c) reader is conservative', () => {
  test('a | table, a title on its own line and a narrative paragraph give nothing', () => {
    expect(readOneLineTables(pipeTable)).toEqual([]);
    expect(
      readOneLineTables('项目支出绩效自评表（2024年度）\n年初预算数\n全年预算数\n全年执行数'),
    ).toEqual([]);
    expect(
      readOneLineTables(
        '本局对照规划、执行、效果三类指标逐项自评，综合评分为94.9分，评价等级为优。',
      ),
    ).toEqual([]);
  });

  test('a non-string from untyped callers gives nothing', () => {
    expect(readOneLineTables(42 as unknown as string)).toEqual([]);
  });
});

describe('layout (c): a leaf name with a space in it is one cell under its categories', () => {
  test('质量指标 修缮工程 验收合格率: 质量指标 is the 二级, 修缮工程验收合格率 the leaf', () => {
    const [grid] = readOneLineTables(
      '项目支出绩效自评表（2024年度） 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 修缮点数量 ≥6处 6处 50 50 质量指标 修缮工程 验收合格率 100% 100% 50 50 总分 100 100',
    );
    expect(texts(grid)).toEqual([
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '修缮点数量', '≥6处', '6处', '50', '50'],
      ['质量指标', '修缮工程验收合格率', '100%', '100%', '50', '50'],
      ['总分', '100', '100'],
    ]);
    expect(repairs(grid)).toEqual([['name_joined', true]]);
  });

  test('weighted 一级 names, template 二级 names, and spaced leaves under a merged 二级', () => {
    const [grid] = readOneLineTables(fixture('oneline-trial-spaced-names.txt'));
    expect(texts(grid)).toEqual([
      ['项目名称', '示例社区健身器材更新项目'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标（60分）', '数量指标', '更新器材套数', '≥40套', '40套', '20', '20'],
      ['质量指标', '器材安装验收合格率', '100%', '100%', '20', '20'],
      ['器材完好率', '≥95%', '96%', '20', '20'],
      ['满意度指标（40分）', '服务对象满意度指标', '居民满意度', '≥90%', '88%', '40', '39.1'],
      ['总分', '100', '99.1'],
    ]);
    expect(repairs(grid).map(([code]) => code)).toEqual([
      'properties_skipped',
      'name_joined',
      'name_joined',
      'name_joined',
      'name_joined',
    ]);
  });

  test('unweighted template categories throughout; spaced leaves join whether or not a category precedes them', () => {
    const [grid] = readOneLineTables(fixture('oneline-trial-merged-leaves.txt'));
    expect(texts(grid)).toEqual([
      ['项目名称', '示例村道路灯安装项目'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '安装路灯盏数', '≥120盏', '120盏', '30', '30'],
      ['时效指标', '完工时间', '9月底前', '9月底前', '20', '20'],
      ['效益指标', '社会效益指标', '夜间出行安全', '明显改善', '达成', '30', '30'],
      ['亮灯率', '≥98%', '99%', '10', '10'],
      ['满意度指标', '服务对象满意度指标', '村民满意度', '≥90%', '95%', '10', '10'],
      ['总分', '100', '100'],
    ]);
  });

  test('end to end: a t04-shaped sheet reads 产出 over its two 二级 and checks clean', () => {
    const grids = readTables(fixture('oneline-trial-merged-leaves.txt'));
    expect(grids.map((grid) => grid.layout)).toEqual(['one-line']);
    const [grid] = grids;
    if (grid === undefined) throw new Error('no grid');
    const table = readScoreTable(grid);
    const tree = table.indicators?.roots.map((node) => [
      node.name,
      node.children.map((child) => [child.name, child.children.map((leaf) => leaf.name)]),
    ]);
    expect(tree).toEqual([
      [
        '产出指标',
        [
          ['数量指标', ['安装路灯盏数']],
          ['时效指标', ['完工时间']],
        ],
      ],
      ['效益指标', [['社会效益指标', ['夜间出行安全', '亮灯率']]]],
      ['满意度指标', [['服务对象满意度指标', ['村民满意度']]]],
    ]);
    const report = checkScoreTable(table);
    expect(report.ok && report.value.findings.map((check) => check.code)).toEqual([]);
  });
});
