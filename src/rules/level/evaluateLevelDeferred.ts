import { compareDecimals } from '../../decimal/compareDecimals.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import { failure, failureOf, success, type Result } from '../../issues/Result.js';
import type { DeferredOutcome } from '../DeferredOutcome.js';
import type { Finding } from '../Finding.js';
import type { LeafInput } from '../LeafInput.js';
import type { RuleContext } from '../RuleKind.js';
import { missingField, plain, quantities, step, ZERO } from '../support/ruleSupport.js';
import { weakPairCache } from '../support/weakPairCache.js';
import type { LevelRule } from './levelRule.js';
import { rangeOfScores } from './scoredRange.js';

const noFindings: readonly Finding[] = Object.freeze([]);

// Each fixed fraction's products with the weights it scored: the same at every evaluation of a
// scheme, and a preset's shared levels serve leaves of several weights. Keyed by the decimals
// themselves, which are immutable, weakly: a scheme let go takes its entries along.
const fixedScores = weakPairCache<Dec, Dec, Dec>();

/** A fixed level's score, weight × fraction, worked out once per fraction and weight. */
function fixedScore(fraction: Dec, weight: Dec): Dec {
  const known = fixedScores.get(fraction, weight);
  if (known !== undefined) return known;
  const score = weight.times(fraction);
  fixedScores.set(fraction, weight, score);
  return score;
}

/**
 * Scores one input of a `level` rule, its trace deferred: the exact score in [0, weight], its
 * findings, and how to build its trace.
 *
 * @param rule - the rule
 * @param input - what was observed
 * @param context - the weight, rounding policy and input path
 * @returns the outcome, or the input's issues
 *
 * @internal
 */
export function evaluateLevelDeferred(
  rule: LevelRule,
  input: LeafInput,
  context: RuleContext,
): Result<DeferredOutcome> {
  const { path, weight } = context;
  if (input.level === undefined) return failure([missingField(path, 'level', 'level')]);
  const chosen = rule.levels.find(
    (level) =>
      level.id === input.level || level.name.zh === input.level || level.name.en === input.level,
  );
  if (chosen === undefined) {
    return failure([
      createIssue(
        'unknown_level',
        [...path, 'level'],
        { zh: `未知的等级：「${input.level}」`, en: `Unknown level: "${input.level}"` },
        {
          expected: rule.levels.map((level) => `${level.id} (${level.name.zh})`).join(', '),
          received: input.level,
        },
      ),
    ]);
  }
  const note = { zh: chosen.name.zh, en: chosen.name.en ?? chosen.name.zh };
  const { reason } = input;
  if ('fraction' in chosen.award) {
    const score = fixedScore(chosen.award.fraction, weight);
    if (input.score !== undefined && compareDecimals(input.score, score) !== 0) {
      return failure([
        createIssue(
          'score_fixed_by_level',
          [...path, 'score'],
          {
            zh: `等级「${chosen.name.zh}」的得分固定为 ${formatDecimal(score)}，不应另给分数`,
            en: `The level "${note.en}" fixes the score at ${formatDecimal(score)}; no other score may be given`,
          },
          { expected: formatDecimal(score), received: formatDecimal(input.score) },
        ),
      ]);
    }
    return success({
      score,
      findings: noFindings,
      trace: () => [step(quantities.score, 'select', [plain(weight)], plain(score), { note })],
    });
  }
  const scores = rangeOfScores(chosen.award.range, weight);
  const issues: Issue[] = [];
  if (input.score === undefined) issues.push(missingField(path, 'score', `level (${chosen.id})`));
  if (input.reason === undefined || input.reason.trim() === '') {
    issues.push(
      createIssue(
        'reason_required',
        [...path, 'reason'],
        {
          zh: `等级「${chosen.name.zh}」由评价人在区间内打分，须说明理由`,
          en: `The level "${note.en}" is scored by judgement within a range; a reason is required`,
        },
        { expected: 'a reason' },
      ),
    );
  }
  if (input.score !== undefined) {
    if (
      !scores.contains(input.score) ||
      input.score.isNegative() ||
      compareDecimals(input.score, weight) > 0
    ) {
      issues.push(
        createIssue(
          'score_outside_level_range',
          [...path, 'score'],
          {
            zh: `等级「${chosen.name.zh}」的得分须在 ${scores.text} 之内，收到 ${formatDecimal(input.score)}`,
            en: `A score for the level "${note.en}" must lie in ${scores.text}; received ${formatDecimal(input.score)}`,
          },
          { expected: scores.text, received: formatDecimal(input.score) },
        ),
      );
    }
  }
  const failed = failureOf(issues);
  if (failed !== undefined) return failed;
  const score = input.score ?? ZERO;
  const findings: Finding[] = [
    {
      code: 'judged_within_level',
      severity: 'info',
      message: {
        zh: `评价人在区间 ${scores.text} 内给分 ${formatDecimal(score)}：${input.reason ?? ''}`,
        en: `The evaluator scored ${formatDecimal(score)} within ${scores.text}: ${input.reason ?? ''}`,
      },
    },
  ];
  return success({
    score,
    findings,
    trace: () => [
      step(quantities.judgement, 'given', [plain(weight)], plain(score), {
        note: { zh: `${note.zh}：${reason ?? ''}`, en: `${note.en}: ${reason ?? ''}` },
      }),
    ],
  });
}
