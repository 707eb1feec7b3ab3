import type { z } from 'zod';
import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';

type ZodIssue = z.core.$ZodIssue;

/** A value as JSON text; `undefined` (which JSON.stringify returns for it) as the word. */
function jsonText(value: unknown): string {
  // JSON.stringify returns undefined for undefined (and functions), which its type does not say
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as the comment above says
  return JSON.stringify(value) ?? 'undefined';
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const typeNames: Readonly<Record<string, string>> = {
  string: '字符串',
  number: '数值',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: 'null',
  nothing: '空',
};

function pathOf(base: IssuePath, issue: { readonly path: readonly PropertyKey[] }): IssuePath {
  return [
    ...base,
    ...issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
  ];
}

/**
 * Translates one zod issue into the library's issues (an unknown-keys issue becomes one issue
 * per key, so each misspelt key has its own path).
 *
 * @internal
 */
export function zodIssueToIssues(found: ZodIssue, base: IssuePath): readonly Issue[] {
  const path = pathOf(base, found);
  switch (found.code) {
    case 'custom': {
      const carried: unknown = found.params?.['issue'];
      if (
        typeof carried === 'object' &&
        carried !== null &&
        'code' in carried &&
        'message' in carried
      ) {
        // Issues raised by the library's own parsers inside zod carry their full form in params.
        // Only the library's own parsers put an `issue` in params, and always a whole Issue.
        // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
        const own = carried as Issue;
        return [
          createIssue(own.code, [...path, ...own.path], own.message, {
            ...(own.expected === undefined ? {} : { expected: own.expected }),
            ...(own.received === undefined ? {} : { received: own.received }),
          }),
        ];
      }
      return [
        createIssue('invalid_value', path, { zh: `取值无效：${found.message}`, en: found.message }),
      ];
    }
    case 'unrecognized_keys':
      return found.keys.map((key) =>
        createIssue(
          'unknown_key',
          [...path, key],
          {
            zh: `未知字段「${key}」（是否拼写有误？）`,
            en: `Unknown key "${key}" (is it misspelt?)`,
          },
          { received: key },
        ),
      );
    case 'invalid_type': {
      const received = describe(found.input);
      if (found.input === undefined) {
        const key = path[path.length - 1];
        return [
          createIssue(
            'missing_key',
            path,
            {
              zh: `缺少必填字段「${String(key ?? '')}」`,
              en: `Missing required key "${String(key ?? '')}"`,
            },
            { expected: found.expected },
          ),
        ];
      }
      return [
        createIssue(
          'invalid_type',
          path,
          {
            zh: `应为${typeNames[found.expected] ?? found.expected}，收到${typeNames[received] ?? received}`,
            en: `Expected ${found.expected}; received ${received}`,
          },
          { expected: found.expected, received },
        ),
      ];
    }
    case 'invalid_value': {
      const options = found.values.map((value) => JSON.stringify(value)).join(' | ');
      return [
        createIssue(
          'invalid_value',
          path,
          { zh: `取值无效，应为 ${options}`, en: `Invalid value; expected ${options}` },
          { expected: options, received: jsonText(found.input) },
        ),
      ];
    }
    case 'invalid_union': {
      if (found.discriminator !== undefined || found.errors.length === 0) {
        // An object input is indexed by the discriminator zod named; anything else is shown as is.
        const received =
          typeof found.input === 'object' &&
          found.input !== null &&
          found.discriminator !== undefined
            ? // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- checked just above: a non-null object, read by one key
              (found.input as Record<string, unknown>)[found.discriminator]
            : found.input;
        const key = found.discriminator ?? '';
        return [
          createIssue(
            key === 'kind' ? 'unknown_rule_kind' : 'invalid_value',
            key === '' || path[path.length - 1] === key ? path : [...path, key],
            {
              zh: `「${key}」的取值无效：${jsonText(received)}`,
              en: `Invalid "${key}": ${jsonText(received)}`,
            },
            { received: jsonText(received) },
          ),
        ];
      }
      // A plain union: report the branch that got furthest (the one with fewest issues).
      const branches = found.errors.map((branch) =>
        branch.flatMap((inner) => zodIssueToIssues(inner, path)),
      );
      const best = branches.reduce((fewest, branch) =>
        branch.length < fewest.length ? branch : fewest,
      );
      return best;
    }
    case 'too_small':
    case 'too_big': {
      const bound =
        'minimum' in found ? `≥ ${String(found.minimum)}` : `≤ ${String(found.maximum)}`;
      return [
        createIssue(
          'out_of_range',
          path,
          { zh: `超出允许范围（${bound}）`, en: `Out of range (${bound})` },
          { expected: bound },
        ),
      ];
    }
    case 'invalid_element':
    case 'invalid_format':
    case 'invalid_key':
    case 'not_multiple_of':
      return [
        createIssue('invalid_value', path, { zh: `取值无效：${found.message}`, en: found.message }),
      ];
  }
}
