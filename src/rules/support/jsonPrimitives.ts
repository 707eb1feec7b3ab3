// The JSON building blocks shared by the scheme, inputs and evaluation schemas.
import { z } from 'zod';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { parseDecimal } from '../../decimal/parseDecimal.js';
import type { LocalizedText } from '../../issues/LocalizedText.js';

/** A decimal written as a string ("23,135.18", "99.56%") or a number; parsed without floats. */
export const decimalJson = z
  .union([z.string(), z.number()])
  .transform((value, context): Dec => {
    const parsed = parseDecimal(value);
    if (parsed.ok) return parsed.value;
    const [first] = parsed.issues;
    context.issues.push({
      code: 'custom',
      message: first.message.en,
      input: value,
      params: { issue: first },
    });
    return z.NEVER;
  })
  .meta({ description: 'A decimal: "23135.18", "23,135.18", "99.56%" or a JSON number' });

/** A decimal as results write it: a plain decimal string. */
export const decimalStringJson = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .meta({ description: 'A plain decimal string, e.g. "9.96"' });

/** A name: `{ zh, en? }`, or just the Chinese text. */
export const localizedTextJson = z
  .union([z.string().min(1), z.strictObject({ zh: z.string().min(1), en: z.string().optional() })])
  .transform((value): LocalizedText =>
    typeof value === 'string'
      ? { zh: value }
      : value.en === undefined
        ? { zh: value.zh }
        : { zh: value.zh, en: value.en },
  );

/** A name as results write it. */
export const localizedTextOutJson = z.strictObject({
  zh: z.string(),
  en: z.string().exactOptional(),
});

/** A bilingual message. */
export const bilingualJson = z.strictObject({ zh: z.string(), en: z.string() });

/** Drops keys whose value is undefined, so optional fields stay absent (exactOptionalPropertyTypes). */
export function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  // Removing undefined-valued keys is exactly what the mapped type states.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
