// Pinned cases, with what the documentation says they must give (checked by hand in
// reference.test.ts): first the minimal counterexamples of the library bugs known when the
// differential test was written, then one case for each point docs/rules.md and
// docs/concepts.md settle that the documentation used to leave open. The sweep runs them before
// the random families.
import {
  bandsRule,
  category,
  decimal,
  defineScheme,
  leaf,
  manualRule,
  nationalLevelRule,
  ratioRule,
  reverseRule,
  type IndicatorNode,
  type Inputs,
  type RoundingMode,
} from '../../src/index.js';
import type { Case } from './generators.js';

function scheme(
  fullMarks: string,
  rounding: { readonly scale: number; readonly mode: RoundingMode },
  indicators: readonly IndicatorNode[],
) {
  return defineScheme({
    id: 'pinned',
    version: '1',
    title: '最小反例',
    fullMarks,
    rounding,
    grades: [
      { grade: '优', min: '90' },
      { grade: '良', min: '80' },
      { grade: '中', min: '60' },
      { grade: '差', min: 0 },
    ].filter((band) => Number(band.min) <= Number(fullMarks)),
    indicators,
  });
}

export interface Pinned extends Case {
  /** The values the documentation gives (node id or root field → exact string). */
  readonly expect: Readonly<Record<string, string>>;
}

const halfUp2 = { scale: 2, mode: 'half-up' } as const;
const reason = '评价人判断';

