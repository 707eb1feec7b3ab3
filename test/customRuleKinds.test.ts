// Custom rule kinds cross units: a kind written outside the library, the engine that registers it,
// the scheme builders typed over the extended rule union and the engine's own bounds check.
import { describe, expect, test } from 'vitest';
import {
  createEngine,
  decimal,
  defineScheme,
  leaf,
  ratioRule,
  success,
  type Rule,
  type RuleKind,
} from '../src/index.js';
import { plainSquareKind, type PlainSquareRule } from './fixtures/plainSquareKind.js';

type Extended = Rule | PlainSquareRule;

describe('custom rule kinds', () => {
  test('a kind given to createEngine scores beside the built-in ones; no global registry', () => {
    const engine = createEngine({ ruleKinds: [plainSquareKind] });
    const scheme = defineScheme<Extended>({
      id: 'c',
      version: '1',
      title: 'c',
      fullMarks: 20,
      grades: [{ grade: '-', min: 0 }],
      indicators: [leaf('a', 'a', 10, { kind: 'square' }), leaf('b', 'b', 10, ratioRule())],
    });
    const result = engine.evaluate(scheme, {
      a: { actual: decimal('0.5') },
      b: { actual: decimal(1), target: decimal(2) },
    });
    expect(result.ok ? result.value.total : result.issues).toBe('7.50');
    // An engine typed for the kind but not given it, as a caller without types would make one.
    const unaware = createEngine<PlainSquareRule>();
    expect(unaware.validateScheme(scheme).map((found) => found.code)).toEqual([
      'unknown_rule_kind',
    ]);
  });

  test('an evaluator that returns a score above the weight is caught', () => {
    const broken: RuleKind<PlainSquareRule> = {
      ...plainSquareKind,
      evaluate: (_rule, _input, ruleContext) =>
        success({ score: ruleContext.weight.plus(1), trace: [], findings: [] }),
    };
    const engine = createEngine({ ruleKinds: [broken] });
    const scheme = defineScheme<Extended>({
      id: 'c',
      version: '1',
      title: 'c',
      fullMarks: 10,
      grades: [{ grade: '-', min: 0 }],
      indicators: [leaf('a', 'a', 10, { kind: 'square' })],
    });
    const result = engine.evaluate(scheme, { a: { actual: decimal(1) } });
    expect(result.ok ? '' : result.issues[0].code).toBe('rule_score_out_of_bounds');
    // The square kind under a built-in kind's name.
    const impostor: RuleKind<{ readonly kind: 'ratio' }> = {
      kind: 'ratio',
      inputFields: plainSquareKind.inputFields,
      directionOf: () => 'increasing',
      validateRule: () => [],
      evaluate: (_rule, input, ruleContext) =>
        plainSquareKind.evaluate({ kind: 'square' }, input, ruleContext),
    };
    expect(() => createEngine({ ruleKinds: [impostor] })).toThrow(/Duplicate rule kind: ratio/);
  });
});
