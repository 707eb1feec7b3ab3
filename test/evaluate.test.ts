import { describe, expect, test } from 'vitest';
import {
  decimal,
  evaluate,
  explain,
  type Evaluation,
  type LeafResult,
  type NodeResult,
} from '../src/index.js';
import { smallInputs, smallScheme } from './fixtures/smallScheme.js';

function ok(result: ReturnType<typeof evaluate>): Evaluation {
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.value;
}

function leaves(nodes: readonly NodeResult[]): LeafResult[] {
  return nodes.flatMap((node) => (node.type === 'leaf' ? [node] : leaves(node.children)));
}

describe('a small complete scheme scored end to end', () => {
  test('every score, subtotal, total and grade', () => {
    const evaluation = ok(evaluate(smallScheme(), smallInputs));
    expect(
      leaves(evaluation.indicators).map((node) => [node.id, node.score, node.scoreRatePercent]),
    ).toEqual([
      ['budget-rate', '9.96', '99.60'],
      ['fees', '19.05', '95.25'],
      ['accidents', '10.00', '100.00'],
      ['coverage', '8.00', '80.00'],
      ['system', '0.00', '0.00'],
      ['procurement', '8.50', '85.00'],
      ['assets', '7.50', '75.00'],
      ['utilisation', '5.00', '100.00'],
      ['three-public', '9.00', '90.00'],
    ]);
    expect(evaluation.indicators.map((node) => [node.score, node.scoreRatePercent])).toEqual([
      ['47.01', '94.02'],
      ['30.00', '60.00'],
    ]);
    expect([
      evaluation.total,
      evaluation.rawTotal,
      evaluation.scoreRatePercent,
      evaluation.grade.grade,
    ]).toEqual(['77.01', '77.01', '77.01', '中']);
    expect(evaluation.scheme).toEqual({
      id: 'small',
      version: '1',
      title: { zh: '小型方案', en: 'small scheme' },
    });
    expect(evaluation.rounding).toEqual({ scale: 2, mode: 'half-up' });
    expect(explain(evaluation).map((line) => line.text)).toEqual([
      '支出率 = 23,033.06 ÷ 23,135.18 = 99.56%；得分 = 10 × 99.56% = 9.96',
      '完成率 = 1,000 ÷ 1,050 = 95.24%；得分 = 20 × 95.24% = 19.05',
      '0 ≤ 0：成立；得分 = 10.00（目标值为 0，实际值未超过 0，得满分）',
      '得分 = 8.00（第 3 档 [0.8, 0.9)）',
      '得分 = 0.00（未完成）',
      '扣分 = 0.5 + 1 = 1.5（合同备案超期（0.5 分）；采购意向未公开（1 分））；得分 = 10 − 1.5 = 8.50',
      '评价得分 = 7.5（推进中）；得分 = 7.50',
      '0.93 ≥ 0.9：成立；得分 = 5.00（达标，得满分）',
      '控制率 = 29.11 ÷ 28.54 = 102.00%；29.11 ≤ 28.54：不成立；超出百分点 = 2.00% × 100 = 1.997196916608269096005606166783461807989；计扣百分点 = 1；扣分 = 1 × 1 = 1；得分 = 10 − 1 = 9.00',
    ]);
  });
});

function issueList(result: ReturnType<typeof evaluate>): string[] {
  return result.ok ? [] : result.issues.map((found) => `${found.code} ${found.path.join('.')}`);
}

