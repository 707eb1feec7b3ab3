import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  plainSquareInputs,
  plainSquareKind,
  type PlainSquareRule,
} from '../../test/fixtures/plainSquareKind.js';
import { smallScheme } from '../../test/fixtures/smallScheme.js';
import { parseDataFile } from '../json/parseDataFile.js';
import { presets } from '../presets/presets.js';
import { bandsArbitrary } from '../rules/bands/bandsArbitrary.js';
import { bandsRule, type BandsRule } from '../rules/bands/bandsRule.js';
import { bandsRuleKind } from '../rules/bands/bandsRuleKind.js';
import type { Rule } from '../rules/Rule.js';
import type { RuleKind } from '../rules/RuleKind.js';
import { defineScheme, leaf } from '../scheme/builders.js';
import { schemeArbitrary } from './arbitraries.js';
import { formatLawResults } from './formatLawResults.js';
import type { LawResult } from './LawResult.js';
import { verifyScheme } from './verifyScheme.js';

const failed = (results: readonly LawResult[]) =>
  results.filter((result) => result.status === 'failed');

/** The bands rule under a kind name of its own, so that a modified evaluator can score it. */
interface FlippedBandsRule extends Omit<BandsRule, 'kind'> {
  readonly kind: 'flipped-bands';
}

describe('verifyScheme', () => {
  test('passes on every preset (for its example data and as a skeleton), the small scheme', () => {
    const built = ['nanzhou-2023.json', 'project-2024.json'].map((file) => {
      const text = readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8');
      const data = parseDataFile(JSON.parse(text));
      if (!data.ok) throw new Error(JSON.stringify(data.issues));
      return data.value.scheme;
    });
    expect(built.map((scheme) => `${scheme.id}@${scheme.version}`)).toEqual(
      presets.map((preset) => preset.reference),
    );
    const schemes = [
      ...built,
      ...presets.map((preset) => preset.skeleton()),
      smallScheme('rescale'),
      smallScheme('full'),
    ];
    for (const scheme of schemes) {
      // 30 runs of each law on each of six schemes: a unit test budgeted by run count.
      const report = verifyScheme(scheme, { numRuns: 30 });
      expect(formatLawResults(failed(report.results))).toBe('');
      expect(report.passed).toBe(true);
      expect(report.results.map((result) => result.law)).toEqual(
        expect.arrayContaining([
          'bounded',
          'monotone',
          'rounding',
          'evaluates',
          'categories-sum',
          'permutation',
          'json-round-trip',
          'grade',
          'best-scores',
        ]),
      );
    }
  });

  test('passes on generated schemes', () => {
    const schemes = fc.sample(schemeArbitrary(), { numRuns: 5, seed: 42 });
    for (const scheme of schemes)
      expect(formatLawResults(failed(verifyScheme(scheme, { numRuns: 30 }).results))).toBe('');
  });

  test('reports a custom kind without parseRule as skipped for the JSON round trip', () => {
    const scheme = defineScheme<Rule | PlainSquareRule>({
      id: 'c',
      version: '1',
      title: 'c',
      fullMarks: 10,
      grades: [{ grade: '-', min: 0 }],
      indicators: [leaf<Rule | PlainSquareRule>('a', 'a', 10, { kind: 'square' })],
    });
    const report = verifyScheme(scheme, {
      ruleKinds: [plainSquareKind],
      inputs: { square: () => plainSquareInputs() },
    });
    expect(report.passed).toBe(true);
    expect(report.results.find((result) => result.law === 'json-round-trip')).toMatchObject({
      status: 'skipped',
      reason: 'a custom rule kind has no parseRule',
    });
  });

  test('flipping a band’s inclusivity makes the band edge score nothing: evaluates fails', () => {
    const rule = bandsRule({
      bands: [
        { to: ['60%', false], points: 0 },
        { from: ['60%', true], to: ['90%', false], points: 6 },
        { from: ['90%', true], points: 10 },
      ],
    });
    const flip = (each: FlippedBandsRule): BandsRule => ({
      ...each,
      kind: 'bands',
      bands: each.bands.map((band) =>
        band.from === undefined
          ? band
          : { ...band, from: { ...band.from, inclusive: !band.from.inclusive } },
      ),
    });
    const flipped: RuleKind<FlippedBandsRule> = {
      kind: 'flipped-bands',
      inputFields: bandsRuleKind.inputFields,
      directionOf: (each) => bandsRuleKind.directionOf(flip(each)),
      shapeOf: (each, weight, input) => bandsRuleKind.shapeOf?.(flip(each), weight, input),
      validateRule: () => [],
      evaluate: (each, input, context) => bandsRuleKind.evaluate(flip(each), input, context),
    };
    const scheme = defineScheme<Rule | FlippedBandsRule>({
      id: 'bands',
      version: '1',
      title: 'bands',
      fullMarks: 10,
      grades: [{ grade: '-', min: 0 }],
      indicators: [leaf<Rule | FlippedBandsRule>('x', 'x', 10, { ...rule, kind: 'flipped-bands' })],
    });
    const report = verifyScheme(scheme, {
      ruleKinds: [flipped],
      // The scheme's one leaf holds `rule`: its inputs are the unflipped rule's own.
      inputs: { 'flipped-bands': (_each, weight) => bandsArbitrary.input(rule, weight) },
      numRuns: 200,
    });
    const evaluates = report.results.find((result) => result.law === 'evaluates');
    expect([report.passed, evaluates?.status]).toEqual([false, 'failed']);
    expect(evaluates?.counterexample?.message).toMatch(
      /generated inputs were refused: inputs\.x\.actual value_outside_bands/,
    );
  });
});
