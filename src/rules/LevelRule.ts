import type { DecimalInput } from '../decimal/DecimalInput.js';
import { decimal } from '../decimal/decimal.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/Issue.js';
import { failure, success } from '../issues/Result.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import type { Finding } from './Finding.js';
import type { RuleKind } from './RuleKind.js';
import { invalidParameter, quantities, missingField, ONE, plain, step, ZERO } from './ruleSupport.js';

/** A range of fractions of the weight inside which the evaluator picks the score. */
export interface FractionRange {
  readonly min: Dec;
  readonly max: Dec;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
}

/** A named level (完成情况): a fixed fraction of the weight, or a range to judge within. */
export interface Level {
  readonly id: string;
  readonly name: LocalizedText;
  readonly award: { readonly fraction: Dec } | { readonly range: FractionRange };
}

/** A qualitative rule (定性指标): the input names a level; ranged levels take a score and a reason. */
export interface LevelRule {
  readonly kind: 'level';
  readonly levels: readonly Level[];
}

/** A level as written for {@link levelRule}. */
export interface LevelOptions {
  readonly id: string;
  readonly name: LocalizedText;
  readonly fraction?: DecimalInput;
  readonly range?: { readonly min: DecimalInput; readonly max: DecimalInput; readonly minInclusive?: boolean; readonly maxInclusive?: boolean };
}

/**
 * Builds a level rule.
 *
 * @param levels - the levels, each with a fixed `fraction` or a `range` of fractions
 * @returns the rule data
 *
 * @example
 * levelRule([
 *   { id: 'done', name: { zh: '完成', en: 'done' }, fraction: 1 },
 *   { id: 'partial', name: { zh: '部分完成', en: 'partly done' }, range: { min: 0, max: 1, minInclusive: false, maxInclusive: false } },
 *   { id: 'not-done', name: { zh: '未完成', en: 'not done' }, fraction: 0 },
 * ]);
 */
export function levelRule(levels: readonly LevelOptions[]): LevelRule {
  return {
    kind: 'level',
    levels: levels.map((level) => ({
      id: level.id,
      name: level.name,
      award:
        level.range === undefined
          ? { fraction: decimal(level.fraction ?? 0) }
          : {
              range: {
                min: decimal(level.range.min),
                max: decimal(level.range.max),
                minInclusive: level.range.minInclusive ?? true,
                maxInclusive: level.range.maxInclusive ?? true,
              },
            },
    })),
  };
}

/** The national qualitative bands: 达成 [80%, 100%], 部分达成 [60%, 80%), 未达成 [0, 60%). */
export function nationalLevelRule(): LevelRule {
  return levelRule([
    { id: 'achieved', name: { zh: '达成年度指标', en: 'achieved' }, range: { min: '0.8', max: 1 } },
    { id: 'partly-achieved', name: { zh: '部分达成年度指标并具有一定效果', en: 'partly achieved' }, range: { min: '0.6', max: '0.8', maxInclusive: false } },
    { id: 'not-achieved', name: { zh: '未达成年度指标且效果较差', en: 'not achieved' }, range: { min: 0, max: '0.6', maxInclusive: false } },
  ]);
}

/** 完成 (full) / 部分完成 (a judged score strictly between 0 and full) / 未完成 (0). */
export function completionLevelRule(): LevelRule {
  return levelRule([
    { id: 'done', name: { zh: '完成', en: 'done' }, fraction: 1 },
    { id: 'partial', name: { zh: '部分完成', en: 'partly done' }, range: { min: 0, max: 1, minInclusive: false, maxInclusive: false } },
    { id: 'not-done', name: { zh: '未完成', en: 'not done' }, fraction: 0 },
  ]);
}

function rangeText(range: FractionRange, weight: Dec): string {
  return `${range.minInclusive ? '[' : '('}${formatDecimal(weight.times(range.min))}, ${formatDecimal(weight.times(range.max))}${range.maxInclusive ? ']' : ')'}`;
}

function inRange(range: FractionRange, fraction: Dec): boolean {
  const aboveMin = range.minInclusive ? fraction.greaterThanOrEqualTo(range.min) : fraction.greaterThan(range.min);
  const belowMax = range.maxInclusive ? fraction.lessThanOrEqualTo(range.max) : fraction.lessThan(range.max);
  return aboveMin && belowMax;
}

