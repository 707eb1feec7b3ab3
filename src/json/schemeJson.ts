import { z } from 'zod';
import { leafRoles } from '../scheme/LeafRole.js';
import { roundingModes } from '../decimal/RoundingPolicy.js';
import type { RuleBase } from '../rules/RuleBase.js';
import { defineScheme } from '../scheme/builders.js';
import type { IndicatorNode, Scheme } from '../scheme/Scheme.js';
import { decimalJson, defined, localizedTextJson } from '../rules/support/jsonPrimitives.js';

/**
 * Builds the zod schema of a scheme's JSON form for a given rule schema (the built-in rules, or
 * those plus custom kinds).
 *
 * @internal
 */
export function schemeJsonFor<R extends RuleBase>(rule: z.ZodType<R>): z.ZodType<Scheme<R>> {
  const leaf = z.strictObject({
    type: z.literal('leaf'),
    id: z.string(),
    name: localizedTextJson,
    weight: decimalJson,
    rule,
    description: localizedTextJson.optional(),
    basis: z
      .strictObject({
        kind: z.enum(['report', 'national', 'assumed']),
        reference: z.string().min(1),
      })
      .optional(),
    role: z
      .enum(leafRoles)
      .optional()
      .meta({ description: 'What the leaf stands for: budget-execution, three-public-spending' }),
  });
  const categoryShape = {
    type: z.literal('category'),
    id: z.string(),
    name: localizedTextJson,
    weight: decimalJson,
    description: localizedTextJson.optional(),
    get children(): z.ZodArray<z.ZodType<IndicatorNode<R>>> {
      return z.array(node);
    },
  };
  const category = z.strictObject(categoryShape);
  const node: z.ZodType<IndicatorNode<R>> = z
    .discriminatedUnion('type', [category, leaf])
    // zod infers the recursive children loosely; the shapes above are exactly IndicatorNode<R>.
    // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
    .transform((value) => ({ ...defined(value), type: value.type }) as IndicatorNode<R>)
    .meta({ id: 'indicator' });
  return z
    .strictObject({
      $schema: z.string().optional(),
      id: z.string(),
      version: z.string(),
      title: localizedTextJson,
      effectiveYear: z.int().min(1900).max(2200).optional(),
      source: z.string().optional(),
      fullMarks: decimalJson.optional(),
      rounding: z
        .strictObject({ scale: z.int().min(0).max(10), mode: z.enum(roundingModes) })
        .optional(),
      grades: z
        .array(
          z.strictObject({
            grade: z.string().min(1),
            name: localizedTextJson.optional(),
            min: decimalJson,
          }),
        )
        .min(1)
        .optional(),
      notApplicable: z.enum(['rescale', 'full', 'forbid']).optional(),
      indicators: z.array(node),
    })
    .transform(({ $schema: _schema, grades, ...rest }) =>
      defineScheme<R>({
        ...defined(rest),
        ...(grades === undefined ? {} : { grades: grades.map((band) => defined(band)) }),
      }),
    );
}
