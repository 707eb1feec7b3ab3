import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluate, explain, indexNodes, type Evaluation } from '../src/index.js';
import { parseDataFile } from '../src/json.js';

function nanzhou(): Evaluation {
  const data = parseDataFile(
    JSON.parse(readFileSync(new URL('../examples/nanzhou-2023.json', import.meta.url), 'utf8')),
  );
  if (!data.ok) throw new Error(JSON.stringify(data.issues, null, 2));
  expect(data.value.preset).toBe('gz-department-overall@2023');
  const result = evaluate(data.value.scheme, data.value.inputs);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.value;
}

describe('the Nanzhou 2023 report, reproduced from its data', () => {
  const evaluation = nanzhou();
  const nodes = indexNodes(evaluation);
  const score = (id: string) => nodes.get(id)?.score;
  const rate = (id: string) => nodes.get(id)?.scoreRatePercent;

  test('total 91.46, grade 优, named preset', () => {
    expect([evaluation.total, evaluation.fullMarks, evaluation.grade.grade]).toEqual([
      '91.46',
      '100',
      '优',
    ]);
    expect([evaluation.scheme.id, evaluation.scheme.version]).toEqual([
      'gz-department-overall',
      '2023',
    ]);
  });

  test('一级: 履职效能 49.96, 管理效率 41.5', () => {
    expect([score('performance'), score('management')]).toEqual(['49.96', '41.50']);
  });

  test('二级 subtotals and 得分率 as the report states them', () => {
    expect(
      [
        'outputs',
        'benefits',
        'budget-execution-rate',
        'budgeting',
        'budget-execution',
        'disclosure',
        'performance-management',
        'procurement',
        'assets',
        'running-costs',
      ].map(score),
    ).toEqual(['20.00', '20.00', '9.96', '3.00', '4.00', '4.00', '9.00', '10.00', '7.50', '4.00']);
    expect([
      rate('budget-execution-rate'),
      rate('performance-management'),
      rate('assets'),
      rate('outputs'),
    ]).toEqual(['99.60', '60.00', '75.00', '100.00']);
  });

  test('every 管理效率 三级 score', () => {
    const expected: Record<string, string> = {
      'pre-assessment': '3.00',
      'carry-over-rate': '2.00',
      'financial-compliance': '2.00',
      'budget-disclosure': '2.00',
      'performance-disclosure': '2.00',
      'performance-rules': '0.00',
      'results-use': '3.00',
      'rules-execution': '6.00',
      'intention-compliance': '0.50',
      'intention-timeliness': '1.50',
      'internal-control': '1.00',
      'procurement-compliance': '2.00',
      'contract-timeliness': '3.00',
      'filing-timeliness': '1.00',
      'policy-effect': '1.00',
      'asset-allocation': '2.00',
      'asset-income': '1.00',
      'asset-inventory': '0.00',
      'asset-data-quality': '2.00',
      'asset-compliance': '0.50',
      'fixed-asset-utilisation': '2.00',
      'public-funds-control': '2.00',
      'three-public-control': '2.00',
    };
    expect(Object.fromEntries(Object.keys(expected).map((id) => [id, score(id)]))).toEqual(
      expected,
    );
  });

  test('every output and benefit indicator earns its full (assumed) weight', () => {
    const departmentIds = [
      'sanitation-fees',
      'sanitation-cleaning',
      'spending-compliance',
      'rental-tax',
      'social-work-station',
      'community-activities',
      'party-service-centres',
      'daily-operation',
      'social-organisation-capacity',
      'social-work-coverage',
      'community-activity-rate',
      'sanitation-level',
    ];
    for (const id of departmentIds)
      expect([id, nodes.get(id)?.scoreRatePercent]).toEqual([id, '100.00']);
    expect([
      score('outputs/数量指标'),
      score('outputs/质量指标'),
      score('benefits/社会效益指标'),
      score('benefits/生态效益指标'),
    ]).toEqual(['18.00', '2.00', '16.00', '4.00']);
  });

  test("the explanations show the report's arithmetic", () => {
    const text = Object.fromEntries(explain(evaluation).map((line) => [line.id, line.text]));
    expect(text['budget-execution-rate']).toBe(
      '支出率 = 23,033.06 ÷ 23,135.18 = 99.56%；得分 = 10 × 99.56% = 9.96',
    );
    expect(text['three-public-control']).toBe(
      '控制率 = 27.9 ÷ 28.54 = 97.76%；27.9 ≤ 28.54：成立；得分 = 2.00（未超过目标值，得满分）',
    );
    expect(text['rental-tax']).toBe(
      '完成率 = 2,502.22 ÷ 2,100 = 119.15%；计分完成率 = min(119.15%, 100%) = 100%；得分 = 3 × 100% = 3.00',
    );
    expect(text['sanitation-fees']).toBe(
      '完成率 = 1,106.78 ÷ 1,050 = 105.41%；计分完成率 = min(105.41%, 100%) = 100%；得分 = 3 × 100% = 3.00',
    );
  });

  test('出租屋综合税 at 119.15% stays just under the 120% review flag', () => {
    const rental = nodes.get('rental-tax');
    expect(rental?.type === 'leaf' ? rental.findings : null).toEqual([]);
  });
});