/** The `level` rule kind (定性 / 完成情况). */
export const levelRuleKind: RuleKind<LevelRule> = {
  kind: 'level',
  inputFields: ['level', 'score', 'reason'],
  directionOf: () => 'none',
  validateRule(rule, _weight, path) {
    const issues: Issue[] = [];
    if (rule.levels.length === 0) issues.push(invalidParameter([...path, 'levels'], '至少需要一个等级', 'at least one level is needed'));
    const seen = new Set<string>();
    rule.levels.forEach((level, index) => {
      const levelPath = [...path, 'levels', index];
      if (seen.has(level.id)) {
        issues.push(createIssue('duplicate_id', [...levelPath, 'id'], { zh: `等级 id 重复：${level.id}`, en: `Duplicate level id: ${level.id}` }, { received: level.id }));
      }
      seen.add(level.id);
      const fractions = 'fraction' in level.award ? [level.award.fraction] : [level.award.range.min, level.award.range.max];
      if (fractions.some((fraction) => fraction.isNegative() || fraction.greaterThan(ONE))) {
        issues.push(invalidParameter([...levelPath, 'award'], '比例须在 0 与 1 之间', 'fractions must lie between 0 and 1'));
      }
      if ('range' in level.award && !inRangeNonEmpty(level.award.range)) {
        issues.push(invalidParameter([...levelPath, 'award', 'range'], '区间为空：min 须小于 max', 'the range is empty: min must be below max'));
      }
    });
    return issues;
  },
  evaluate(rule, input, context) {
    const { path, weight } = context;
    if (input.level === undefined) return failure([missingField(path, 'level', 'level')]);
    const chosen = rule.levels.find((level) => level.id === input.level || level.name.zh === input.level || level.name.en === input.level);
    if (chosen === undefined) {
      return failure([
        createIssue(
          'unknown_level',
          [...path, 'level'],
          { zh: `未知的等级：「${input.level}」`, en: `Unknown level: "${input.level}"` },
          { expected: rule.levels.map((level) => `${level.id} (${level.name.zh})`).join(', '), received: input.level },
        ),
      ]);
    }
    const note = { zh: chosen.name.zh, en: chosen.name.en ?? chosen.name.zh };
    if ('fraction' in chosen.award) {
      const score = weight.times(chosen.award.fraction);
      if (input.score !== undefined && !input.score.equals(score)) {
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
        trace: [step(quantities.score, 'select', [plain(weight)], plain(score), { note })],
        findings: [],
      });
    }
    const { range } = chosen.award;
    const issues: Issue[] = [];
    if (input.score === undefined) issues.push(missingField(path, 'score', `level (${chosen.id})`));
    if (input.reason === undefined || input.reason.trim() === '') {
      issues.push(
        createIssue(
          'reason_required',
          [...path, 'reason'],
          { zh: `等级「${chosen.name.zh}」由评价人在区间内打分，须说明理由`, en: `The level "${note.en}" is scored by judgement within a range; a reason is required` },
          { expected: 'a reason' },
        ),
      );
    }
    if (input.score !== undefined) {
      const fraction = weight.isZero() ? ZERO : input.score.dividedBy(weight);
      if (!inRange(range, fraction) || input.score.isNegative() || input.score.greaterThan(weight)) {
        issues.push(
          createIssue(
            'score_outside_level_range',
            [...path, 'score'],
            {
              zh: `等级「${chosen.name.zh}」的得分须在 ${rangeText(range, weight)} 之内，收到 ${formatDecimal(input.score)}`,
              en: `A score for the level "${note.en}" must lie in ${rangeText(range, weight)}; received ${formatDecimal(input.score)}`,
            },
            { expected: rangeText(range, weight), received: formatDecimal(input.score) },
          ),
        );
      }
    }
    const [first, ...rest] = issues;
    if (first !== undefined) return failure([first, ...rest]);
    const score = input.score ?? ZERO;
    const findings: Finding[] = [
      {
        code: 'judged_within_level',
        severity: 'info',
        message: {
          zh: `评价人在区间 ${rangeText(range, weight)} 内给分 ${formatDecimal(score)}：${input.reason ?? ''}`,
          en: `The evaluator scored ${formatDecimal(score)} within ${rangeText(range, weight)}: ${input.reason ?? ''}`,
        },
      },
    ];
    return success({
      score,
      trace: [step(quantities.judgement, 'given', [plain(weight)], plain(score), { note: { zh: `${note.zh}：${input.reason ?? ''}`, en: `${note.en}: ${input.reason ?? ''}` } })],
      findings,
    });
  },
};

function inRangeNonEmpty(range: FractionRange): boolean {
  return range.min.lessThan(range.max) || (range.min.equals(range.max) && range.minInclusive && range.maxInclusive);
}

