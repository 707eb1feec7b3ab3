import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  bandsRule,
  bandsRuleKind,
  createIssue,
  decimal,
  defineScheme,
  failure,
  leaf,
  ratioRule,
  presets,
  ratioRuleKind,
  reverseRule,
  reverseRuleKind,
  success,
  type Dec,
  type LeafInput,
  type Rule,
  type RuleKind,
} from '../src/index.js';
import { parseDataFile } from '../src/json.js';
import { checkRuleLaws, decimalArbitrary, formatLawResults, leafInputArbitrary, schemeArbitrary, verifyScheme, type LawResult } from '../src/testing.js';
import { smallScheme } from './fixtures/smallScheme.js';

const failed = (results: readonly LawResult[]) => results.filter((result) => result.status === 'failed');

interface SquareRule {
  readonly kind: 'square';
}

const squareKind: RuleKind<SquareRule> = {
  kind: 'square',
  inputFields: ['actual'],
  directionOf: () => 'increasing',
  shapeOf: () => ({ type: 'continuous' }),
  validateRule: () => [],
  evaluate(_rule, input, context) {
    if (input.actual === undefined) return failure([createIssue('missing_input_field', [...context.path, 'actual'], { zh: '缺少 actual', en: 'actual is missing' })]);
    const share = input.actual.greaterThan(1) ? decimal(1) : input.actual.times(input.actual);
    return success({ score: context.weight.times(share), trace: [], findings: [] });
  },
};
// Boundary values first, as a user's own arbitrary would offer them.
const squareInputs = () => fc.oneof(fc.constantFrom(decimal(0), decimal(1)), decimalArbitrary({ min: 0, max: 2, scale: 3 })).map((actual): LeafInput => ({ actual }));

describe('jixiao/testing: rule laws', () => {
  test('every built-in rule kind obeys the laws over generated rules and boundary inputs', () => {
    const results = checkRuleLaws(ratioRuleKind, { rules: fc.constantFrom(ratioRule(), ratioRule({ roundRateTo: 4 }), ratioRule({ cap: '1.2' })), inputs: (rule, weight) => leafInputArbitrary(rule, weight) });
    expect(results.map((result) => [result.law, result.status])).toEqual([
      ['bounded', 'passed'],
      ['deterministic', 'passed'],
      ['monotone', 'passed'],
      ['shape', 'passed'],
      ['rounding', 'passed'],
    ]);
  });

  test('a custom rule kind written in a test file is checked by the same laws', () => {
    expect(failed(checkRuleLaws(squareKind, { rules: { kind: 'square' }, inputs: squareInputs }))).toEqual([]);
  });

  test('a broken custom kind (above its weight, not monotone) is caught with a shrunk counterexample', () => {
    const broken: RuleKind<SquareRule> = {
      ...squareKind,
      // Forgets the cap (actual above 1 scores above the weight) and falls back to 0.1 × weight
      // once actual passes 1.5.
      evaluate: (_rule, input, context) => {
        const actual = input.actual ?? decimal(0);
        return success({ score: context.weight.times(actual.greaterThan('1.5') ? decimal('0.1') : actual), trace: [], findings: [] });
      },
    };
    const results = checkRuleLaws(broken, { rules: { kind: 'square' }, inputs: squareInputs, weights: fc.constant(decimal(10)) });
    const byLaw = Object.fromEntries(results.map((result) => [result.law, result]));
    expect(byLaw['bounded']?.status).toBe('failed');
    // Shrunk to the smallest actual above 1 at this scale.
    expect(byLaw['bounded']?.counterexample?.inputs).toEqual({ actual: '1.001' });
    expect(byLaw['bounded']?.counterexample?.values).toEqual({ score: '10.01', weight: '10' });
    expect(byLaw['monotone']?.status).toBe('failed');
    expect(byLaw['monotone']?.counterexample?.message).toMatch(/^declared increasing, but actual /);
    expect(formatLawResults(results)).toContain('✗ bounded — square');
  });

  test('a kind that declares itself continuous but steps at 1 is caught by shape', () => {
    const stepping: RuleKind<SquareRule> = { ...squareKind, evaluate: (_rule, input, context) => success({ score: (input.actual ?? decimal(0)).greaterThanOrEqualTo(1) ? context.weight : decimal(0), trace: [], findings: [] }) };
    const shape = checkRuleLaws(stepping, { rules: { kind: 'square' }, inputs: squareInputs, weights: fc.constant(decimal(10)) }).find((result) => result.law === 'shape');
    expect(shape?.status).toBe('failed');
    expect(shape?.counterexample?.message).toBe('declared continuous, but jumps by 10 just below actual 1');
  });
});