describe('bad inputs are reported, never scored as 0', () => {
  test('a missing input, an unknown id and a category id each give an issue, all at once', () => {
    const { fees: _fees, ...withoutFees } = smallInputs;
    const result = evaluate(smallScheme(), {
      ...withoutFees,
      feez: { actual: decimal(1), target: decimal(1) },
      performance: { actual: decimal(1) },
    });
    expect(issueList(result)).toEqual([
      'unknown_input inputs.feez',
      'unknown_input inputs.performance',
      'missing_input inputs.fees',
    ]);
    if (result.ok) return;
    expect(result.issues[1]?.message).toEqual({
      zh: '「performance」是分类指标，其得分由下级指标汇总，不能直接输入',
      en: '"performance" is a category: its score is the sum of its children and takes no input',
    });
  });

  test('a zero target, a negative actual, a field the rule does not use, an unknown level', () => {
    const result = evaluate(smallScheme(), {
      ...smallInputs,
      fees: { actual: decimal(5), target: decimal(0) },
      'budget-rate': { actual: decimal(-1), target: decimal(10) },
      coverage: { actual: decimal('85%'), level: '完成' },
      system: { level: '已完成' },
    });
    expect(issueList(result)).toEqual([
      'negative_value inputs.budget-rate.actual',
      'zero_target inputs.fees.target',
      'unexpected_input_field inputs.coverage.level',
      'unknown_level inputs.system.level',
    ]);
  });

  test('a manual score below the weight needs a reason; above it is out of range', () => {
    expect(
      issueList(evaluate(smallScheme(), { ...smallInputs, assets: { score: decimal(5) } })),
    ).toEqual(['reason_required inputs.assets.reason']);
    expect(
      issueList(evaluate(smallScheme(), { ...smallInputs, assets: { score: decimal(11) } })),
    ).toEqual(['score_out_of_range inputs.assets.score']);
  });

  test('a scheme with duplicate ids, negative weights, unsummed weights and unordered grades returns every problem', () => {
    const scheme = smallScheme();
    const [performance, management] = scheme.indicators;
    if (performance?.type !== 'category' || management?.type !== 'category')
      throw new Error('fixture');
    const broken = {
      ...scheme,
      grades: [scheme.grades[1]!, scheme.grades[0]!, scheme.grades[2]!],
      indicators: [
        {
          ...performance,
          children: [
            ...performance.children.slice(0, 3),
            { ...performance.children[0]!, weight: decimal(-10) },
          ],
        },
        management,
      ],
    };
    expect(issueList(evaluate(broken, smallInputs))).toEqual([
      'grade_bands_unordered grades.1.min',
      'grade_bands_incomplete grades.2.min',
      'weights_do_not_sum indicators.0.weight',
      'duplicate_id indicators.0.children.3.id',
      'negative_weight indicators.0.children.3.weight',
    ]);
  });
});

describe('not applicable (不适用)', () => {
  const withoutAssets = {
    ...smallInputs,
    assets: { notApplicable: true, reason: '本年度无资产处置' },
  };

  test('rescale leaves the leaf out and scales the total back to full marks', () => {
    const evaluation = ok(evaluate(smallScheme('rescale'), withoutAssets));
    const assets = leaves(evaluation.indicators).find((node) => node.id === 'assets');
    expect([assets?.status, assets?.score, assets?.scoreRatePercent]).toEqual([
      'not_applicable',
      null,
      null,
    ]);
    const management = evaluation.indicators[1];
    expect([
      management?.score,
      management?.type === 'category' ? management.applicableWeight : '',
      management?.scoreRatePercent,
    ]).toEqual(['22.50', '40', '56.25']);
    // 69.51 of 90 applicable points, scaled to 100: 77.2333… → 77.23
    expect([evaluation.rawTotal, evaluation.total, evaluation.notApplicable]).toEqual([
      '69.51',
      '77.23',
      {
        policy: 'rescale',
        weight: '10',
        rescaleFactor: '1.111111111111111111111111111111111111111',
      },
    ]);
    expect(evaluation.grade.grade).toBe('中');
  });

  test('full awards the weight; forbid makes it an issue; a reason is always required', () => {
    const full = ok(evaluate(smallScheme('full'), withoutAssets));
    expect([
      full.total,
      leaves(full.indicators).find((node) => node.id === 'assets')?.score,
    ]).toEqual(['79.51', '10.00']);
    expect(issueList(evaluate(smallScheme('forbid'), withoutAssets))).toEqual([
      'not_applicable_forbidden inputs.assets.notApplicable',
    ]);
    expect(
      issueList(
        evaluate(smallScheme('full'), {
          ...smallInputs,
          assets: { notApplicable: true, score: decimal(1) },
        }),
      ),
    ).toEqual([
      'reason_required inputs.assets.reason',
      'conflicting_input_fields inputs.assets.score',
    ]);
  });
});

describe('results', () => {
  test('are frozen plain data, and the same input gives byte-identical JSON', () => {
    const first = ok(evaluate(smallScheme(), smallInputs));
    const second = ok(evaluate(smallScheme(), smallInputs));
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.indicators[0])).toBe(true);
    expect(() => {
      (first as { total: string }).total = '100';
    }).toThrow(TypeError);
  });

  test('a zero weight gives no 得分率 rather than NaN', () => {
    const scheme = smallScheme();
    const [performance, management] = scheme.indicators;
    if (performance?.type !== 'category' || management?.type !== 'category')
      throw new Error('fixture');
    const zeroLeaf = { ...management.children[0]!, id: 'zero', weight: decimal(0) };
    const withZero = {
      ...scheme,
      indicators: [performance, { ...management, children: [...management.children, zeroLeaf] }],
    };
    const evaluation = ok(evaluate(withZero, { ...smallInputs, zero: { level: '完成' } }));
    expect(
      leaves(evaluation.indicators).find((node) => node.id === 'zero')?.scoreRatePercent,
    ).toBeNull();
  });
});
