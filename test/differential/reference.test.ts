// The reference itself, checked on the documentation's worked examples and on hand-computed
// values, without the library's arithmetic (only its builders and JSON reader make the data).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  category,
  completionLevelRule,
  decimal,
  deductionRule,
  defineScheme,
  equalRule,
  leaf,
  manualRule,
  nationalLevelRule,
  ratioRule,
  reverseRule,
  thresholdRule,
  type Inputs,
  type LeafInput,
  type Rule,
  type RoundingMode,
} from '../../src/index.js';
import { parseDataFile } from '../../src/json.js';
import { exactText, round, fixedAt } from './exact.js';
import { pinnedCases } from './pinned.js';
import { referenceEvaluate, type RefNode, type RefResult } from './reference.js';

function values(result: RefResult): Record<string, string> {
  if (!result.ok) {
    return {
      issues: result.issues
        .map((issue) => `${issue.path.slice(0, 2).join('.')}:${issue.code}`)
        .join(' '),
    };
  }
  const out: Record<string, string> = {
    total: result.value.total,
    rawTotal: result.value.rawTotal,
    scoreRatePercent: result.value.scoreRatePercent,
    grade: result.value.grade,
  };
  const visit = (node: RefNode): void => {
    out[`${node.id}.score`] = String(node.score);
    out[`${node.id}.scoreRatePercent`] = String(node.scoreRatePercent);
    out[`${node.id}.status`] = node.status;
    if (node.type === 'category') {
      out[`${node.id}.applicableWeight`] = node.applicableWeight;
      node.children.forEach(visit);
    }
  };
  result.value.indicators.forEach(visit);
  return out;
}

/** One leaf of weight `weight` under one category, scored by the reference. */
function one(
  rule: Rule,
  input: LeafInput,
  weight = '10',
  rounding: { readonly scale: number; readonly mode: RoundingMode } = {
    scale: 2,
    mode: 'half-up',
  },
): Record<string, string> {
  const scheme = defineScheme({
    id: 't',
    version: '1',
    title: 't',
    fullMarks: weight,
    rounding,
    grades: [{ grade: '-', min: 0 }],
    indicators: [category('c', 'c', weight, [leaf('x', 'x', weight, rule)])],
  });
  return values(referenceEvaluate(scheme, { x: input }));
}

const d = decimal;