describe('mutating a built-in evaluator breaks a law', () => {
  test('dropping the ratio cap breaks bounded', () => {
    const uncapped: RuleKind<Rule & { kind: 'ratio' }> = {
      ...ratioRuleKind,
      evaluate: (rule, input, context) => {
        const outcome = ratioRuleKind.evaluate(rule, input, context);
        if (!outcome.ok || input.actual === undefined) return outcome;
        const target = rule.target ?? input.target ?? decimal(1);
        return success({ ...outcome.value, score: context.weight.times(input.actual).dividedBy(target) });
      },
    };
    const result = checkRuleLaws(uncapped, { rules: ratioRule(), inputs: (rule, weight) => leafInputArbitrary(rule, weight) }).find((each) => each.law === 'bounded');
    expect(result?.status).toBe('failed');
    expect(result?.counterexample?.message).toMatch(/lies outside \[0, /);
  });

  test('dropping the reverse rule’s floor at twice the target breaks bounded', () => {
    const unfloored: RuleKind<Rule & { kind: 'reverse' }> = {
      ...reverseRuleKind,
      evaluate: (rule, input, context) => {
        const outcome = reverseRuleKind.evaluate(rule, input, context);
        const { actual, target } = input;
        if (!outcome.ok || actual === undefined || target === undefined || target.isZero() || actual.lessThanOrEqualTo(target)) return outcome;
        return success({ ...outcome.value, score: context.weight.times(target.times(2).minus(actual)).dividedBy(target) });
      },
    };
    expect(checkRuleLaws(unfloored, { rules: reverseRule(), inputs: (rule, weight) => leafInputArbitrary(rule, weight) }).find((each) => each.law === 'bounded')?.status).toBe('failed');
  });

  test('flipping a band’s inclusivity makes the band edge score nothing: evaluates fails', () => {
    const flipped: RuleKind<Rule & { kind: 'bands' }> = {
      ...bandsRuleKind,
      evaluate: (rule, input, context) => bandsRuleKind.evaluate({ ...rule, bands: rule.bands.map((band) => (band.from === undefined ? band : { ...band, from: { ...band.from, inclusive: !band.from.inclusive } })) }, input, context),
    };
    const rule = bandsRule({ bands: [{ to: ['60%', false], points: 0 }, { from: ['60%', true], to: ['90%', false], points: 6 }, { from: ['90%', true], points: 10 }] });
    const scheme = defineScheme({ id: 'bands', version: '1', title: 'bands', fullMarks: 10, grades: [{ grade: '-', min: 0 }], indicators: [leaf('x', 'x', 10, { ...rule, kind: 'flipped-bands' } as never)] });
    const report = verifyScheme(scheme, {
      ruleKinds: [{ ...flipped, kind: 'flipped-bands' } as unknown as RuleKind<{ readonly kind: string }>],
      inputs: { 'flipped-bands': (each, weight: Dec) => leafInputArbitrary({ ...(each as Rule), kind: 'bands' } as Rule, weight) },
      numRuns: 200,
    });
    const evaluates = report.results.find((result) => result.law === 'evaluates');
    expect([report.passed, evaluates?.status]).toEqual([false, 'failed']);
    expect(evaluates?.counterexample?.message).toMatch(/generated inputs were refused: inputs\.x\.actual value_outside_bands/);
  });
});

describe('verifyScheme', () => {
  test('passes on every shipped preset (built for its example data, and as its skeleton) and on the small fixture scheme', () => {
    const built = ['nanzhou-2023.json', 'project-2024.json'].map((file) => {
      const data = parseDataFile(JSON.parse(readFileSync(new URL(`../examples/${file}`, import.meta.url), 'utf8')));
      if (!data.ok) throw new Error(JSON.stringify(data.issues));
      return data.value.scheme;
    });
    expect(built.map((scheme) => `${scheme.id}@${scheme.version}`)).toEqual(presets.map((preset) => preset.reference));
    for (const scheme of [...built, ...presets.map((preset) => preset.skeleton()), smallScheme('rescale'), smallScheme('full')]) {
      const report = verifyScheme(scheme);
      expect(formatLawResults(failed(report.results))).toBe('');
      expect(report.passed).toBe(true);
      expect(report.results.map((result) => result.law)).toEqual(expect.arrayContaining(['bounded', 'monotone', 'rounding', 'evaluates', 'categories-sum', 'permutation', 'json-round-trip', 'grade']));
    }
  });

  test('passes on generated schemes', () => {
    const schemes = fc.sample(schemeArbitrary(), { numRuns: 5, seed: 42 });
    for (const scheme of schemes) expect(formatLawResults(failed(verifyScheme(scheme, { numRuns: 30 }).results))).toBe('');
  });

  test('reports a custom kind without parseRule as skipped for the JSON round trip', () => {
    const scheme = defineScheme<Rule | SquareRule>({ id: 'c', version: '1', title: 'c', fullMarks: 10, grades: [{ grade: '-', min: 0 }], indicators: [leaf<Rule | SquareRule>('a', 'a', 10, { kind: 'square' })] });
    const report = verifyScheme(scheme, { ruleKinds: [squareKind as unknown as RuleKind<{ readonly kind: string }>], inputs: { square: () => squareInputs() } });
    expect(report.passed).toBe(true);
    expect(report.results.find((result) => result.law === 'json-round-trip')).toMatchObject({ status: 'skipped', reason: 'a custom rule kind has no parseRule' });
  });
});
