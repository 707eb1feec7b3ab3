// The node:test example of docs/testing.md: run it with `node --test examples/verify-with-node-test.mjs`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defineScheme, leaf, ratioRule, reverseRule } from 'jixiao';
import { formatLawResults, verifyScheme } from 'jixiao/testing';

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
    leaf('cost', '成本控制', 10, reverseRule()),
  ],
});

test('every law holds for the scheme', () => {
  const report = verifyScheme(scheme, { numRuns: 200 });
  assert.equal(formatLawResults(report.results.filter((result) => result.status === 'failed')), '');
  assert.ok(report.passed);
});
