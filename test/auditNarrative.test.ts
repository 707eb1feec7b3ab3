// The narrative phrasings of 自评报告 (report-layouts.md §3) read without a scheme, the checks
// they allow on their own (§4 items 2–9), and the honest exits of `jixiao audit` (0, 1, 2, 3, JSON
// on every one). Every text here is invented from the layouts' descriptions.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkNarrative } from '../src/audit/checkNarrative.js';
import type { AuditCheck } from '../src/audit/AuditCheck.js';
import type { Claim, ClaimedSheet } from '../src/audit/Claims.js';
import { extractClaims } from '../src/audit/extractClaims.js';
import { readClaims } from '../src/audit/readClaims.js';
import { runJixiao } from './support/runJixiao.js';
import {} from '../src/index.js';
import { gzDepartmentOverall2023 } from '../src/presets.js';
import { schemeToJson } from '../src/json.js';

function read(text: string): ClaimedSheet {
  const result = extractClaims(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}
/** Each claim as [value, line]. */
const at = (claims: readonly Claim[] | undefined) =>
  (claims ?? []).map((claim) => [claim.value, claim.source?.line]);
const brief = (checks: readonly AuditCheck[]) =>
  checks.map((check) => [
    check.code,
    check.name,
    check.claimed,
    check.recomputed,
    check.verdict,
    check.source?.line,
  ]);
const named = (text: string, name: string) =>
  read(text).named?.find((entry) => entry.name === name);

const scratch = mkdtempSync(join(tmpdir(), 'jixiao-narrative-'));
function withFile(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/** Example C of report-layouts.md §5.3: the narrative, then the attachment's table on one line. */
const exampleC = `某县示例局2024年度部门整体支出绩效自评报告
一、部门基本情况
某县示例局为县政府工作部门，内设股室5个，管理1家事业单位，年末实有人员38人。
主要职责是承担全县示例领域的政策执行、行业监管和公共服务工作。
二、年度绩效目标
年初设定的部门整体绩效目标包括：完成年度重点任务，业务事项按时办结，服务对象满意度不低于90%。
三、预算执行情况
2024年度年初预算数1,650.00万元，全年预算数1,860.00万元，全年执行数1,785.60万元，执行率96.00%。
其中：基本支出全年预算数1,260.00万元，执行数1,248.30万元；
项目支出全年预算数600.00万元，执行数537.30万元。
四、自评结果
本局对照规划、执行、效果三类指标逐项自评，综合评分为94.9分，评价等级为优。
（一）规划（20分）。自评得分17.5分。其中目标设定得10.5分，绩效目标细化程度扣1.5分；
预算编制得7分，基础数据准确性扣1分。
（二）执行（30分）。自评得分28.1分。其中预算执行率得9.6分，结转结余控制率得满分，
管理规范得12.5分，资产管理规范性扣1.5分。
（三）效果（50分）。自评得分49.3分。其中履职产出得29.3分，业务事项按时办结率为95%，扣0.7分；
履职效益得20分。
五、存在的问题
一是部分绩效目标细化量化不足；二是资产卡片信息更新不够及时。
六、改进措施
一是编制预算时同步细化绩效目标；二是每季度开展一次资产核对。
七、其他说明
各项指标的分值、指标值、完成值和得分详见附件。
附件：部门整体支出绩效自评表
李某 bmzt2024 5 2024-01-03T01:20:00Z 2025-02-26T07:11:09Z 2025-02-27T02:30:41Z 2052-12.1.0.15990 96.00 9F3C2A7B1D4E4F6A8B0C5D7E9F1A2B3C 7100 18400 2 1 False False True 部门整体支出绩效自评表 （2024年度） 部门（单位）名称 某县示例局 部门（单位）总体资金（万元） 资金来源 年初预算数 全年预算数 全年执行数 年度资金总额 1650.00 1860.00 1785.60 其中：基本支出 1200.00 1260.00 1248.30 项目支出 450.00 600.00 537.30 年度总体目标 年初设定目标 年度总体目标完成情况 完成年度重点任务，业务事项按时办结。 重点任务全部完成，办结率95%。 绩效指标 一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 得分 规划（20分） 目标设定（12分） 绩效目标合理性 7 符合职责 达成 7 绩效目标细化程度 5 细化量化 部分达成 3.5 预算编制（8分） 预算编制科学性 4 依据充分 达成 4 基础数据准确性 4 准确完整 部分达成 3 执行（30分） 预算执行（16分） 预算执行率 10 100% 96.00% 9.6 结转结余控制率 6 ≤5% 3.2% 6 管理规范（14分） 内部控制制度完备性 5 健全 达成 5 资产管理规范性 5 规范 部分达成 3.5 信息公开及时性 4 按时公开 达成 4 效果（50分） 履职产出（30分） 年度重点任务完成率 16 100% 100% 16 业务事项按时办结率 14 100% 95% 13.3 履职效益（20分） 服务对象满意度 12 ≥90% 94% 12 投诉事项办结率 8 100% 100% 8 合计 100 94.9
`;

describe('totals in every phrasing', () => {
  test.each([
    ['示例街道办事处2024年度部门整体支出绩效自评得分为95.5分。', '95.5'],
    ['该项目绩效自评得分95.5分，评价结论为较好。', '95.5'],
    ['经评价，自评得分 95.5 分。', '95.5'],
    ['本项目自评总分为95.5分。', '95.5'],
    ['本项目自评总得分95.5分。', '95.5'],
    ['本次自评综合评分为95.5分。', '95.5'],
    ['项目综合得分95.5分。', '95.5'],
    ['处 2023 年整体绩效自评得分 95.5 分。', '95.5'],
    ['单位名称某区示例局自评总分(分)95.3', '95.3'],
    ['自评总分（分） 95.3', '95.3'],
  ])('%s gives the total %s on line 1', (text, total) => {
    expect(at(read(text).total)).toEqual([[total, 1]]);
  });

  test('a keyword and its number broken over lines (得分为 / 86.5 分。) give the number’s line', () => {
    const text = '二、自评结论\n本单位本年度整体支出绩效自评 得分为\n86.5 分。';
    expect(at(read(text).total)).toEqual([['86.5', 3]]);
  });

  test('the Guangzhou total comes with its full marks (总分值为 100 分)', () => {
    const text = '指标体系设计总分值为 100 分，根据指标评分表，\n某街道整体绩效自评得分 95.5 分。';
    const claims = read(text);
    expect([at(claims.fullMarks), at(claims.total)]).toEqual([[['100', 1]], [['95.5', 2]]]);
  });

  test('本次自评得分 (a 二级 sentence) and a category heading’s 自评得分 are not totals', () => {
    const text =
      '1.预算执行。该项指标分值10分，本次自评得分9.5分，得分率为95%。\n（二）产出指标（50分）。自评得分48.5分。';
    const claims = read(text);
    expect([
      at(claims.total),
      at(named(text, '预算执行')?.score),
      at(named(text, '产出指标')?.score),
    ]).toEqual([[], [['9.5', 1]], [['48.5', 2]]]);
  });

  test('every total is kept, each with its line, whatever its phrasing', () => {
    const text = '综合评分为94.9分。\n……\n本局自评得分为95.9分。';
    expect(at(read(text).total)).toEqual([
      ['94.9', 1],
      ['95.9', 3],
    ]);
  });
});

describe('grades, mapped to their bands', () => {
  test.each([
    ['评价等级为优。', '优'],
    ['评价等级为"优"。', '优'],
    ['评价等级为“优”。', '优'],
    ['自评等级：良。', '良'],
    ['评价结果为优秀。', '优'],
    ['等级为良好。', '良'],
    ['评价等级为中等。', '中'],
    ['评价等级为合格。', '中'],
    ['评价等级为差。', '差'],
    ['评价等级为较差。', '差'],
    ['评价等级为不合格。', '差'],
  ])('%s reads as %s', (text, grade) => {
    expect(at(read(text).grade)).toEqual([[grade, 1]]);
  });

  test('a list of the bands (等级分为优秀、良好、中等、差) is not a grade', () => {
    expect(at(read('评价等级为优秀、良好、中等、差四档。等级分为优、良。').grade)).toEqual([]);
  });
});

describe('budget sentences', () => {
  test('全年预算数…万元，执行数…万元，执行率…%', () => {
    const [budget] = read('全年预算数1,200.00万元，执行数1,140.00万元，执行率95.00%。').budget;
    expect([
      at(budget === undefined ? [] : [budget.budget, budget.executed]),
      budget?.rate?.value,
      budget?.labels,
    ]).toEqual([
      [
        ['1,200.00', 1],
        ['1,140.00', 1],
      ],
      '95.00%',
      { budget: '全年预算数', executed: '执行数' },
    ]);
  });

  test('the Guangzhou wording (完成预算的 …%) broken over lines', () => {
    const [budget] = read(
      '全年预算数 1,200.00\n万元，执行数 1,140.00 万元，完成预算的 95.00%。',
    ).budget;
    expect([
      budget?.budget.value,
      budget?.executed.source?.line,
      at(budget?.rate ? [budget.rate] : []),
    ]).toEqual(['1,200.00', 2, [['95.00%', 2]]]);
  });

  test('年初预算数, 调整后预算数, 实际支出, 预算执行率为: the rate divides by the adjusted budget', () => {
    const text =
      '年初预算数1,050.00万元，调整后预算数1,200.00万元，实际支出1,140.00万元，预算执行率为95.00%。';
    const [budget] = read(text).budget;
    expect([
      budget?.initial?.value,
      budget?.budget.value,
      budget?.executed.value,
      budget?.rate?.value,
      budget?.labels,
    ]).toEqual([
      '1,050.00',
      '1,200.00',
      '1,140.00',
      '95.00%',
      { budget: '调整后预算数', executed: '实际支出' },
    ]);
    expect(brief(checkNarrative(read(text)).checks)).toEqual([
      ['execution_rate', '预算执行率', '95.00%', '95.00%', 'consistent', 1],
    ]);
  });

  test('其中：基本支出…万元，项目支出…万元 are parts that must add up to the budget', () => {
    const text =
      '全年预算数1,200.00万元，执行数1,140.00万元，执行率95.00%。\n其中：基本支出780.00万元，项目支出420.00万元。';
    const claims = read(text);
    expect(
      claims.budget[0]?.parts?.map((part) => [
        part.name,
        part.budget?.value,
        part.budget?.source?.line,
      ]),
    ).toEqual([
      ['基本支出', '780.00', 2],
      ['项目支出', '420.00', 2],
    ]);
    expect(brief(checkNarrative(claims).checks)).toEqual([
      ['execution_rate', '执行率', '95.00%', '95.00%', 'consistent', 1],
      ['budget_parts', '全年预算数', '1,200.00', '1,200.00', 'consistent', 1],
    ]);
    const off = read(text.replace('420.00', '402.00'));
    expect(brief(checkNarrative(off).findings)).toEqual([
      ['budget_parts', '全年预算数', '1,200.00', '1,182.00', 'inconsistent', 1],
    ]);
  });

  test('预算执行率为95.00%，该项得9.5分 gives the budget sentence its score', () => {
    const text = '全年预算数1,200.00万元，执行数1,140.00万元。预算执行率为95.00%，该项得9.5分。';
    expect(
      at(
        read(text)
          .budget.map((budget) => budget.score)
          .filter((each) => each !== undefined),
      ),
    ).toEqual([['9.5', 1]]);
  });

  test('到位 is not 执行: 年初批复预算…，全年到位资金… gives no budget sentence and says why', () => {
    const claims = read('年初批复预算1,000.00万元，全年到位资金950.00万元。');
    expect([claims.budget, claims.unplaced.map((each) => [each.line, each.reason])]).toEqual([
      [],
      [[1, '全年到位资金 is money received, not spent (执行): no execution rate is taken from it']],
    ]);
  });

  test('a stated rate that is not 执行数 ÷ 预算数 at its printed precision is a finding', () => {
    const claims = read('全年预算数1,200.00万元，执行数1,140.00万元，执行率96.00%。');
    expect(brief(checkNarrative(claims).findings)).toEqual([
      ['execution_rate', '执行率', '96.00%', '95.00%', 'inconsistent', 1],
    ]);
  });
});

describe('category and indicator scores', () => {
  test('产出指标分值50分，自评得分48.5分', () => {
    const text = '产出指标分值50分，自评得分48.5分。\n效益指标分值30分，得分27.5分。';
    expect([
      named(text, '产出指标')?.form,
      at(named(text, '产出指标')?.weight),
      at(named(text, '产出指标')?.score),
      at(named(text, '效益指标')?.score),
    ]).toEqual(['sentence', [['50', 1]], [['48.5', 1]], [['27.5', 2]]]);
  });

  test('（二）产出指标（50分）：得48.5分，扣1.5分 — weight, score and deduction, all checked', () => {
    const text =
      '（二）产出指标（50分）：得48.5分，扣1.5分。\n三、满意度指标（10分）：得9分，扣2分。';
    const claims = read(text);
    expect([
      named(text, '产出指标')?.form,
      at(named(text, '产出指标')?.deduction),
      named(text, '满意度指标')?.form,
    ]).toEqual(['heading-paren-numeral', [['1.5', 1]], 'heading-numeral']);
    expect(brief(checkNarrative(claims).checks)).toEqual([
      ['score_within_weight', '产出指标', '48.5', '48.5', 'consistent', 1],
      ['deduction', '产出指标', '1.5', '1.5', 'consistent', 1],
      ['score_within_weight', '满意度指标', '9', '9', 'consistent', 2],
      ['deduction', '满意度指标', '2', '1', 'inconsistent', 2],
    ]);
  });

  test('其中：预算执行9.5分，产出指标48.5分，… are parts summing to the total', () => {
    const text =
      '该项目绩效自评得分95.5分。其中：预算执行9.5分，产出指标48.5分，效益指标27.5分，满意度指标10分。';
    const claims = read(text);
    expect(
      claims.breakdowns?.map((each) => [
        each.of,
        each.whole.value,
        each.parts.map((part) => part.name),
      ]),
    ).toEqual([['总分', '95.5', ['预算执行', '产出指标', '效益指标', '满意度指标']]]);
    expect(brief(checkNarrative(claims).checks)).toEqual([
      ['parts_sum', '总分', '95.5', '95.5', 'consistent', 1],
    ]);
    expect(brief(checkNarrative(read(text.replace('27.5', '26.5'))).findings)).toEqual([
      ['parts_sum', '总分', '95.5', '94.5', 'inconsistent', 1],
    ]);
  });

  test('满意度指标得满分 means score = weight; 该项不得分 is 0; 扣0.5分 is weight − score', () => {
    const text = [
      '（四）满意度指标（10分）。自评得分10分，满意度指标得满分。',
      '3.绩效管理制度建设（5分）。该项不得分。',
      '4.资产盘点情况（1分）：得0.5分。资产盘点情况扣0.5分。',
    ].join('\n');
    const claims = read(text);
    expect([
      at(named(text, '满意度指标')?.fullMarks),
      at(named(text, '绩效管理制度建设')?.score),
      at(named(text, '资产盘点情况')?.deduction),
    ]).toEqual([[['满分', 1]], [['0', 2]], [['0.5', 3]]]);
    expect(brief(checkNarrative(claims).checks)).toEqual([
      ['score_within_weight', '满意度指标', '10', '10', 'consistent', 1],
      ['full_marks', '满意度指标', '10', '10', 'consistent', 1],
      ['score_within_weight', '绩效管理制度建设', '0', '0', 'consistent', 2],
      ['score_within_weight', '资产盘点情况', '0.5', '0.5', 'consistent', 3],
      ['deduction', '资产盘点情况', '0.5', '0.5', 'consistent', 3],
    ]);
  });

  test('a category score above its weight is a finding', () => {
    expect(brief(checkNarrative(read('产出指标分值50分，自评得分52分。')).findings)).toEqual([
      ['score_within_weight', '产出指标', '52', '50', 'inconsistent', 1],
    ]);
  });

  test('the Guangzhou 二级 sentence without a scheme is a claim by its heading’s name, rate checked', () => {
    const text = '4.绩效管理。该项指标分值 15 分，本次自评得分 9 分，得分率为 60%。';
    expect([at(named(text, '绩效管理')?.weight), at(named(text, '绩效管理')?.scoreRate)]).toEqual([
      [['15', 1]],
      [['60%', 1]],
    ]);
    expect(brief(checkNarrative(read(text.replace('60%', '65%'))).findings)).toEqual([
      ['score_rate', '绩效管理', '65%', '60%', 'inconsistent', 1],
    ]);
  });
});

describe('Example C’s narrative, read without a scheme', () => {
  const claims = read(exampleC);

  test('total 94.9, grade 优, budget 1,860.00 / 1,785.60 / 96.00% with parts 1,260.00 + 600.00, categories 17.5 / 28.1 / 49.3', () => {
    const [budget] = claims.budget;
    expect({
      total: at(claims.total),
      grade: at(claims.grade),
      budget: [
        budget?.budget.value,
        budget?.executed.value,
        budget?.rate?.value,
        budget?.budget.source?.line,
      ],
      parts: budget?.parts?.map((part) => [part.name, part.budget?.value, part.executed?.value]),
      budgets: claims.budget.length,
      categories: ['规划', '执行', '效果'].map((name) => [
        at(named(exampleC, name)?.weight),
        at(named(exampleC, name)?.score),
      ]),
    }).toEqual({
      total: [['94.9', 12]],
      grade: [['优', 12]],
      budget: ['1,860.00', '1,785.60', '96.00%', 8],
      parts: [
        ['基本支出', '1,260.00', '1,248.30'],
        ['项目支出', '600.00', '537.30'],
      ],
      budgets: 1,
      categories: [
        [[['20', 13]], [['17.5', 13]]],
        [[['30', 15]], [['28.1', 15]]],
        [[['50', 17]], [['49.3', 17]]],
      ],
    });
  });

  test('every check holds: the parts, the budget, the categories summing to 94.9, the grade', () => {
    const report = checkNarrative(claims);
    expect(brief(report.checks)).toEqual([
      ['execution_rate', '执行率', '96.00%', '96.00%', 'consistent', 8],
      ['budget_parts', '全年预算数', '1,860.00', '1,860.00', 'consistent', 8],
      ['budget_parts', '全年执行数', '1,785.60', '1,785.60', 'consistent', 8],
      ['score_within_weight', '规划', '17.5', '17.5', 'consistent', 13],
      ['score_within_weight', '执行', '28.1', '28.1', 'consistent', 15],
      ['score_within_weight', '效果', '49.3', '49.3', 'consistent', 17],
      ['parts_sum', '规划', '17.5', '17.5', 'consistent', 13],
      ['parts_sum', '效果', '49.3', '49.3', 'consistent', 17],
      ['total_sum', '总分', '94.9', '94.9', 'consistent', 12],
      ['grade', '等级', '优', '优', 'consistent', 12],
    ]);
    // 执行's list has 结转结余控制率得满分, whose weight the narrative does not state.
    expect(report.skipped?.map((each) => [each.what, each.source?.line])).toContainEqual([
      '「执行」的其中各项',
      15,
    ]);
  });

  test('through the CLI without --scheme: no scheme applied, exit 0, coverage stated', () => {
    const run = runJixiao('audit', withFile('example-c.txt', exampleC));
    const lines = run.stdout.split('\n');
    expect([run.code, run.stderr, lines[0], lines[1], lines.at(-2)]).toEqual([
      0,
      '',
      '方案：无（未给 --scheme：文本点名 gz-department-overall@2023 的指标不足 2 个（0 个），不套用方案，只做不依赖方案的核对（等级按全国通用档次））',
      '读出：总分 1 处，总分值 0 处，等级 1 处，预算句 1 处（其中部分 2 项），方案指标 0 个，按名称的指标 14 个，“其中”得分列表 3 个，“三公”句 0 处，未能归属 0 处',
      // The narrative's 10 checks, the attached table's 50 and the narrative's 9 scores by name
      // against the table's (test/auditTables.test.ts).
      '共核对 69 项，不一致 0 项',
    ]);
  });

  test('a budget part changed (1,260.00 → 1,206.00) is a budget_parts finding, exit 1', () => {
    const altered = exampleC.replace(
      '基本支出全年预算数1,260.00万元',
      '基本支出全年预算数1,206.00万元',
    );
    expect(brief(checkNarrative(read(altered)).findings)).toEqual([
      ['budget_parts', '全年预算数', '1,860.00', '1,806.00', 'inconsistent', 8],
    ]);
    const run = runJixiao('audit', withFile('example-c-part.txt', altered), '--lang', 'en');
    expect([
      run.code,
      run.stdout.includes(
        '  line 8: "全年预算数" claims 1,860.00, but the sum of its 其中 parts is 1,806.00 (off by 54)',
      ),
    ]).toEqual([1, true]);
  });

  test('a score part changed (目标设定 10.5 → 10) is a parts_sum finding', () => {
    const altered = exampleC.replace('目标设定得10.5分', '目标设定得10分');
    expect(brief(checkNarrative(read(altered)).findings)).toEqual([
      ['parts_sum', '规划', '17.5', '17', 'inconsistent', 13],
    ]);
  });

  test('a grade of 良 with a total of 94.9 is a grade finding, exit 1', () => {
    const altered = exampleC.replace('评价等级为优', '评价等级为良');
    const report = checkNarrative(read(altered));
    expect([brief(report.findings), report.findings[0]?.message.zh]).toEqual([
      [['grade', '等级', '良', '优', 'inconsistent', 12]],
      '声称等级 良，但总分 94.9 对应 优',
    ]);
    expect(runJixiao('audit', withFile('example-c-grade.txt', altered)).code).toBe(1);
  });

  test('the total restated as 95.9 in another phrasing is a conflicting_claims finding, exit 1', () => {
    const altered = exampleC.replace(
      '各项指标的分值、指标值、完成值和得分详见附件。',
      '本局2024年度部门整体支出绩效自评得分为95.9分，各项指标详见附件。',
    );
    const report = checkNarrative(read(altered));
    expect([
      brief(report.findings),
      report.findings.find((each) => each.code === 'conflicting_claims')?.message.zh,
    ]).toEqual([
      [
        ['total_sum', '总分', '95.9', '94.9', 'inconsistent', 24],
        ['conflicting_claims', '总分', '95.9', '94.9', 'inconsistent', 24],
      ],
      '「总分」的得分前后矛盾：第 12 行为 94.9，第 24 行为 95.9（相差 1）',
    ]);
    expect(runJixiao('audit', withFile('example-c-total.txt', altered)).code).toBe(1);
  });
});

describe('其中 lists of scores wherever they stand', () => {
  const parts = (text: string) =>
    read(text).breakdowns?.map((each) => [
      each.of,
      each.whole.value,
      each.parts.map((part) => [part.name, part.score.value]),
    ]);

  test('after the total and a grade on the same line, 其中：… breaks the total down', () => {
    expect(
      parts(
        '综合评分为94.2分，评价等级为优。其中：预算执行9.7分，产出指标47分，效益指标28分，满意度指标10分。',
      ),
    ).toEqual([
      [
        '总分',
        '94.2',
        [
          ['预算执行', '9.7'],
          ['产出指标', '47'],
          ['效益指标', '28'],
          ['满意度指标', '10'],
        ],
      ],
    ]);
  });

  test('其中 without a colon, with 规划/执行/效果 names, after the total and its grade', () => {
    const text =
      '本局部门整体支出绩效综合评分为94.7分，评价等级为优。其中规划18分，执行28.7分，效果48分。';
    expect([parts(text), brief(checkNarrative(read(text)).findings)]).toEqual([
      [
        [
          '总分',
          '94.7',
          [
            ['规划', '18'],
            ['执行', '28.7'],
            ['效果', '48'],
          ],
        ],
      ],
      [],
    ]);
  });

  test('a 其中 list whose parts do not make up the total on the same line is a finding', () => {
    const text = '自评总分为90分，等级为优。其中：规划18分，执行28分，效果45分。';
    expect(brief(checkNarrative(read(text)).findings)).toEqual([
      ['parts_sum', '总分', '90', '91', 'inconsistent', 1],
    ]);
  });

  test('a 其中 list after another number (a budget amount) is not the total’s', () => {
    const text = '自评得分为90分，全年执行数80万元。其中：基本支出50万元，项目支出30万元。';
    expect(read(text).breakdowns ?? []).toEqual([]);
  });
});

describe('其中 lists of scores after a deduction, a score rate or a line break', () => {
  /** The trial's list (3 + 4 + 4 + 14 + 9.5 + 9 + 4 = 47.5), after a claimed 48. */
  const list =
    '其中：预算编制3分，预算执行4分，信息公开4分，绩效管理14分，采购管理9.5分，资产管理9分，运行成本4分。';
  const listed = [
    ['预算编制', '3'],
    ['预算执行', '4'],
    ['信息公开', '4'],
    ['绩效管理', '14'],
    ['采购管理', '9.5'],
    ['资产管理', '9'],
    ['运行成本', '4'],
  ];
  const parts = (text: string) =>
    read(text).breakdowns?.map((each) => [
      each.of,
      each.whole.value,
      each.parts.map((part) => [part.name, part.score.value]),
    ]);
  const sums = (text: string) =>
    brief(checkNarrative(read(text)).checks).filter(([code]) => code === 'parts_sum');

  test('得N分，扣M分。其中：… after a heading breaks the category down, and the sum is checked', () => {
    const text = `（二）管理效率（50分）：得48分，扣2分。${list}`;
    expect([parts(text), sums(text)]).toEqual([
      [['管理效率', '48', listed]],
      [['parts_sum', '管理效率', '48', '47.5', 'inconsistent', 1]],
    ]);
  });

  test('得N分（扣M分）。其中：… after a heading breaks the category down and reads the deduction', () => {
    const text = `（二）管理效率（50分）：得48分（扣2分）。${list}`;
    expect([parts(text), at(named(text, '管理效率')?.deduction), read(text).unplaced]).toEqual([
      [['管理效率', '48', listed]],
      [['2', 1]],
      [],
    ]);
  });

  test('name得分N分，其中… with no heading breaks the named score down', () => {
    const text = `管理效率得分48分，${list}`;
    expect([parts(text), sums(text)]).toEqual([
      [['管理效率', '48', listed]],
      [['parts_sum', '管理效率', '48', '47.5', 'inconsistent', 1]],
    ]);
  });

  test('name得N分（扣M分），其中… with no heading breaks it down and places the deduction', () => {
    const text = `履职效能得48.5分（扣1.5分），其中：产出指标19.5分，效益指标19.2分，部门预算资金支出率9.8分。`;
    expect([parts(text), at(named(text, '履职效能')?.deduction), read(text).unplaced]).toEqual([
      [
        [
          '履职效能',
          '48.5',
          [
            ['产出指标', '19.5'],
            ['效益指标', '19.2'],
            ['部门预算资金支出率', '9.8'],
          ],
        ],
      ],
      [['1.5', 1]],
      [],
    ]);
  });

  test('a 其中 list on the next line after 得N分，扣M分。 is the heading’s, its line given', () => {
    const text = `（二）管理效率（50分）：得48分，扣2分。\n${list}`;
    expect([parts(text), sums(text)]).toEqual([
      [['管理效率', '48', listed]],
      [['parts_sum', '管理效率', '48', '47.5', 'inconsistent', 1]],
    ]);
  });

  test('a 其中 list after a 分值 sentence’s 得分率 and 扣 clauses breaks its score down', () => {
    const text = `管理效率分值50分，自评得分48分，得分率为96%，扣2分。\n${list}`;
    expect(parts(text)).toEqual([['管理效率', '48', listed]]);
  });

  test('a 其中 list after the total’s 扣N分 breaks the total down', () => {
    const text = '自评得分为91分，扣9分。其中：规划18分，执行28分，效果45分。';
    expect(sums(text)).toEqual([['parts_sum', '总分', '91', '91', 'consistent', 1]]);
  });

  test('a 其中 list after a deduction that is a scoring rule has no owner', () => {
    const text = '管理效率得分48分，每有1项不符扣2分。其中：预算编制3分，预算执行4分。';
    expect(read(text).breakdowns ?? []).toEqual([]);
  });

  test('the trial’s report (narrative-qizhong-after-deduction.txt) exits 1 through the CLI, the sum named', () => {
    const run = runJixiao('audit', 'test/fixtures/tables/narrative-qizhong-after-deduction.txt');
    expect([
      run.code,
      run.stdout.split('\n')[1],
      run.stdout.includes(
        '  第 3 行：「管理效率」声称 48，但其中所列各项得分之和为 47.5（相差 0.5）',
      ),
      run.stdout.split('\n').at(-2),
    ]).toEqual([
      1,
      '读出：总分 1 处，总分值 0 处，等级 1 处，预算句 0 处（其中部分 0 项），方案指标 0 个，按名称的指标 12 个，“其中”得分列表 2 个，“三公”句 0 处，未能归属 0 处',
      true,
      '共核对 8 项，不一致 1 项',
    ]);
  });
});

describe('the budget rate is labelled by the text’s own word', () => {
  const label = (text: string) =>
    checkNarrative(read(text))
      .checks.filter((check) => check.code === 'execution_rate')
      .map((check) => check.name);

  test('执行率 is labelled 执行率, 完成预算的 is labelled 完成预算的比例', () => {
    expect([
      label('全年预算数100.00万元，执行数96.00万元，执行率96.00%。'),
      label('全年预算数100.00万元，执行数96.00万元，预算执行率为96.00%。'),
      label('全年预算数100.00万元，执行数96.00万元，完成预算的96.00%。'),
    ]).toEqual([['执行率'], ['预算执行率'], ['完成预算的比例']]);
  });
});

describe('honest exits of jixiao audit', () => {
  test('a text with only a total exits 3, saying why, in the table and in JSON', () => {
    const file = withFile('only-total.txt', '示例项目绩效自评报告\n该项目绩效自评得分95.5分。\n');
    const table = runJixiao('audit', file);
    expect([table.code, table.stdout.split('\n').slice(4)]).toEqual([
      3,
      [
        '读出的内容不足以核对：没有可与之比对的数字（退出码 3）。',
        '',
        '未能核对的内容：',
        '  2: 总分 95.5（总分只写了一次，且没有可与之相加比对的各类指标得分或等级）',
        '',
        '共核对 0 项，不一致 0 项',
        '',
      ],
    ]);
    const json = runJixiao('audit', file, '--format', 'json');
    const parsed = JSON.parse(json.stdout) as {
      exit: number;
      status: string;
      consistent: boolean;
      coverage: {
        scheme: { how: string };
        read: { totals: number };
        checks: number;
        skipped: { what: string }[];
      };
    };
    expect([
      json.code,
      parsed.exit,
      parsed.status,
      parsed.consistent,
      parsed.coverage.scheme.how,
      parsed.coverage.read.totals,
      parsed.coverage.checks,
      parsed.coverage.skipped.map((each) => each.what),
    ]).toEqual([3, 3, 'too_little_to_check', false, 'none', 1, 0, ['总分 95.5']]);
  });

  test('a total with a grade that follows it is one check: exit 0', () => {
    const run = runJixiao('audit', withFile('total-grade.txt', '综合得分95.5分，评价等级为优秀。'));
    expect([run.code, run.stdout.trimEnd().split('\n').at(-1)]).toEqual([
      0,
      '共核对 1 项，不一致 0 项',
    ]);
  });

  test('text with nothing readable exits 2, says what was looked for, assumes no 部门整体 report; JSON too', () => {
    const file = withFile('poem.txt', '床前明月光，疑是地上霜。');
    const table = runJixiao('audit', file);
    expect([
      table.code,
      table.stdout,
      table.stderr.includes('部门整体'),
      table.stderr.includes('已查找：总分'),
    ]).toEqual([2, '', false, true]);
    const json = runJixiao('audit', file, '--format', 'json');
    const parsed = JSON.parse(json.stdout) as {
      exit: number;
      status: string;
      issues: { code: string }[];
      errors: string[];
    };
    expect([
      json.code,
      parsed.exit,
      parsed.status,
      parsed.issues.map((each) => each.code),
      parsed.errors.length,
    ]).toEqual([2, 2, 'unusable', ['no_claims'], 1]);
  });

  test('a missing file and an unknown --scheme exit 2 with JSON on standard output', () => {
    const missing = runJixiao('audit', join(scratch, 'none.txt'), '--format', 'json');
    const unknown = runJixiao(
      'audit',
      withFile('x.txt', '综合得分95.5分'),
      '--scheme',
      'nope@1',
      '--format',
      'json',
    );
    const status = (stdout: string) => {
      const parsed = JSON.parse(stdout) as { exit: number; status: string; errors: string[] };
      return [parsed.exit, parsed.status, parsed.errors.length > 0];
    };
    expect([missing.code, status(missing.stdout), unknown.code, status(unknown.stdout)]).toEqual([
      2,
      [2, 'unusable', true],
      2,
      [2, 'unusable', true],
    ]);
  });

  test('--scheme takes a scheme file (.json), read and parsed; the coverage names it', () => {
    const schemeFile = withFile(
      'scheme.json',
      JSON.stringify(schemeToJson(gzDepartmentOverall2023.skeleton())),
    );
    const report = runJixiao('score', '--format', 'report').stdout;
    const run = runJixiao('audit', withFile('generated.txt', report), '--scheme', schemeFile);
    expect([run.code, run.stdout.split('\n')[0]]).toEqual([
      0,
      `方案：gz-department-overall@2023（方案文件 ${schemeFile}）`,
    ]);
    const broken = runJixiao(
      'audit',
      withFile('g.txt', report),
      '--scheme',
      withFile('bad.json', '{"indicators": 5}'),
    );
    expect(broken.code).toBe(2);
  });
});

describe('the narrative reader on hostile text', () => {
  const steps = (text: string): number => {
    const meter = { steps: 0 };
    readClaims(text, { top: [], nodes: [] }, meter);
    return meter.steps;
  };
  const fill = (unit: string, length: number): string =>
    unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const pathological: Readonly<Record<string, (length: number) => string>> = {
    '自评得分 repeated': (n) => fill('自评得分', n),
    'totals then 其中 lists that never end': (n) =>
      `自评得分95.5分。其中${fill('预算执行9.5分，', n)}`,
    'headings that never close': (n) => fill('（一）规划（20', n),
    'names before 扣 with no number': (n) => fill('绩效目标细化程度扣', n),
    'budget labels repeated': (n) => fill('全年预算数1万元，执行数', n),
    'budget parts that never end': (n) =>
      `全年预算数1万元，执行数1万元。其中：${fill('基本支出全年预算数1万元，', n)}`,
    'grades with no word': (n) => fill('评价等级为', n),
    '分值 with no number': (n) => fill('产出指标分值', n),
  };

  test('reading takes at most 32 steps a character at 5k, 20k and 80k characters', () => {
    const perCharacter = Object.entries(pathological).map(([name, make]) => {
      const counts = [5_000, 20_000, 80_000].map((length) => steps(make(length)) / length);
      const [smallest = 0, , largest = 0] = counts;
      return [name, counts.every((count) => count <= 32), largest <= smallest * 1.05 + 0.01];
    });
    expect(perCharacter).toEqual(Object.keys(pathological).map((name) => [name, true, true]));
  });

  test('random mixes of the phrasings’ words, numbers and separators are read and checked without a throw', () => {
    const words = [
      '自评得分',
      '综合评分为',
      '等级为',
      '优秀',
      '全年预算数',
      '执行数',
      '执行率',
      '万元',
      '分值',
      '分',
      '得',
      '扣',
      '满分',
      '不得分',
      '其中',
      '：',
      '，',
      '。',
      '（一）',
      '（',
      '）',
      '1.',
      '%',
      '95.5',
      '10',
      '1,200.00',
      ' ',
      '\n',
      '该项',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (parts) => {
        const result = extractClaims(parts.join(''));
        if (!result.ok) return false;
        return checkNarrative(result.value).checks.length >= 0;
      }),
      { numRuns: 200 },
    );
  });
});
