import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  defineScheme,
  evaluate,
  indexNodes,
  leaf,
  ratioRule,
  success,
  type Evaluation,
} from '../src/index.js';
import { createPresetRegistry, parseWrittenTarget, type Preset } from '../src/presets.js';
import { parseDataFile } from '../src/json.js';

const example = JSON.parse(
  readFileSync(new URL('../examples/project-2024.json', import.meta.url), 'utf8'),
) as {
  indicators: Record<
    string,
    { target: string; weight: string; actual?: string; deviationReason?: string }[]
  >;
};

function scored(json: unknown): Evaluation {
  const data = parseDataFile(json);
  if (!data.ok) throw new Error(JSON.stringify(data.issues, null, 2));
  const result = evaluate(data.value.scheme, data.value.inputs);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.value;
}

function issueCodes(json: unknown): string[] {
  const data = parseDataFile(json);
  if (!data.ok) return data.issues.map((found) => `${found.code} ${found.path.join('.')}`);
  const result = evaluate(data.value.scheme, data.value.inputs);
  return result.ok ? [] : result.issues.map((found) => `${found.code} ${found.path.join('.')}`);
}

describe('written 年度指标值', () => {
  test('comparisons, units and qualitative targets are read from the table’s own writing', () => {
    const read = (text: string) => {
      const parsed = parseWrittenTarget(text);
      return parsed.ok
        ? [parsed.value.comparison, parsed.value.target?.toString(), parsed.value.unit]
        : parsed.issues[0].code;
    };
    expect(
      [
        '≥95%',
        '≤100万元',
        '=1个',
        '≥10个',
        '≧10 个',
        '＞ 3.5 天',
        '100%',
        '≥3,000户',
        '达成',
        '按期完成',
      ].map(read),
    ).toEqual([
      ['>=', '0.95', '%'],
      ['<=', '100', '万元'],
      ['=', '1', '个'],
      ['>=', '10', '个'],
      ['>=', '10', '个'],
      ['>', '3.5', '天'],
      ['>=', '1', '%'],
      ['>=', '3000', '户'],
      ['qualitative', undefined, undefined],
      ['qualitative', undefined, undefined],
    ]);
    expect(['10个左右', '≥九成 5', '约95%', ''].map(read)).toEqual([
      'unreadable_target',
      'unreadable_target',
      'unreadable_target',
      'unreadable_target',
    ]);
  });

  test('an unreadable target is an issue naming the row', () => {
    const broken = structuredClone(example);
    const row = broken.indicators['outputs']?.[0];
    if (row === undefined) throw new Error('fixture');
    row.target = '12个左右';
    const data = parseDataFile(broken);
    expect(
      data.ok
        ? []
        : data.issues.map((found) => [found.code, found.path.join('.'), found.message.zh]),
    ).toEqual([
      [
        'unreadable_target',
        'indicators.outputs.0.target',
        '无法识别的年度指标值：「12个左右」（应写作 ≥95%、≤100万元、=1个、≥10个，或定性文字如 达成）',
      ],
    ]);
  });
});

describe('the national project scheme on the worked example (scores verified by hand)', () => {
  const evaluation = scored(example);
  const nodes = indexNodes(evaluation);
  const score = (id: string) => nodes.get(id)?.score;

  test('every indicator', () => {
    expect(
      Object.fromEntries(
        [
          'budget-execution-rate',
          'estates-renovated',
          'lifts-installed',
          'acceptance-rate',
          'on-schedule',
          'cost-per-estate',
          'households',
          'green-coverage',
          'long-term-management',
          'residents-satisfaction',
        ].map((id) => [id, score(id)]),
      ),
    ).toEqual({
      // 1,282.50 ÷ 1,350.00 = 95% × 10
      'budget-execution-rate': '9.50',
      // 12 of ≥12: full
      'estates-renovated': '15.00',
      // 52 of ≥40 = 130%: capped at full, flagged for review, reason given
      'lifts-installed': '10.00',
      // =100% met
      'acceptance-rate': '10.00',
      // 按期完成, 达成 [80%, 100%]: the evaluator's 5
      'on-schedule': '5.00',
      // ≤100 at 104: (1 − 4 ÷ 100) × 10
      'cost-per-estate': '9.60',
      // 2,700 of ≥3,000 = 90% × 15
      households: '13.50',
      // 31.5% of ≥30% = 105%: full
      'green-coverage': '5.00',
      // 部分达成 [60%, 80%): the evaluator's 7 of 10
      'long-term-management': '7.00',
      // 92% of ≥90%: full
      'residents-satisfaction': '10.00',
    });
  });

  test('categories, total, grade and the scheme named', () => {
    expect([
      score('outputs'),
      score('benefits'),
      score('satisfaction'),
      evaluation.total,
      evaluation.grade.grade,
    ]).toEqual(['49.60', '25.50', '10.00', '94.60', '优']);
    expect([
      nodes.get('outputs')?.scoreRatePercent,
      nodes.get('benefits')?.scoreRatePercent,
    ]).toEqual(['99.20', '85.00']);
    expect([evaluation.scheme.id, evaluation.scheme.version]).toEqual(['national-project', '2020']);
    const lifts = nodes.get('lifts-installed');
    expect(lifts?.type === 'leaf' ? lifts.findings.map((finding) => finding.code) : []).toEqual([
      'over_achievement_review',
    ]);
  });

  test('a deviation reason is required at 130% of target and when a target is missed', () => {
    const withoutReasons = structuredClone(example);
    for (const list of Object.values(withoutReasons.indicators))
      for (const row of list) delete row.deviationReason;
    expect(issueCodes(withoutReasons)).toEqual([
      'deviation_reason_required inputs.lifts-installed.reason',
      'deviation_reason_required inputs.cost-per-estate.reason',
      'deviation_reason_required inputs.households.reason',
      'reason_required inputs.long-term-management.reason',
    ]);
    // The threshold is declared by the data file: at 140% the lifts need no reason.
    expect(
      issueCodes({ ...withoutReasons, deviationReason: { above: '1.4', whenMissed: false } }),
    ).toEqual(['reason_required inputs.long-term-management.reason']);
  });

  test('weights that do not sum to their category are an issue', () => {
    const heavy = structuredClone(example);
    const first = heavy.indicators['benefits']?.[0];
    if (first !== undefined) first.weight = '16';
    expect(issueCodes(heavy)).toEqual(['weights_do_not_sum indicators.benefits']);
  });
});

