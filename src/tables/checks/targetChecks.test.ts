import { describe, expect, test } from 'vitest';
import { gridOf } from '../../../test/fixtures/tables/grid-build.js';
import { exampleARows } from '../../../test/fixtures/tables/grid-exampleA.js';
import { exampleBRows, exampleBTitle } from '../../../test/fixtures/tables/grid-exampleB.js';
import { exampleCRows } from '../../../test/fixtures/tables/grid-exampleC.js';
import { tenNinetyRows, twentyEightyRows } from '../../../test/fixtures/tables/grid-variants.js';
import { readScoreTable } from '../scoreTable/readScoreTable.js';
import { checkScoreTable } from './checkScoreTable.js';
import type { TableCheck, TableCheckReport } from './TableCheck.js';
import { targetChecks } from './targetChecks.js';

const nationalHeader = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];

/** A table of one indicator row under the national header (and a 总分 row). */
const oneRow = (target: string, actual: string, weight: string, score: string) => [
  nationalHeader,
  ['产出指标', '数量指标', '培训人数', target, actual, weight, score, '原因'],
];

/** The 10 + 90 header: 指标性质 | 指标值 | 度量单位 as three cells. */
const unitHeader = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '指标值',
  '度量单位',
  '完成值',
  '权重',
  '得分',
];

function report(rows: readonly (readonly string[])[], title?: string): TableCheckReport {
  const result = checkScoreTable(readScoreTable(gridOf('pipe', rows, 'row', title)));
  if (!result.ok) throw new Error(result.issues[0].message.en);
  return result.value;
}

/** The target_score checks of a table. */
const targetsOf = (rows: readonly (readonly string[])[], title?: string): TableCheck[] =>
  report(rows, title).checks.filter((each) => each.code === 'target_score');

/** The fields a test compares exactly. */
const summary = (check: TableCheck | undefined) =>
  check === undefined
    ? undefined
    : {
        code: check.code,
        verdict: check.verdict,
        claimed: check.claimed,
        expected: check.expected,
        difference: check.difference,
        arithmetic: check.arithmetic,
        message: check.message.zh,
      };

describe('a ratio target recomputed from the written target and actual', () => {
  test('≥2000人 with 1880人 at 20: 18.8 as claimed is consistent', () => {
    const [check] = targetsOf(oneRow('≥2000人', '1880人', '20', '18.8'));
    expect(summary(check)).toEqual({
      code: 'target_score',
      verdict: 'consistent',
      claimed: '18.8',
      expected: '18.8',
      difference: '0',
      arithmetic: 'min(1880 ÷ 2000, 100%) × 20 = 18.8',
      message:
        '「培训人数」得分 18.8 与由年度指标值推断的规则一致：min(1880 ÷ 2000, 100%) × 20 = 18.8',
    });
  });

  test('the rule in words says it is inferred from the written target, and the check is marked inferred', () => {
    const [check] = targetsOf(oneRow('≥2000人', '1880人', '20', '18.8'));
    expect(check?.rule).toEqual({
      zh: '得分 = min(完成值 ÷ 指标值, 100%) × 分值（正向指标；表中未写计分规则，由年度指标值「≥2000人」推断）',
      en: 'score = min(actual ÷ target, 100%) × weight (more is better; the table states no rule, so it is inferred from the written target "≥2000人")',
    });
    expect(check?.inferred).toEqual({
      assumption: {
        zh: '由年度指标值「≥2000人」推断为正向指标（完成值 ÷ 指标值 × 分值，满分封顶）',
        en: 'inferred from the written target "≥2000人" as a "more is better" indicator (actual ÷ target × weight, capped at the weight)',
      },
    });
  });

  test('the values seen are the score, target, actual and weight cells, the score first', () => {
    const [check] = targetsOf(oneRow('≥2000人', '1880人', '20', '18.8'));
    expect(check?.values.map((each) => `${each.role} ${each.written}`)).toEqual([
      'score 18.8',
      'target ≥2000人',
      'actual 1880人',
      'weight 20',
    ]);
    expect(check?.sources[0]).toEqual({ kind: 'text', line: 2, column: 7 });
    expect(check?.path).toEqual(['产出指标', '数量指标', '培训人数']);
  });

  test('a whole-point claim of 19 agrees with 18.8 at its printed precision', () => {
    const [check] = targetsOf(oneRow('≥2000人', '1880人', '20', '19'));
    expect([check?.verdict, check?.expected, check?.difference]).toEqual(['consistent', '19', '0']);
  });
});

