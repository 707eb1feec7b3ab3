import fc from 'fast-check';
import { decimal } from '../decimal/decimal.js';
import { describe, expect, test } from 'vitest';
import type { Evaluation } from '../evaluation/Evaluation.js';
import type { Result } from '../issues/Result.js';
import type { Inputs } from '../rules/LeafInput.js';
import { bandsRule } from '../rules/bands/bandsRule.js';
import { deductionRule } from '../rules/deduction/deductionRule.js';
import { equalRule } from '../rules/equal/equalRule.js';
import { completionLevelRule } from '../rules/level/levelRule.js';
import { manualRule } from '../rules/manual/manualRule.js';
import { ratioRule } from '../rules/ratio/ratioRule.js';
import { reverseRule } from '../rules/reverse/reverseRule.js';
import { thresholdRule } from '../rules/threshold/thresholdRule.js';
import { category, defineScheme, leaf } from '../scheme/builders.js';
import type { Scheme } from '../scheme/Scheme.js';
import { evaluate } from './evaluate.js';
import { isDeepFrozen } from './isDeepFrozen.js';
import { validateScheme } from './validateScheme.js';

const rules = {
  ratio: ratioRule(),
  equal: equalRule({ target: 1 }),
  reverse: reverseRule(),
  threshold: thresholdRule({ comparison: 'yes' }),
  bands: bandsRule({
    bands: [
      { to: ['60%', false], points: 0 },
      { from: ['60%', true], points: 1 },
    ],
  }),
  level: completionLevelRule(),
  deduction: deductionRule({ pointsEach: '0.5' }),
  manual: manualRule(),
};
const ids = Object.keys(rules);
const scheme = defineScheme({
  id: 'anything',
  version: '1',
  title: '任意输入',
  fullMarks: 8,
  grades: [{ grade: '-', min: 0 }],
  indicators: [
    category(
      'all',
      '全部',
      8,
      Object.entries(rules).map(([id, rule]) => leaf(id, id, 1, rule)),
    ),
  ],
});
const fields = [
  'actual',
  'target',
  'answer',
  'level',
  'score',
  'reason',
  'occurrences',
  'items',
  'notApplicable',
  'values',
  'evidence',
  'unknown',
];

/** Values of every kind fast-check makes: maps, dates, bigints, boxed values, sparse arrays… */
const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** A value of any shape, and one of the right shape for some field, about as often. */
const fieldValue = fc.oneof(
  anything,
  fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constantFrom('23,135.18', '99.56%', '1e400')),
  fc.array(fc.record({ text: anything, points: anything }, { requiredKeys: [] })),
);
const leafInput = fc.dictionary(fc.constantFrom(...fields), fieldValue, { maxKeys: 4 });

/**
 * The result's shape: ok with a value, or not ok with at least one issue, each with a code. A
 * value is read through (its traces, built when read, too): reading never throws either, and
 * finds it frozen through and through.
 */
function expectResult(result: Result<Evaluation>) {
  if (result.ok) {
    expect(typeof JSON.stringify(result.value)).toBe('string');
    expect(isDeepFrozen(result.value)).toBe(true);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
}

describe('evaluate never throws: whatever it is given, it returns a result', () => {
  test('the scheme is valid, so that the inputs are read', () => {
    expect(validateScheme(scheme)).toEqual([]);
    const scored = evaluate(scheme, { manual: { score: decimal(1) } });
    // Every other leaf is missing its input; the one given is read and scored.
    expect(scored.ok ? [] : scored.issues.map((found) => found.code)).toEqual(
      ids.filter((id) => id !== 'manual').map(() => 'missing_input'),
    );
  });

  test('inputs of any shape', () => {
    fc.assert(
      fc.property(anything, (inputs) => {
        expectResult(evaluate(scheme, inputs as Inputs));
      }),
      { numRuns: 300 },
    );
  });

  test('leaf inputs with any value in any field', () => {
    const inputs = fc.dictionary(fc.constantFrom(...ids), fc.oneof(leafInput, anything));
    fc.assert(
      fc.property(inputs, (given) => {
        expectResult(evaluate(scheme, given as Inputs));
      }),
      { numRuns: 500 },
    );
  });

  test('a scheme with any value in place of one of its parts', () => {
    const [top] = scheme.indicators;
    const children = top?.type === 'category' ? top.children : [];
    const [first] = children;
    const replace = (part: string, value: unknown): unknown => {
      switch (part) {
        case 'weight':
        case 'rule':
        case 'name':
        case 'id':
        case 'type':
          return { ...scheme, indicators: [{ ...top, children: [{ ...first, [part]: value }] }] };
        case 'rule parameter':
          return {
            ...scheme,
            indicators: [{ ...top, children: [{ ...first, rule: { kind: 'ratio', cap: value } }] }],
          };
        default:
          return { ...scheme, [part]: value };
      }
    };
    const parts = [
      'fullMarks',
      'grades',
      'rounding',
      'indicators',
      'title',
      'notApplicable',
      'weight',
      'rule',
      'name',
      'id',
      'type',
      'rule parameter',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...parts), anything, (part, value) => {
        const changed = replace(part, value) as Scheme;
        expect(Array.isArray(validateScheme(changed))).toBe(true);
        expectResult(evaluate(changed, {}));
      }),
      { numRuns: 500 },
    );
  });
});
