import { z } from 'zod';
import { createIssue } from '../issues/createIssue.js';
import { reservedIds } from '../scheme/reservedIds.js';

/**
 * A JSON object read as a record (leaf id → input, slot → rows, value name → decimal), whose
 * keys are ids the library looks things up by. A key `__proto__`, `constructor` or `prototype`
 * is a `reserved_key` issue at its path instead of being dropped (zod's record skips an own
 * `__proto__` key, which `JSON.parse` and `parseJsonText` keep) or mistaken for what every object
 * inherits. The record's values are read only when no key is reserved.
 *
 * @param value - the schema of each value
 * @returns the record's schema
 *
 * @internal
 */
export function recordJson<T extends z.ZodType>(
  value: T,
): z.ZodType<Record<string, z.output<T>>, Record<string, z.input<T>>> {
  return z.preprocess(
    (written, context) => {
      // Whatever was written reaches here; the record schema reports anything but an object.
      const given: unknown = written;
      if (typeof given !== 'object' || given === null || Array.isArray(given)) return given;
      for (const key of reservedIds) {
        if (!Object.hasOwn(given, key)) continue;
        const issue = createIssue(
          'reserved_key',
          [],
          {
            zh: `「${key}」是保留字（${reservedIds.join(', ')}），不能用作 id 或键名`,
            en: `"${key}" is reserved (${reservedIds.join(', ')}) and cannot be used as an id or key`,
          },
          { expected: `a key other than ${reservedIds.join(', ')}`, received: key },
        );
        context.addIssue({
          code: 'custom',
          message: issue.message.en,
          path: [key],
          params: { issue },
        });
      }
      return given;
    },
    z.record(z.string(), value),
  );
}