function fixture(version: '2023' | '2024'): Preset {
  const scheme = defineScheme({
    id: 'fixture-overall',
    version,
    title: `fixture ${version}`,
    effectiveYear: Number(version),
    fullMarks: 10,
    rounding: { scale: 2, mode: version === '2023' ? 'half-up' : 'down' },
    grades: [{ grade: '-', min: 0 }],
    indicators: [leaf('budget-execution-rate', '预算执行率', 10, ratioRule())],
  });
  return {
    id: 'fixture-overall',
    version,
    reference: `fixture-overall@${version}`,
    title: { zh: `fixture ${version}` },
    effectivePeriod: version === '2023' ? { from: 2023, to: 2023 } : { from: 2024 },
    source: 'test fixture',
    slots: [],
    budgetIndicator: 'budget-execution-rate',
    build: () => success(scheme),
    skeleton: () => scheme,
  };
}

describe('schemes by year', () => {
  const registry = createPresetRegistry([fixture('2023'), fixture('2024')]);
  const data = (year: number, scheme = 'fixture-overall') => ({
    scheme,
    year,
    budget: { fullYear: '23,135.18', executed: '23,033.06' },
  });
  const run = (json: unknown) => {
    const parsed = parseDataFile(json, { presets: registry });
    if (!parsed.ok) return parsed.issues.map((found) => `${found.code} ${found.path.join('.')}`);
    const result = evaluate(parsed.value.scheme, parsed.value.inputs);
    return result.ok
      ? [result.value.scheme.version, result.value.total, parsed.value.selection]
      : result.issues.map((found) => found.code);
  };

  test('the same inputs score differently under the version in force each year, and each result names it', () => {
    expect(run(data(2023))).toEqual([
      '2023',
      '9.96',
      { reference: 'fixture-overall@2023', by: 'year', year: 2023 },
    ]);
    expect(run(data(2024))).toEqual([
      '2024',
      '9.95',
      { reference: 'fixture-overall@2024', by: 'year', year: 2024 },
    ]);
    expect(run(data(2031))).toEqual([
      '2024',
      '9.95',
      { reference: 'fixture-overall@2024', by: 'year', year: 2031 },
    ]);
    expect(
      run({
        scheme: 'fixture-overall@2023',
        budget: { fullYear: '23,135.18', executed: '23,033.06' },
      }),
    ).toEqual(['2023', '9.96', { reference: 'fixture-overall@2023', by: 'version' }]);
  });

  test('a year no version covers is an issue, not the nearest version', () => {
    expect(run(data(2022))).toEqual(['no_version_for_year year']);
    expect(run(data(2024, 'fixture-overall@2023'))).toEqual(['version_not_in_force year']);
    expect(run({ scheme: 'fixture-overall', budget: { fullYear: '1', executed: '1' } })).toEqual([
      'ambiguous_preset scheme',
    ]);
    const found = registry.find('fixture-overall', { year: 2022 });
    expect(found.ok ? '' : found.issues[0].message.zh).toBe(
      '「fixture-overall」没有适用于 2022 年的版本（现有：fixture-overall@2023 (2023–2023), fixture-overall@2024 (2024–)）',
    );
  });

  test('the shipped department scheme is in force only in 2023', () => {
    const refused = parseDataFile({ scheme: 'gz-department-overall', year: 2024, inputs: {} });
    expect(refused.ok ? [] : refused.issues.map((found) => [found.code, found.message.en])).toEqual(
      [
        [
          'no_version_for_year',
          'No version of "gz-department-overall" is in force in 2024 (there are: gz-department-overall@2023 (2023–2023))',
        ],
      ],
    );
  });
});
