import { compareDecimals } from '../../decimal/compareDecimals.js';
import { decimal } from '../../decimal/decimal.js';
import type { DecimalInput } from '../../decimal/DecimalInput.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import type { LocalizedText } from '../../issues/LocalizedText.js';
import { requireList, requireObject } from '../support/builderArguments.js';

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

const levelsExpected = { zh: '等级数组', en: 'an array of levels' };
const levelExpected = {
  zh: '等级 { id, name, fraction? | range? }',
  en: 'a level { id, name, fraction? | range? }',
};
const rangeExpected = {
  zh: '得分区间 { min, max, minInclusive?, maxInclusive? }',
  en: 'a range { min, max, minInclusive?, maxInclusive? }',
};

/** A level as written for {@link levelRule}. */
export interface LevelOptions {
  readonly id: string;
  readonly name: LocalizedText;
  readonly fraction?: DecimalInput;
  readonly range?: {
    readonly min: DecimalInput;
    readonly max: DecimalInput;
    readonly minInclusive?: boolean;
    readonly maxInclusive?: boolean;
  };
}

/**
 * Builds a level rule.
 *
 * @param levels - the levels, each with a fixed `fraction` or a `range` of fractions
 * @returns the rule data
 * @throws JixiaoError when a decimal is malformed (`decimal`), or with an `invalid_argument`
 *   issue when untyped code passes levels (or a level, or its range) of the wrong type
 *
 * @example
 * levelRule([
 *   { id: 'done', name: { zh: '完成', en: 'done' }, fraction: 1 },
 *   { id: 'partial', name: { zh: '部分完成', en: 'partly done' }, range: { min: 0, max: 1, minInclusive: false, maxInclusive: false } },
 *   { id: 'not-done', name: { zh: '未完成', en: 'not done' }, fraction: 0 },
 * ]);
 */
export function levelRule(levels: readonly LevelOptions[]): LevelRule {
  requireList(levels, 'levels', levelsExpected);
  return {
    kind: 'level',
    levels: levels.map((level, index) => {
      const at = `levels[${String(index)}]`;
      requireObject(level, at, levelExpected);
      if (level.range !== undefined) requireObject(level.range, `${at}.range`, rangeExpected);
      return levelOf(level);
    }),
  };
}

/** A level as the rule holds it: its award's decimals read, its range's ends inclusive unless said. */
function levelOf(level: LevelOptions): Level {
  return {
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
  };
}

/**
 * The national qualitative bands: 达成 [80%, 100%], 部分达成 [60%, 80%), 未达成 [0, 60%).
 *
 * @example
 * nationalLevelRule().levels.map((level) => level.name.zh);
 * // → ['达成年度指标', '部分达成年度指标并具有一定效果', '未达成年度指标且效果较差']
 */
export function nationalLevelRule(): LevelRule {
  return levelRule([
    { id: 'achieved', name: { zh: '达成年度指标', en: 'achieved' }, range: { min: '0.8', max: 1 } },
    {
      id: 'partly-achieved',
      name: { zh: '部分达成年度指标并具有一定效果', en: 'partly achieved' },
      range: { min: '0.6', max: '0.8', maxInclusive: false },
    },
    {
      id: 'not-achieved',
      name: { zh: '未达成年度指标且效果较差', en: 'not achieved' },
      range: { min: 0, max: '0.6', maxInclusive: false },
    },
  ]);
}

/**
 * 完成 (full) / 部分完成 (a judged score strictly between 0 and full) / 未完成 (0).
 *
 * @example
 * completionLevelRule().levels.map((level) => level.name.zh); // → ['完成', '部分完成', '未完成']
 */
export function completionLevelRule(): LevelRule {
  return levelRule([
    { id: 'done', name: { zh: '完成', en: 'done' }, fraction: 1 },
    {
      id: 'partial',
      name: { zh: '部分完成', en: 'partly done' },
      range: { min: 0, max: 1, minInclusive: false, maxInclusive: false },
    },
    { id: 'not-done', name: { zh: '未完成', en: 'not done' }, fraction: 0 },
  ]);
}

export function rangeText(range: FractionRange, weight: Dec): string {
  return `${range.minInclusive ? '[' : '('}${formatDecimal(weight.times(range.min))}, ${formatDecimal(weight.times(range.max))}${range.maxInclusive ? ']' : ')'}`;
}

export function inRange(range: FractionRange, fraction: Dec): boolean {
  const aboveMin = range.minInclusive
    ? compareDecimals(fraction, range.min) >= 0
    : compareDecimals(fraction, range.min) > 0;
  const belowMax = range.maxInclusive
    ? compareDecimals(fraction, range.max) <= 0
    : compareDecimals(fraction, range.max) < 0;
  return aboveMin && belowMax;
}

export function inRangeNonEmpty(range: FractionRange): boolean {
  return (
    range.min.lessThan(range.max) ||
    (range.min.equals(range.max) && range.minInclusive && range.maxInclusive)
  );
}