describe('the reference on the documentation’s examples', () => {
  test('rounding modes (docs/rounding.md)', () => {
    const at = (text: string, scale: number, mode: RoundingMode) =>
      fixedAt(round(exactText(text), scale, mode).value, scale);
    expect(at('1.005', 2, 'half-up')).toBe('1.01');
    expect(at('1.005', 2, 'half-even')).toBe('1.00');
    expect(at('1.015', 2, 'half-even')).toBe('1.02');
    expect(at('1.005', 2, 'half-down')).toBe('1.00');
    expect(at('1.0051', 2, 'half-down')).toBe('1.01');
    expect(at('2.675', 2, 'half-up')).toBe('2.68');
    expect(at('1.001', 2, 'up')).toBe('1.01');
    expect(at('1.009', 2, 'down')).toBe('1.00');
    expect(at('7', 0, 'up')).toBe('7');
  });

  test('README: the small scheme totals 17.96, grade 良', () => {
    const scheme = defineScheme({
      id: 'example',
      version: '2023',
      title: '示例',
      fullMarks: 20,
      grades: [
        { grade: '优', min: 18 },
        { grade: '良', min: 16 },
        { grade: '中', min: 12 },
        { grade: '差', min: 0 },
      ],
      indicators: [
        category('performance', '履职效能', 12, [
          leaf('budget-rate', '部门预算资金支出率', 10, ratioRule()),
          leaf('three-public', '“三公”经费控制情况', 2, reverseRule()),
        ]),
        category('management', '管理效率', 8, [
          leaf('system', '绩效管理制度执行', 8, completionLevelRule()),
        ]),
      ],
    });
    const result = values(
      referenceEvaluate(scheme, {
        'budget-rate': { actual: d('23,033.06'), target: d('23,135.18') },
        'three-public': { actual: d('27.90'), target: d('28.54') },
        system: { level: '部分完成', score: d('6'), reason: '部分已完成' },
      }),
    );
    expect(result).toMatchObject({
      total: '17.96',
      grade: '良',
      'budget-rate.score': '9.96',
      'budget-rate.scoreRatePercent': '99.60',
      'three-public.score': '2.00',
      'system.score': '6.00',
      'performance.score': '11.96',
    });
  });

  test('docs/rules.md examples', () => {
    expect(one(ratioRule(), { actual: d('23,033.06'), target: d('23,135.18') })['x.score']).toBe(
      '9.96',
    );
    expect(one(ratioRule(), { actual: d('1,268.72'), target: d('1,172.55') })['x.score']).toBe(
      '10.00',
    );
    expect(
      one(reverseRule({ unit: 'percent' }), { actual: d('2.33%'), target: d('5%') }, '2'),
    ).toMatchObject({ 'x.score': '2.00' });
    const deduction = deductionRule({ pointsEach: '0.5' });
    expect(one(deduction, { occurrences: 3 }, '2')['x.score']).toBe('0.50');
    expect(one(deduction, { occurrences: 5 }, '2')['x.score']).toBe('0.00');
    // 3 × 0.025 ÷ 3 = 0.025 → 0.03 half-up (docs/rounding.md: the one division last).
    expect(one(ratioRule(), { actual: d('0.025'), target: d('3') }, '3')['x.score']).toBe('0.03');
  });

  test('hand-computed values of each kind', () => {
    // ratio, cap 1.2: 10 × 1.1 ÷ 1.2 = 9.1666… → 9.17; roundRateTo 2 rounds 0.99555… to 1.00.
    expect(one(ratioRule({ cap: '1.2' }), { actual: d(110), target: d(100) })['x.score']).toBe(
      '9.17',
    );
    expect(
      one(ratioRule({ roundRateTo: 2 }), { actual: d('0.99555'), target: d(1) })['x.score'],
    ).toBe('10.00');
    expect(
      one(ratioRule({ roundRateTo: 2, cap: '0.99' }), { actual: d('0.985'), target: d(1) })[
        'x.score'
      ],
    ).toBe('10.00');
    // equal: t = 0 all or nothing; t > 0 as ratio.
    expect(one(equalRule({ target: 0 }), { actual: d(0) })['x.score']).toBe('10.00');
    expect(one(equalRule({ target: 0 }), { actual: d('0.01') })['x.score']).toBe('0.00');
    expect(one(equalRule(), { actual: d(1), target: d(3) })['x.score']).toBe('3.33');
    // reverse: linear (1 − 0.25) × 10; inverse 10 × 100 ÷ 125; per point, 25 points over × 0.3.
    const over = { actual: d(125), target: d(100) };
    expect(one(reverseRule(), over)['x.score']).toBe('7.50');
    expect(one(reverseRule({ formula: { type: 'inverse' } }), over)['x.score']).toBe('8.00');
    const perPoint = (excess: 'points' | 'relative', interpolate: boolean) =>
      reverseRule({ formula: { type: 'perPoint', points: '0.3', excess, interpolate } });
    expect(one(perPoint('relative', false), over)['x.score']).toBe('2.50');
    expect(
      one(perPoint('relative', false), { actual: d('125.9'), target: d(100) })['x.score'],
    ).toBe('2.50');
    expect(one(perPoint('relative', true), { actual: d('125.9'), target: d(100) })['x.score']).toBe(
      '2.23',
    );
    expect(
      one(perPoint('points', false), { actual: d('0.2505'), target: d('0.05') })['x.score'],
    ).toBe('4.00');
    // Against a zero target: per point over zero still counts points; linear is all or nothing.
    expect(one(perPoint('points', false), { actual: d('0.02'), target: d(0) })['x.score']).toBe(
      '9.40',
    );
    expect(one(reverseRule(), { actual: d('0.02'), target: d(0) })['x.score']).toBe('0.00');
    // threshold and level.
    expect(
      one(thresholdRule({ comparison: '>=', target: '90%', otherwise: 1 }), { actual: d('0.9') })[
        'x.score'
      ],
    ).toBe('10.00');
    expect(
      one(thresholdRule({ comparison: 'yes', otherwise: 1 }), { answer: false }),
    ).toMatchObject({ 'x.score': '1.00' });
    expect(
      one(nationalLevelRule(), { level: '达成年度指标', score: d(8), reason: '达成' })['x.score'],
    ).toBe('8.00');
    expect(
      one(nationalLevelRule(), { level: 'partly-achieved', score: d(8), reason: '部分' }).issues,
    ).toBe('inputs.x:score_outside_level_range');
    expect(
      one(manualRule(), { score: d('7.125'), reason: '部分' }, '10', {
        scale: 2,
        mode: 'half-even',
      })['x.score'],
    ).toBe('7.12');
  });

  test('不适用: rescale, full and forbid; 得分率 of a category out of its applicable weight', () => {
    const build = (notApplicable: 'rescale' | 'full' | 'forbid') =>
      defineScheme({
        id: 'na',
        version: '1',
        title: 'na',
        notApplicable,
        indicators: [
          category('a', 'a', 60, [
            leaf('a1', 'a1', 30, manualRule()),
            leaf('a2', 'a2', 30, manualRule()),
          ]),
          category('b', 'b', 40, [leaf('b1', 'b1', 40, manualRule())]),
        ],
      });
    const inputs: Inputs = {
      a1: { score: d('21.5'), reason: '部分' },
      a2: { notApplicable: true, reason: '本年度不适用' },
      b1: { notApplicable: true, reason: '本年度不适用' },
    };
    expect(values(referenceEvaluate(build('rescale'), inputs))).toMatchObject({
      'a.score': '21.50',
      'a.applicableWeight': '30',
      'a.scoreRatePercent': '71.67',
      'b.status': 'not_applicable',
      'b.score': 'null',
      'a2.score': 'null',
      rawTotal: '21.50',
      total: '71.67',
    });
    expect(values(referenceEvaluate(build('full'), inputs))).toMatchObject({
      'a.score': '51.50',
      'a.applicableWeight': '60',
      'a2.status': 'not_applicable',
      'a2.score': '30.00',
      total: '91.50',
      grade: '优',
    });
    expect(values(referenceEvaluate(build('forbid'), inputs)).issues).toBe(
      'inputs.a2:not_applicable_forbidden inputs.b1:not_applicable_forbidden',
    );
  });

  test('an invalid scheme is reported alone; default grades need 90 full marks', () => {
    const scheme = defineScheme({
      id: 'low',
      version: '1',
      title: 'low',
      fullMarks: 20,
      indicators: [leaf('x', 'x', 20, manualRule())],
    });
    expect(values(referenceEvaluate(scheme, {})).issues).toBe(
      [0, 1, 2].map((index) => `grades.${String(index)}:grade_bands_unordered`).join(' '),
    );
  });

  test.each(pinnedCases.map((pinned) => [pinned.note, pinned] as const))(
    'pinned: %s',
    (_note, pinned) => {
      expect(values(referenceEvaluate(pinned.scheme, pinned.inputs))).toMatchObject(pinned.expect);
    },
  );

  test.each([
    ['nanzhou-2023.json', '91.46', '优'],
    ['project-2024.json', '94.60', '优'],
  ])('examples/%s totals %s, %s', (file, total, grade) => {
    const data = parseDataFile(
      JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8')),
    );
    if (!data.ok) throw new Error(JSON.stringify(data.issues));
    const result = values(referenceEvaluate(data.value.scheme, data.value.inputs));
    expect([result['total'], result['grade']]).toEqual([total, grade]);
  });
});
