// The vitest example of docs/testing.md, kept here so that it runs; the guide's copy is checked
// against this file (and its node:test example against examples/verify-with-node-test.mjs).
import { readFileSync } from 'node:fs';
import { test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  decimal,
  defineScheme,
  evaluate,
  leaf,
  ratioRule,
  ratioRuleKind,
  reverseRule,
} from '../src/index.js';
import {
  checkRuleLaws,
  decimalArbitrary,
  formatLawResults,
  leafInputArbitrary,
  verifyScheme,
} from '../src/testing.js';
import { sampleBlock } from './support/docBlocks.js';

const scheme = defineScheme({
  id: 'my-bureau',
  version: '2024',
  title: '某区 2024 项目绩效自评',
  fullMarks: 20,
  grades: [
    { grade: '优', min: 18 },
    { grade: '良', min: 16 },
    { grade: '中', min: 12 },
    { grade: '差', min: 0 },
  ],
  indicators: [
    leaf('execution', '预算执行率', 10, ratioRule()),
    leaf('cost', '成本控制', 10, reverseRule({ formula: { type: 'inverse' } })),
  ],
});

test('every law holds for the scheme', () => {
  const report = verifyScheme(scheme);
  expect(formatLawResults(report.results.filter((result) => result.status === 'failed'))).toBe('');
});

test('the ratio rule obeys its laws', () => {
  const failed = checkRuleLaws(ratioRuleKind, {
    rules: ratioRule(),
    inputs: (rule, weight) => leafInputArbitrary(rule, weight),
  }).filter((result) => result.status === 'failed');
  expect(failed).toEqual([]);
});

test.prop([
  decimalArbitrary({ min: 0, max: 50_000 }),
  decimalArbitrary({ min: '0.01', max: 50_000 }),
])('execution never scores above 10', (actual, target) => {
  const result = evaluate(scheme, {
    execution: { actual, target },
    cost: { actual: target, target },
  });
  const score = result.ok ? result.value.indicators[0]?.score : undefined;
  expect(score !== undefined && score !== null && decimal(score).lessThanOrEqualTo(10)).toBe(true);
});

/** The lines of a sample after its imports, trimmed, without `/* … *\/` placeholders. */
function codeLines(text: string): readonly string[] {
  const body = text.replaceAll(/^import[^;]*;$/gms, '');
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('/*'));
}

/** Whether `lines` appear in `file`'s lines in order. */
function inOrder(lines: readonly string[], file: readonly string[]): boolean {
  let at = 0;
  for (const line of lines) {
    at = file.indexOf(line, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/** Whether a guide's sample is `file`'s code, as far as the sample shows it. */
function shownAsIn(sample: string, file: string): boolean {
  const source = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  const shown = codeLines(sample);
  return shown.length > 3 && inOrder(shown, codeLines(source));
}

test('docs/testing.md shows this file as it is', () => {
  expect(
    shownAsIn(sampleBlock('docs/testing.md', 'vitest-example'), 'test/docs-vitest-example.test.ts'),
  ).toBe(true);
});

test('docs/testing.md shows examples/verify-with-node-test.mjs as it is', () => {
  expect(
    shownAsIn(
      sampleBlock('docs/testing.md', 'node-test-example'),
      'examples/verify-with-node-test.mjs',
    ),
  ).toBe(true);
});
