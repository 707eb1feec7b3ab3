import { z } from 'zod';
import { decimalJson, localizedTextJson } from '../support/jsonPrimitives.js';
import { bandsRule } from './bandsRule.js';

const boundJson = z.strictObject({ value: decimalJson, inclusive: z.boolean() });
const awardJson = z.union([
  z.strictObject({ points: decimalJson }),
  z.strictObject({ fraction: decimalJson }),
]);
const bandJson = z.strictObject({
  from: boundJson.optional(),
  to: boundJson.optional(),
  award: awardJson,
  label: localizedTextJson.optional(),
});

/** The JSON form of a bands rule, read into the rule its builder makes. */
export const bandsJson = z
  .strictObject({
    kind: z.literal('bands'),
    measure: z.enum(['actual', 'rate']).optional(),
    bands: z.array(bandJson),
    target: decimalJson.optional(),
  })
  .transform(({ kind: _kind, measure, bands, target }) =>
    bandsRule({
      ...(measure === undefined ? {} : { measure }),
      ...(target === undefined ? {} : { target }),
      bands: bands.map((band) => ({
        ...(band.from === undefined ? {} : { from: band.from }),
        ...(band.to === undefined ? {} : { to: band.to }),
        ...('points' in band.award
          ? { points: band.award.points }
          : { fraction: band.award.fraction }),
        ...(band.label === undefined ? {} : { label: band.label }),
      })),
    }),
  );
