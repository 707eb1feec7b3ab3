import { z } from 'zod';
import { decimalJson, defined, localizedTextJson } from '../support/jsonPrimitives.js';
import { levelRule } from './levelRule.js';

const rangeJson = z.strictObject({
  min: decimalJson,
  max: decimalJson,
  minInclusive: z.boolean().optional(),
  maxInclusive: z.boolean().optional(),
});

const levelEntryJson = z.strictObject({
  id: z.string().min(1),
  name: localizedTextJson,
  award: z.union([z.strictObject({ fraction: decimalJson }), z.strictObject({ range: rangeJson })]),
});

/** The JSON form of a level rule, read into the rule its builder makes. */
export const levelJson = z
  .strictObject({ kind: z.literal('level'), levels: z.array(levelEntryJson) })
  .transform(({ levels }) =>
    levelRule(
      levels.map((level) => ({
        id: level.id,
        name: level.name,
        ...('fraction' in level.award
          ? { fraction: level.award.fraction }
          : { range: defined(level.award.range) }),
      })),
    ),
  );
