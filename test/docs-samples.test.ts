// The samples of docs/testing.md that are neither a command's output nor a script: the law
// report of a broken `square` kind, and the case file.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decimal, success, type RuleKind } from '../src/index.js';
import { checkRuleLaws, formatLawResults } from '../src/testing.js';
import { squareRule, type SquareRule } from './fixtures/square/squareRule.js';
import { squareArbitrary } from './fixtures/square/squareArbitrary.js';
import { squareRuleKind } from './fixtures/square/squareRuleKind.js';
import { sampleBlock } from './support/docBlocks.js';
import { runJixiaoAsync } from './support/runJixiao.js';

test('docs/testing.md shows the law report of a square kind that forgets its cap', () => {
  // test/fixtures/square's kind with weight × (actual ÷ target)², the min(1, …) left out.
  const uncapped: RuleKind<SquareRule> = {
    ...squareRuleKind,
    evaluate: (rule, input, context) => {
      const target = rule.target ?? input.target ?? decimal(1);
      const rate = (input.actual ?? decimal(0)).dividedBy(target);
      return success({ score: context.weight.times(rate).times(rate), trace: [], findings: [] });
    },
  };
  const results = checkRuleLaws(uncapped, {
    rules: fc.constant(squareRule({ target: 1 })),
    inputs: (rule, weight) => squareArbitrary.input(rule, weight),
    weights: fc.constant(decimal(10)),
    seed: 1729,
  });
  const bounded = results.filter((result) => result.law === 'bounded');
  expect(`${formatLawResults(bounded)}\n`).toBe(sampleBlock('docs/testing.md', 'law-report'));
});

test('the case file of docs/testing.md passes', async () => {
  // Written where its `data` path, ../../examples/nanzhou-2023.json, finds the example.
  const scratch = mkdtempSync(join(tmpdir(), 'jixiao-cases-'));
  mkdirSync(join(scratch, 'test/cases'), { recursive: true });
  mkdirSync(join(scratch, 'examples'));
  copyFileSync(
    new URL('../examples/nanzhou-2023.json', import.meta.url),
    join(scratch, 'examples/nanzhou-2023.json'),
  );
  const file = join(scratch, 'test/cases/sample.cases.json');
  writeFileSync(file, sampleBlock('docs/testing.md', 'case-file'));
  const run = await runJixiaoAsync('test', file);
  expect([run.code, run.stderr]).toEqual([0, '']);
  expect(run.stdout).toContain('2/2 个用例通过');
});