export const pinnedCases: readonly Pinned[] = [
  {
    note: 'rescaled total: 43.02 of 48 scored, 52 不适用 → 43.02 × 100 ÷ 48 = 89.625 → 89.63',
    scheme: scheme('100', halfUp2, [
      leaf('scored', '已评指标', 48, manualRule()),
      leaf('left-out', '不适用指标', 52, manualRule()),
    ]),
    inputs: {
      scored: { score: decimal('43.02'), reason },
      'left-out': { notApplicable: true, reason: '本年度不适用' },
    } satisfies Inputs,
    expect: { total: '89.63', rawTotal: '43.02', scoreRatePercent: '89.63', grade: '良' },
  },
  {
    note: '得分率, mode up: 4.5 of 6 = 75% exactly → 75.00',
    scheme: scheme('6', { scale: 2, mode: 'up' }, [leaf('x', '指标', 6, manualRule())]),
    inputs: { x: { score: decimal('4.5'), reason } },
    expect: { 'x.scoreRatePercent': '75.00', 'x.score': '4.50', total: '4.50' },
  },
  {
    note: '得分率, mode half-down: 0.0003 of 6 = 0.005% exactly, a midpoint → 0.00',
    scheme: scheme('6', { scale: 4, mode: 'half-down' }, [leaf('x', '指标', 6, manualRule())]),
    inputs: { x: { score: decimal('0.0003'), reason } },
    expect: { 'x.scoreRatePercent': '0.00' },
  },
  {
    note: 'deviation reason: cap 0.9, target 100, actual 95 misses the target (reason required)',
    scheme: scheme('10', halfUp2, [
      category('c', '分类', 10, [
        leaf('x', '指标', 10, ratioRule({ cap: '0.9', deviationReason: { whenMissed: true } })),
      ]),
    ]),
    inputs: { x: { actual: decimal('95'), target: decimal('100') } },
    expect: { issues: 'inputs.x:deviation_reason_required' },
  },
  {
    note: 'deviation reason: cap 1.2, target 100, actual 110 meets the target (no reason needed)',
    scheme: scheme('10', halfUp2, [
      category('c', '分类', 10, [
        leaf('x', '指标', 10, ratioRule({ cap: '1.2', deviationReason: { whenMissed: true } })),
      ]),
    ]),
    inputs: { x: { actual: decimal('110'), target: decimal('100') } },
    expect: { 'x.score': '9.17', total: '9.17' },
  },
  {
    note: 'precision: reverse linear, 35-digit inputs, the score 68.2243…0…1 rounded up',
    scheme: scheme('92', { scale: 4, mode: 'up' }, [
      category('c', '分类', 92, [leaf('x', '指标', 92, reverseRule())]),
    ]),
    inputs: {
      x: {
        actual: decimal('629215760869565.21739130434782608561'),
        target: decimal('499999999999999.99999999999999999893'),
      },
    },
    expect: { 'x.score': '68.2244' },
  },
  {
    note: 'precision: a ÷ t just below the cap 0.503937, mode down, scale 0 → 39 of 40',
    scheme: scheme('40', { scale: 0, mode: 'down' }, [
      category('c', '分类', 40, [leaf('x', '指标', 40, ratioRule({ cap: '0.503937' }))]),
    ]),
    inputs: {
      x: {
        actual: decimal('503936999999999.99999999999999999936'),
        target: decimal('999999999999999.99999999999999999873'),
      },
    },
    expect: { 'x.score': '39' },
  },
  {
    note: 'precision: a ÷ t just below a band bound 0.1759217 → the lower band (2 of 10)',
    scheme: scheme('10', { scale: 1, mode: 'down' }, [
      category('c', '分类', 10, [
        leaf(
          'x',
          '指标',
          10,
          bandsRule({
            measure: 'rate',
            bands: [
              { to: ['0.1759217', false], fraction: '0.2' },
              { from: ['0.1759217', true], fraction: '0.8' },
            ],
          }),
        ),
      ]),
    ]),
    inputs: {
      x: {
        actual: decimal('74387095344520.1815852388296503288'),
        target: decimal('422842067490935.91970313400592609553'),
      },
    },
    expect: { 'x.score': '2.0' },
  },
  // The documented decisions.
  {
    note: 'a fixed target takes no input target, not even an equal one',
    scheme: scheme('10', halfUp2, [
      category('c', '分类', 10, [leaf('x', '指标', 10, ratioRule({ target: 100 }))]),
    ]),
    inputs: { x: { actual: decimal('95'), target: decimal('100') } },
    expect: { issues: 'inputs.x:target_fixed_by_rule' },
  },
  {
    note: 'roundRateTo rounds the rate, then caps: 0.985 → 0.99 reaches cap 0.99',
    scheme: scheme('10', halfUp2, [
      category('c', '分类', 10, [
        leaf('x', '指标', 10, ratioRule({ roundRateTo: 2, cap: '0.99' })),
      ]),
    ]),
    inputs: { x: { actual: decimal('0.985'), target: decimal('1') } },
    expect: { 'x.score': '10.00' },
  },
  {
    note: 'reverse per point over a zero target deducts per point: 2 points × 0.3 from 10',
    scheme: scheme('10', halfUp2, [
      category('c', '分类', 10, [
        leaf(
          'x',
          '指标',
          10,
          reverseRule({ target: 0, formula: { type: 'perPoint', points: '0.3' } }),
        ),
      ]),
    ]),
    inputs: { x: { actual: decimal('0.02') } },
    expect: { 'x.score': '9.40' },
  },
  {
    note: 'a zero-weight ranged level takes the score 0 from a range holding 0',
    scheme: scheme('10', halfUp2, [
      category('c', '分类', 10, [
        leaf('x', '指标', 0, nationalLevelRule()),
        leaf('y', '指标', 10, manualRule()),
      ]),
    ]),
    inputs: {
      x: { level: 'not-achieved', score: decimal('0'), reason: '未达成' },
      y: { score: decimal('10') },
    },
    expect: { 'x.score': '0.00', 'x.scoreRatePercent': 'null', total: '10.00' },
  },
  {
    note: 'a zero-weight ranged level: 0 is outside [80%, 100%]',
    scheme: scheme('10', halfUp2, [
      category('c', '分类', 10, [
        leaf('x', '指标', 0, nationalLevelRule()),
        leaf('y', '指标', 10, manualRule()),
      ]),
    ]),
    inputs: {
      x: { level: 'achieved', score: decimal('0'), reason: '达成' },
      y: { score: decimal('10') },
    },
    expect: { issues: 'inputs.x:score_outside_level_range' },
  },
  {
    note: 'a category whose leaves are all 不适用 is 不适用; 得分率 out of the applicable weight',
    scheme: scheme('100', halfUp2, [
      category('a', '分类 a', 60, [
        category('a1', '分类 a1', 20, [leaf('x', '指标', 20, manualRule())]),
        leaf('y', '指标', 40, manualRule()),
      ]),
      category('b', '分类 b', 40, [leaf('z', '指标', 40, manualRule())]),
    ]),
    inputs: {
      x: { notApplicable: true, reason: '本年度不适用' },
      y: { score: decimal('30'), reason: '部分完成' },
      z: { score: decimal('40') },
    },
    expect: {
      'a1.status': 'not_applicable',
      'a1.score': 'null',
      'a1.applicableWeight': '0',
      'a.applicableWeight': '40',
      'a.scoreRatePercent': '75.00',
      rawTotal: '70.00',
      total: '87.50',
      grade: '良',
    },
  },
  {
    note: 'an invalid scheme (default grades above 20 full marks) returns only its issues',
    scheme: defineScheme({
      id: 'pinned',
      version: '1',
      title: '默认等级',
      fullMarks: 20,
      indicators: [leaf('x', '指标', 20, manualRule())],
    }),
    inputs: {},
    expect: {
      issues: [0, 1, 2].map((index) => `grades.${String(index)}:grade_bands_unordered`).join(' '),
    },
  },
];