describe('a claim that disagrees with the inferred rule is a warning, never a finding', () => {
  test('≥2000人 with 1880人 at 20 claimed 19.5: a warning saying both scores and 推断', () => {
    const table = report(oneRow('≥2000人', '1880人', '20', '19.5'));
    const check = table.checks.find((each) => each.code === 'target_score');
    expect(summary(check)).toEqual({
      code: 'target_score',
      verdict: 'warning',
      claimed: '19.5',
      expected: '18.8',
      difference: '0.7',
      arithmetic: 'min(1880 ÷ 2000, 100%) × 20 = 18.8',
      message:
        '「培训人数」表中得分为 19.5，按由年度指标值「≥2000人」推断的规则：min(1880 ÷ 2000, 100%) × 20 = 18.8（相差 0.7）；该规则系推断（表中未写计分规则），单位可能另有扣分办法，请复核',
    });
    expect(check?.message.en).toBe(
      '"培训人数": the table scores 19.5; by the rule inferred from the written target "≥2000人": min(1880 ÷ 2000, 100%) × 20 = 18.8 (off by 0.7); the rule is inferred (the table states none) and the department may apply its own deduction rule: please review',
    );
    expect(table.findings).toEqual([]);
    expect(table.warnings.map((each) => each.code)).toEqual(['target_score']);
  });

  test('Example B with its 质量指标 row scored 24.1 instead of 24.47: a warning, not a finding', () => {
    const rows = exampleBRows.map((cells) =>
      cells.map((cell, index) => (cell === '24.47' && index > 0 ? '24.1' : cell)),
    );
    const table = report(rows, exampleBTitle);
    expect(
      table.checks
        .filter((each) => each.code === 'target_score')
        .map(
          (each) =>
            `${each.subject} ${each.verdict} ${each.expected ?? ''} ${each.difference ?? ''}`,
        ),
    ).toEqual([
      '养护农村公路里程 consistent 25 0',
      '养护路段检查合格率 warning 24.5 -0.3737',
      '沿线群众满意度 consistent 10 0',
    ]);
    // The budget row (9 for 8.4) and the total the changed cell no longer sums to are the findings.
    expect(table.findings.map((each) => each.code)).toEqual(['budget_score', 'total_sum']);
  });
});

