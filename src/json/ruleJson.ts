import { z } from 'zod';
import { bandsRule } from '../rules/BandsRule.js';
import { deductionRule } from '../rules/DeductionRule.js';
import { equalRule } from '../rules/EqualRule.js';
import { levelRule } from '../rules/LevelRule.js';
import { manualRule } from '../rules/ManualRule.js';
import { ratioRule } from '../rules/RatioRule.js';
import { reverseRule } from '../rules/ReverseRule.js';
import type { Rule } from '../rules/Rule.js';
import { comparisons, thresholdRule } from '../rules/ThresholdRule.js';
import { decimalJson, defined, localizedTextJson } from './primitives.js';

const reviewAboveJson = z.union([decimalJson, z.literal(false)]).optional().meta({ description: 'Completion at or above which the score is flagged for review; false for none. Default 1.2.' });

const deviationReasonJson = z.strictObject({ above: z.union([decimalJson, z.literal(false)]).optional(), whenMissed: z.boolean().optional() }).optional().meta({ description: 'When a deviation reason (偏差原因) is required' });

const ratioJson = z
  .strictObject({
    kind: z.literal('ratio'),
    cap: decimalJson.optional(),
    reviewAbove: reviewAboveJson,
    roundRateTo: z.int().min(0).max(20).optional(),
    rateLabel: localizedTextJson.optional(),
    target: decimalJson.optional(),
    deviationReason: deviationReasonJson,
  })
  .transform(({ kind: _kind, deviationReason, ...options }) => ratioRule({ ...defined(options), ...(deviationReason === undefined ? {} : { deviationReason: defined(deviationReason) }) }));

const equalJson = z
  .strictObject({ kind: z.literal('equal'), reviewAbove: reviewAboveJson, rateLabel: localizedTextJson.optional(), target: decimalJson.optional(), deviationReason: deviationReasonJson })
  .transform(({ kind: _kind, deviationReason, ...options }) => equalRule({ ...defined(options), ...(deviationReason === undefined ? {} : { deviationReason: defined(deviationReason) }) }));

const formulaJson = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('linear') }),
  z.strictObject({ type: z.literal('inverse') }),
  z.strictObject({ type: z.literal('perPoint'), points: decimalJson, excess: z.enum(['points', 'relative']).optional(), interpolate: z.boolean().optional() }),
]);

const reverseJson = z
  .strictObject({ kind: z.literal('reverse'), formula: formulaJson.optional(), rateLabel: localizedTextJson.optional(), target: decimalJson.optional(), unit: z.literal('percent').optional(), deviationReason: z.strictObject({ whenMissed: z.boolean().optional() }).optional() })
  .transform(({ kind: _kind, formula, deviationReason, ...options }) =>
    reverseRule({ ...defined(options), ...(formula === undefined ? {} : { formula: defined(formula) }), ...(deviationReason === undefined ? {} : { deviationReason: defined(deviationReason) }) }),
  );

const thresholdJson = z
  .strictObject({ kind: z.literal('threshold'), comparison: z.enum(comparisons), otherwise: decimalJson.optional(), target: decimalJson.optional(), unit: z.literal('percent').optional() })
  .transform(({ kind: _kind, ...options }) => thresholdRule(defined(options)));

const boundJson = z.strictObject({ value: decimalJson, inclusive: z.boolean() });
const awardJson = z.union([z.strictObject({ points: decimalJson }), z.strictObject({ fraction: decimalJson })]);

const bandsJson = z
  .strictObject({
    kind: z.literal('bands'),
    measure: z.enum(['actual', 'rate']).optional(),
    bands: z.array(z.strictObject({ from: boundJson.optional(), to: boundJson.optional(), award: awardJson, label: localizedTextJson.optional() })),
    target: decimalJson.optional(),
  })
  .transform(({ kind: _kind, measure, bands, target }) =>
    bandsRule({
      ...(measure === undefined ? {} : { measure }),
      ...(target === undefined ? {} : { target }),
      bands: bands.map((band) => ({
        ...(band.from === undefined ? {} : { from: [band.from.value, band.from.inclusive] as const }),
        ...(band.to === undefined ? {} : { to: [band.to.value, band.to.inclusive] as const }),
        ...('points' in band.award ? { points: band.award.points } : { fraction: band.award.fraction }),
        ...(band.label === undefined ? {} : { label: band.label }),
      })),
    }),
  );

const levelJson = z
  .strictObject({
    kind: z.literal('level'),
    levels: z.array(
      z.strictObject({
        id: z.string().min(1),
        name: localizedTextJson,
        award: z.union([
          z.strictObject({ fraction: decimalJson }),
          z.strictObject({ range: z.strictObject({ min: decimalJson, max: decimalJson, minInclusive: z.boolean().optional(), maxInclusive: z.boolean().optional() }) }),
        ]),
      }),
    ),
  })
  .transform(({ levels }) =>
    levelRule(levels.map((level) => ({ id: level.id, name: level.name, ...('fraction' in level.award ? { fraction: level.award.fraction } : { range: defined(level.award.range) }) }))),
  );

const deductionJson = z
  .strictObject({ kind: z.literal('deduction'), pointsEach: decimalJson, maxDeduction: decimalJson.optional() })
  .transform(({ kind: _kind, ...options }) => deductionRule(defined(options)));

const manualJson = z.strictObject({ kind: z.literal('manual') }).transform(() => manualRule());

/** The JSON form of a built-in rule, discriminated by `kind`. */
export const ruleJson: z.ZodType<Rule, unknown> = z.discriminatedUnion('kind', [ratioJson, equalJson, reverseJson, thresholdJson, bandsJson, levelJson, deductionJson, manualJson]);
