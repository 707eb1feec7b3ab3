import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/Issue.js';
import { failure, success } from '../issues/Result.js';
import type { LeafInput } from '../rules/LeafInput.js';
import type { RuleKind } from '../rules/RuleKind.js';
import { defineScheme, leaf } from '../scheme/builders.js';
import type { NotApplicablePolicy } from '../scheme/Scheme.js';
import { createRuleKindRegistry } from './createRuleKindRegistry.js';
import { isDeepFrozen } from './isDeepFrozen.js';
import { prepareScheme } from './prepareScheme.js';
import { roundingNote } from './roundingNote.js';
import { scoreLeaf } from './scoreLeaf.js';

interface GivenRule {
  readonly kind: 'given';
}

/** Awards the score given, unchecked, so that the engine's own checks can be seen. */
const givenKind: RuleKind<GivenRule> = {
  kind: 'given',
  inputFields: ['score'],
  directionOf: () => 'none',
  validateRule: () => [],
  evaluate: (_rule, input, context) =>
    input.score === undefined
      ? failure([
          createIssue('missing_field', [...context.path, 'score'], { zh: '无', en: 'none' }),
        ])
      : success({ score: input.score, trace: [], findings: [] }),
};

function score(input: LeafInput | undefined, notApplicable: NotApplicablePolicy = 'rescale') {
  const scheme = defineScheme<GivenRule>({
    id: 's',
    version: '1',
    title: 's',
    fullMarks: 4,
    grades: [{ grade: '-', min: 0 }],
    notApplicable,
    indicators: [leaf<GivenRule>('a', { zh: '甲', en: 'A' }, 4, { kind: 'given' })],
  });
  const [prepared] = prepareScheme(scheme, createRuleKindRegistry([givenKind])).nodes;
  if (prepared?.type !== 'leaf') throw new Error('fixture: one leaf');
  const issues: Issue[] = [];
  const note = roundingNote(scheme.rounding);
  const inputs = input === undefined ? {} : { a: input };
  const scored = scoreLeaf(prepared, { inputs, scheme, issues, roundingNote: note });
  const codes = issues.map((found) => `${found.code} ${found.path.join('.')}`);
  return { scored, codes, note };
}

describe('scoreLeaf', () => {
  test('a score is rounded by the policy and the rounding is the last trace step', () => {
    const { scored, codes, note } = score({ score: decimal('2.345') });
    expect(codes).toEqual([]);
    expect([scored.score?.toString(), scored.applicableWeight.toString()]).toEqual(['2.35', '4']);
    expect(scored.notApplicableWeight.isZero()).toBe(true);
    const { result } = scored;
    if (result.type !== 'leaf') throw new Error('a leaf');
    expect([result.status, result.score, result.scoreRatePercent, result.input]).toEqual([
      'scored',
      '2.35',
      '58.75',
      { score: '2.345' },
    ]);
    expect(result.trace.at(-1)).toEqual({
      role: 'score',
      label: { zh: '得分', en: 'score' },
      operation: 'round',
      operands: [{ value: '2.345' }],
      result: { value: '2.35' },
      note: { zh: '保留 2 位小数（四舍五入）', en: '2 dp, half-up' },
    });
    // One note for every leaf of an evaluation, not one per leaf.
    expect(result.trace.at(-1)?.note).toBe(note);
    expect(isDeepFrozen(result)).toBe(true);
  });

  test('what cannot be scored adds nothing and says why', () => {
    const cases: (LeafInput | undefined)[] = [
      undefined,
      { score: decimal(1), actual: decimal(2) },
      { score: decimal('4.01') },
      { score: decimal(-1) },
      {},
    ];
    expect(
      cases.map((input) => {
        const { scored, codes } = score(input);
        expect([scored.score, scored.applicableWeight.isZero(), scored.result.score]).toEqual([
          null,
          true,
          null,
        ]);
        return codes;
      }),
    ).toEqual([
      ['missing_input inputs.a'],
      ['unexpected_input_field inputs.a.actual'],
      ['rule_score_out_of_bounds indicators.a'],
      ['rule_score_out_of_bounds indicators.a'],
      ['missing_field inputs.a.score'],
    ]);
  });

  test('不适用 leaves the weight out, or awards it in full, as the scheme says', () => {
    const marked = { notApplicable: true, reason: '本年度无此项业务' };
    const rescaled = score(marked);
    const full = score(marked, 'full');
    expect([rescaled.codes, full.codes]).toEqual([[], []]);
    const { score: left, applicableWeight } = rescaled.scored;
    expect([left, applicableWeight.toString()]).toEqual([null, '0']);
    expect([full.scored.score?.toString(), full.scored.applicableWeight.toString()]).toEqual([
      '4',
      '4',
    ]);
    for (const { scored } of [rescaled, full]) {
      expect(scored.notApplicableWeight.toString()).toBe('4');
      expect(scored.result.status).toBe('not_applicable');
    }
    expect(full.scored.result.score).toBe('4.00');
  });

  test('不适用 needs a reason, a scheme that allows it, and no other values', () => {
    expect(score({ notApplicable: true, score: decimal(1) }, 'forbid').codes).toEqual([
      'not_applicable_forbidden inputs.a.notApplicable',
      'reason_required inputs.a.reason',
      'conflicting_input_fields inputs.a.score',
    ]);
  });
});