describe('the other comparisons and units', () => {
  test('reverse: ≤90万元 with 85万元 earns full marks', () => {
    const [check] = targetsOf(oneRow('≤90万元', '85万元', '10', '10'));
    expect(summary(check)).toEqual({
      code: 'target_score',
      verdict: 'consistent',
      claimed: '10',
      expected: '10',
      difference: '0',
      arithmetic: 'min(max(2 − 85 ÷ 90, 0), 100%) × 10 = 10',
      message:
        '「培训人数」得分 10 与由年度指标值推断的规则一致：min(max(2 − 85 ÷ 90, 0), 100%) × 10 = 10',
    });
    expect(check?.rule.zh).toBe(
      '得分 = min(max(2 − 完成值 ÷ 指标值, 0), 100%) × 分值（反向指标：不超过指标值得满分，超出部分按比例扣分，达 2 倍指标值得 0 分；表中未写计分规则，由年度指标值「≤90万元」推断）',
    );
  });

  test('reverse over the target: ≤90万元 with 99万元 at 10 gives 9', () => {
    const [check] = targetsOf(oneRow('≤90万元', '99万元', '10', '9'));
    expect([check?.verdict, check?.arithmetic]).toEqual([
      'consistent',
      'min(max(2 − 99 ÷ 90, 0), 100%) × 10 = 9',
    ]);
  });

  test('percent: ≥95% with 93% at 25 gives 24.47 (Example B)', () => {
    const [check] = targetsOf(oneRow('≥95%', '93%', '25', '24.47'));
    expect([check?.verdict, check?.expected, check?.arithmetic]).toEqual([
      'consistent',
      '24.47',
      'min(93% ÷ 95%, 100%) × 25 = 24.4737',
    ]);
  });

  test('percent with a bare number under a % unit column: ≥ | 95 | % and 93', () => {
    const [check] = targetsOf([
      unitHeader,
      ['产出指标', '质量指标', '验收合格率', '≥', '95', '%', '93', '25', '24.47'],
    ]);
    expect([check?.verdict, check?.expected, check?.arithmetic]).toEqual([
      'consistent',
      '24.47',
      'min(93% ÷ 95%, 100%) × 25 = 24.4737',
    ]);
    expect(check?.values.map((each) => `${each.role} ${each.written}`)).toEqual([
      'score 24.47',
      'nature ≥',
      'target 95',
      'unit %',
      'actual 93',
      'weight 25',
    ]);
  });

  test('percent with a bare number beside ≥95%: 93 read as 93%', () => {
    const [check] = targetsOf(oneRow('≥95%', '93', '25', '24.47'));
    expect([check?.verdict, check?.arithmetic]).toEqual([
      'consistent',
      'min(93% ÷ 95%, 100%) × 25 = 24.4737',
    ]);
  });

  test('capped: 100% against ≥95% earns full marks, never more', () => {
    const [check] = targetsOf(oneRow('≥95%', '100%', '10', '10'));
    expect([check?.verdict, check?.arithmetic]).toEqual([
      'consistent',
      'min(100% ÷ 95%, 100%) × 10 = 10',
    ]);
  });

  test('capped: 120% against ≥95% claimed 12 of 10 is a warning against 10', () => {
    const [check] = targetsOf(oneRow('≥95%', '120%', '10', '12'));
    expect([check?.verdict, check?.expected, check?.difference]).toEqual(['warning', '10', '2']);
  });

  test('不低于 / 不高于 / >= read as ≥ and ≤', () => {
    expect(targetsOf(oneRow('不低于95%', '93%', '25', '24.47'))[0]?.arithmetic).toBe(
      'min(93% ÷ 95%, 100%) × 25 = 24.4737',
    );
    expect(targetsOf(oneRow('不高于90万元', '99万元', '10', '9'))[0]?.arithmetic).toBe(
      'min(max(2 − 99 ÷ 90, 0), 100%) × 10 = 9',
    );
    expect(targetsOf(oneRow('>=2000人', '1880人', '20', '18.8'))[0]?.verdict).toBe('consistent');
    expect(targetsOf(oneRow('95%以上', '93%', '25', '24.47'))[0]?.verdict).toBe('consistent');
  });

  test('= 0: zero incidents earn full marks', () => {
    const [check] = targetsOf(oneRow('=0起', '0起', '5', '5'));
    expect([check?.verdict, check?.arithmetic]).toEqual([
      'consistent',
      '(0 ≤ 0 ? 100% : 0) × 5 = 5',
    ]);
  });

  test('10 + 90: the comparison from 指标性质, the unit from 度量单位; 88 of ≥ 90 % scored 9 warns (9.78 → 10)', () => {
    const checks = targetsOf(tenNinetyRows);
    expect(checks.map((each) => `${each.subject} ${each.verdict} ${each.arithmetic}`)).toEqual([
      '补贴农机台数 consistent min(490 ÷ 500, 100%) × 60 = 58.8',
      '农户节省人工成本 consistent min(120 ÷ 100, 100%) × 20 = 20',
      '受补农户满意度 warning min(88% ÷ 90%, 100%) × 10 = 9.7778',
    ]);
  });
});

