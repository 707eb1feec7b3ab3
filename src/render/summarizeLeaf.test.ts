import { describe, expect, test } from 'vitest';
import { renderReport } from '../audit/renderReport.js';
import { decimal } from '../decimal/decimal.js';
import { evaluate } from '../evaluate/evaluate.js';
import type { Evaluation, LeafResult } from '../evaluation/Evaluation.js';
import { explainLeaf } from '../evaluation/explain.js';
import { indexNodes } from '../evaluation/indexNodes.js';
import { equalRule } from '../rules/equal/equalRule.js';
import { reverseRule } from '../rules/reverse/reverseRule.js';
import { thresholdRule } from '../rules/threshold/thresholdRule.js';
import { category, defineScheme, leaf } from '../scheme/builders.js';
import { renderCsv } from './renderCsv.js';
import { renderMarkdown } from './renderMarkdown.js';
import { renderTable } from './renderTable.js';
import { summarizeLeaf } from './summarizeLeaf.js';

// Under one 一级 and one 二级 category (so that the report writes its table), each leaf compares
// its actual with its target; the ones named `…Missed` fail the comparison.
const scheme = defineScheme({
  id: 'comparisons',
  version: '1',
  title: '比较',
  fullMarks: 16,
  grades: [{ grade: '-', min: 0 }],
  indicators: [
    category('outputs', '产出指标', 16, [
      category('quantity', '数量指标', 16, [
        leaf(
          'atLeastMissed',
          '固定资产利用率',
          2,
          thresholdRule({ comparison: '>=', target: '90%', unit: 'percent' }),
        ),
        leaf('atMostMissed', '结转结余率', 2, reverseRule({ target: '5%', unit: 'percent' })),
        leaf('atMostMet', '结转结余率（达标）', 2, reverseRule({ target: '5%', unit: 'percent' })),
        leaf('equalsMissed', '整改完成数', 2, thresholdRule({ comparison: '=', target: 3 })),
        leaf('aboveMissed', '新增户数', 2, thresholdRule({ comparison: '>', target: 0 })),
        leaf('belowMissed', '投诉件数', 2, thresholdRule({ comparison: '<', target: 10 })),
        leaf('zeroMissed', '安全事故', 2, equalRule({ target: 0 })),
        leaf('amountMissed', '培训人次', 2, thresholdRule({ comparison: '>=', target: '1,500' })),
      ]),
    ]),
  ],
});

function evaluated(): Evaluation {
  const result = evaluate(scheme, {
    atLeastMissed: { actual: decimal('80%') },
    atMostMissed: { actual: decimal('25%') },
    atMostMet: { actual: decimal('2.33%') },
    equalsMissed: { actual: decimal(2) },
    aboveMissed: { actual: decimal(0) },
    belowMissed: { actual: decimal(10) },
    zeroMissed: { actual: decimal(1) },
    amountMissed: { actual: decimal('1,200') },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** Markdown source as a reader sees it: the entities and backslash escapes the renderer writes, undone. */
const shownMarkdown = (markdown: string): string =>
  markdown
    .replace(/\\([\\`*_[\]~#|])/g, '$1')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

function leafNamed(evaluation: Evaluation, id: string): LeafResult {
  const node = indexNodes(evaluation).get(id);
  if (node?.type !== 'leaf') throw new Error(`no leaf ${id}`);
  return node;
}

describe('summarizeLeaf: a comparison states what it found', () => {
  const evaluation = evaluated();
  const ids = [
    'atLeastMissed',
    'atMostMissed',
    'atMostMet',
    'equalsMissed',
    'aboveMissed',
    'belowMissed',
    'zeroMissed',
    'amountMissed',
  ];

  test('a failed comparison is written negated and marked 未达标; one that held as before', () => {
    expect(ids.map((id) => summarizeLeaf(leafNamed(evaluation, id)))).toEqual([
      '80% < 90%，未达标',
      '25% > 5%，未达标',
      '2.33% ≤ 5%',
      '2 ≠ 3，未达标',
      '0 ≤ 0，未达标',
      '10 ≥ 10，未达标',
      '1 > 0，未达标',
      '1,200 < 1,500，未达标',
    ]);
    expect(ids.map((id) => summarizeLeaf(leafNamed(evaluation, id), 'en'))).toEqual([
      '80% < 90%: not met',
      '25% > 5%: not met',
      '2.33% ≤ 5%',
      '2 ≠ 3: not met',
      '0 ≤ 0: not met',
      '10 ≥ 10: not met',
      '1 > 0: not met',
      '1,200 < 1,500: not met',
    ]);
  });

  test('the table, Markdown (as shown), CSV and report text show the same', () => {
    const table = renderTable(evaluation);
    // Markdown writes < and > as entities so that no input can open an HTML tag.
    const markdown = shownMarkdown(renderMarkdown(evaluation));
    expect(renderMarkdown(evaluation)).toContain('80% &lt; 90%，未达标');
    const csv = renderCsv(evaluation);
    const report = renderReport(evaluation);
    for (const text of [table, markdown, csv, report]) {
      expect(text).toContain('80% < 90%，未达标');
      expect(text).toContain('25% > 5%，未达标');
      expect(text).toContain('2.33% ≤ 5%');
      expect(text).not.toContain('80% ≥ 90%');
      expect(text).not.toContain('25% ≤ 5%');
    }
    expect(report).toContain('1 固定资产利用率 2 0 80% < 90%，未达标。');
    const english = [
      renderTable(evaluation, { lang: 'en' }),
      shownMarkdown(renderMarkdown(evaluation, { lang: 'en' })),
      renderCsv(evaluation, { lang: 'en' }),
      renderReport(evaluation, { lang: 'en' }),
    ];
    for (const text of english) expect(text).toContain('80% < 90%: not met');
  });

  test('the explanation keeps the comparison as written, with its verdict', () => {
    const missed = leafNamed(evaluation, 'atLeastMissed');
    expect(explainLeaf(missed)).toBe('80% ≥ 90%：不成立；得分 = 0.00（未达标）');
    expect(explainLeaf(missed, 'en')).toBe('80% ≥ 90%: does not hold; score = 0.00 (not met)');
  });

  test('a comparator without a known negation says the comparison does not hold', () => {
    const custom: LeafResult = {
      type: 'leaf',
      id: 'custom',
      name: { zh: '自定义' },
      path: ['custom'],
      weight: '1',
      status: 'scored',
      score: '0.00',
      scoreRatePercent: '0.00',
      rule: { kind: 'near' },
      input: {},
      trace: [
        {
          role: 'check',
          label: { zh: '接近', en: 'near' },
          operation: 'compare',
          operands: [{ value: '1' }, { value: '2' }],
          result: { value: 'false' },
          comparator: '≈',
        },
      ],
      findings: [],
    };
    expect([summarizeLeaf(custom), summarizeLeaf(custom, 'en')]).toEqual([
      '1 ≈ 2：不成立',
      '1 ≈ 2: does not hold',
    ]);
  });
});
