import { isRecord } from '../issues/isRecord.js';
import type { z } from 'zod';

/** What the error map below keeps of a schema for the translation of its issue. */
export interface SchemaFacts {
  /** The keys an object schema knows, for a did-you-mean on an unknown key. */
  readonly knownKeys?: readonly string[];
  /** The bounds a number schema's checks set. */
  readonly minimum?: number;
  readonly maximum?: number;
}

/** Starts a message that carries {@link SchemaFacts}: no zod message starts with a NUL. */
const marker = '\u0000jixiao:';

/** The `_zod.def` of a zod schema or check, read without trusting its type. */
function definitionOf(value: unknown): Readonly<Record<string, unknown>> | undefined {
  if (!isRecord(value)) return undefined;
  const internals = value['_zod'];
  if (!isRecord(internals)) return undefined;
  const definition = internals['def'];
  return isRecord(definition) ? definition : undefined;
}

/** The bounds set by a number schema's `min`/`max` checks. */
function boundsOf(schema: unknown): Pick<SchemaFacts, 'minimum' | 'maximum'> {
  const checks = definitionOf(schema)?.['checks'];
  if (!Array.isArray(checks)) return {};
  const list: readonly unknown[] = checks;
  let bounds: { minimum?: number; maximum?: number } = {};
  for (const check of list) {
    const definition = definitionOf(check);
    const value = definition?.['value'];
    if (typeof value !== 'number' || definition?.['inclusive'] !== true) continue;
    if (definition['check'] === 'greater_than') bounds = { ...bounds, minimum: value };
    if (definition['check'] === 'less_than') bounds = { ...bounds, maximum: value };
  }
  return bounds;
}

/** What the library's translation needs of the schema that raised an issue. */
function factsOf(issue: Readonly<Record<string, unknown>>): SchemaFacts | undefined {
  const { code } = issue;
  if (code === 'unrecognized_keys') {
    const shape = definitionOf(issue['inst'])?.['shape'];
    return isRecord(shape) ? { knownKeys: Object.keys(shape) } : undefined;
  }
  const integer = code === 'invalid_type' && issue['expected'] === 'int';
  const number = (code === 'too_small' || code === 'too_big') && issue['origin'] === 'number';
  if (!integer && !number) return undefined;
  const bounds = boundsOf(integer ? issue['inst'] : issue['schema']);
  return bounds.minimum === undefined && bounds.maximum === undefined ? undefined : bounds;
}

/**
 * The parse options every JSON form is read with: the input is reported on each issue (zod omits
 * it unless asked, and without it a wrong-typed value cannot be told from a missing one), and the
 * issues that need facts of their schema (an object's known keys, a number's bounds) carry them.
 */
const parseOptions: z.core.ParseContext<z.core.$ZodIssue> = Object.freeze({
  reportInput: true,
  error: (issue: unknown) => {
    if (!isRecord(issue)) return undefined;
    const facts = factsOf(issue);
    return facts === undefined ? undefined : `${marker}${JSON.stringify(facts)}`;
  },
});

/**
 * Reads a value with a zod schema as the library reads every JSON form: with the input on each
 * issue and the schema facts its translation uses ({@link schemaFactsOf}).
 *
 * @param schema - the JSON form
 * @param json - the value to read
 * @returns zod's result
 *
 * @internal
 */
export function parseJsonWith<T>(schema: z.ZodType<T>, json: unknown): z.ZodSafeParseResult<T> {
  return schema.safeParse(json, parseOptions);
}

/**
 * The schema facts a zod issue read by {@link parseJsonWith} carries in its message.
 *
 * @param message - the zod issue's message
 * @returns the facts, or undefined for any other message
 *
 * @internal
 */
export function schemaFactsOf(message: string): SchemaFacts | undefined {
  if (!message.startsWith(marker)) return undefined;
  const facts: unknown = JSON.parse(message.slice(marker.length));
  if (!isRecord(facts)) return undefined;
  const { knownKeys, minimum, maximum } = facts;
  return {
    ...(Array.isArray(knownKeys)
      ? { knownKeys: knownKeys.filter((key): key is string => typeof key === 'string') }
      : {}),
    ...(typeof minimum === 'number' ? { minimum } : {}),
    ...(typeof maximum === 'number' ? { maximum } : {}),
  };
}