describe('rows with no target_score check', () => {
  test('a row with no written target (placeholder text) has none, and nothing throws', () => {
    expect(targetsOf(oneRow('', '1880人', '20', '18.8'))).toEqual([]);
    expect(targetsOf(oneRow('明显提升', '1880人', '20', '18.8'))).toEqual([]);
    expect(targetsOf(oneRow('10个左右', '12个', '20', '20'))).toEqual([]);
  });

  test('a level-word row is left to level_band', () => {
    const table = report(oneRow('明显提升', '达成', '20', '18'));
    expect(table.checks.map((each) => each.code)).toEqual(['score_within_weight', 'level_band']);
  });

  test('an empty, not-applicable or text score cell, or a 0 weight, has none', () => {
    expect(targetsOf(oneRow('≥2000人', '1880人', '20', ''))).toEqual([]);
    expect(targetsOf(oneRow('≥2000人', '1880人', '20', '/'))).toEqual([]);
    expect(targetsOf(oneRow('≥2000人', '1880人', '0', '0'))).toEqual([]);
    expect(targetsOf(oneRow('≥2000人', '1880人', '', '18.8'))).toEqual([]);
  });

  test('no readable actual, or an actual in another unit, has none', () => {
    expect(targetsOf(oneRow('≥2000人', '基本完成', '20', '18'))).toEqual([]);
    expect(targetsOf(oneRow('≥2000人', '1880人次', '20', '18.8'))).toEqual([]);
  });

  test('a deadline (10月底前, 11月中旬) is not a number to divide', () => {
    expect(targetsOf(oneRow('10月底前', '11月中旬', '10', '8'))).toEqual([]);
    expect(targetsOf(oneRow('9月底前', '9月底前', '10', '10'))).toEqual([]);
  });

  test('20 + 80: no per-row 分值, so only the one row of a weighted category is recomputed', () => {
    // 产出指标（45分） has three rows and no weight of their own: none of them is recomputed.
    // 满意度指标（10分） has one row, so its weight is 10; the 备注 states its rule.
    expect(
      targetsOf(twentyEightyRows).map(
        (each) => `${each.subject} ${each.verdict} ${each.arithmetic}`,
      ),
    ).toEqual(['沿河居民满意度 inconsistent min(95% ÷ 90%, 100%) × 10 = 10']);
  });
});

describe('the report outcome', () => {
  test('Examples A and C: every written numeric target agrees, the outcome stays consistent', () => {
    const a = report(exampleARows);
    expect(
      a.checks
        .filter((each) => each.code === 'target_score')
        .map((each) => `${each.subject} ${each.verdict} ${each.expected ?? ''}`),
    ).toEqual([
      '助餐服务覆盖老人数 consistent 10',
      '上门探访次数 consistent 9.58',
      '服务对象档案完整率 consistent 10',
      '补助资金按季拨付及时率 consistent 10',
      '每餐助餐补助标准 consistent 10',
      '受助老人满意度 consistent 10',
    ]);
    expect(a.outcome).toBe('consistent');
    const c = report(exampleCRows);
    expect(
      c.checks
        .filter((each) => each.code === 'target_score')
        .map((each) => `${each.subject} ${each.verdict} ${each.arithmetic}`),
    ).toEqual([
      '预算执行率 consistent min(96% ÷ 100%, 100%) × 10 = 9.6',
      '结转结余控制率 consistent min(max(2 − 3.2% ÷ 5%, 0), 100%) × 6 = 6',
      '年度重点任务完成率 consistent min(100% ÷ 100%, 100%) × 16 = 16',
      '业务事项按时办结率 consistent min(95% ÷ 100%, 100%) × 14 = 13.3',
      '服务对象满意度 consistent min(94% ÷ 90%, 100%) × 12 = 12',
      '投诉事项办结率 consistent min(100% ÷ 100%, 100%) × 8 = 8',
    ]);
    expect(c.outcome).toBe('consistent');
  });

  test('a warning alone never makes a table inconsistent', () => {
    const table = report(oneRow('≥2000人', '1880人', '20', '19.5'));
    expect(table.checks.map((each) => `${each.code} ${each.verdict}`)).toEqual([
      'score_within_weight consistent',
      'target_score warning',
    ]);
    expect(table.outcome).toBe('consistent');
  });

  test('a consistent target_score counts as a comparison: a lone row that agrees is consistent', () => {
    const table = report(oneRow('≥2000人', '1880人', '20', '18.8'));
    expect(table.outcome).toBe('consistent');
  });

  test('an indicator block with no rows gives no target_score check', () => {
    expect(targetChecks({ columns: [], roots: [] })).toEqual([]);
  });
});
