import type { z } from 'zod';
import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import { typeOfValue, valueTypeNames, type ValueType } from '../issues/typeOfValue.js';
import { visibleText } from '../issues/visibleText.js';
import { closestKey } from './closestKey.js';
import { schemaFactsOf, type SchemaFacts } from './parseJsonWith.js';

type ZodIssue = z.core.$ZodIssue;
/** The zod issue of one code (written so, a code of zod's is not taken for one of the library's). */
type ZodIssueOf<C extends ZodIssue['code']> = Extract<ZodIssue, Readonly<Record<'code', C>>>;

interface TypeName {
  readonly zh: string;
  readonly en: string;
}

/** A value as JSON text; `undefined` (which JSON.stringify returns for it) as the word. */
function jsonText(value: unknown): string {
  // JSON.stringify returns undefined for undefined (and functions), which its type does not say
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as the comment above says
  return typeof value === 'bigint' ? String(value) : (JSON.stringify(value) ?? 'undefined');
}

/** The names of the types zod expects, as messages write them. */
const expectedNames: Readonly<Record<string, TypeName>> = Object.freeze({
  ...valueTypeNames,
  int: { zh: '整数', en: 'a whole number' },
  record: valueTypeNames.object,
});

function expectedName(expected: string): TypeName {
  return Object.hasOwn(expectedNames, expected)
    ? (expectedNames[expected] ?? { zh: expected, en: expected })
    : { zh: expected, en: expected };
}

/** Several type names as one: 字符串或数字 / a string or a number. */
function eitherName(names: readonly TypeName[]): TypeName {
  const zh = [...new Set(names.map((name) => name.zh))];
  const en = [...new Set(names.map((name) => name.en))];
  return { zh: zh.join('或'), en: en.join(' or ') };
}

function pathOf(base: IssuePath, issue: { readonly path: readonly PropertyKey[] }): IssuePath {
  return [
    ...base,
    ...issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
  ];
}

function factsOf(found: ZodIssue): SchemaFacts {
  return schemaFactsOf(found.message) ?? {};
}

/** A key's name as a message quotes it. */
function keyName(path: IssuePath): string {
  const last = path[path.length - 1];
  return visibleText(String(last ?? ''));
}

/**
 * A value of the wrong type, or a required key that is absent (`missing_key`): only a key whose
 * value is absent is missing; anything present of another type is `invalid_type`, naming the
 * type expected and the type found.
 */
function typeIssue(
  found: ZodIssue,
  path: IssuePath,
  expected: TypeName,
  expectedText: string,
): Issue {
  const { input } = found;
  const last = found.path[found.path.length - 1];
  // Without the input (a caller that parsed without reportInput) an absent value is all zod says.
  const absent = input === undefined;
  if (absent && typeof last === 'string') {
    const key = keyName(path);
    return createIssue(
      'missing_key',
      path,
      { zh: `缺少必填字段「${key}」`, en: `Missing required key "${key}"` },
      { expected: expectedText },
    );
  }
  const type: ValueType = typeOfValue(input);
  const received = valueTypeNames[type];
  return createIssue(
    'invalid_type',
    path,
    {
      zh: `应为${expected.zh}，收到${received.zh}`,
      en: `Expected ${expected.en}; received ${received.en}`,
    },
    { expected: expectedText, received: type },
  );
}

/** The range of whole numbers a schema allows, in words. */
function rangeWords(facts: SchemaFacts): TypeName & { readonly expected: string } {
  const { minimum, maximum } = facts;
  if (minimum !== undefined && maximum !== undefined)
    return {
      zh: ` ${String(minimum)} 至 ${String(maximum)} 的`,
      en: ` from ${String(minimum)} to ${String(maximum)}`,
      expected: `${String(minimum)}…${String(maximum)}`,
    };
  if (minimum !== undefined)
    return {
      zh: ` ≥ ${String(minimum)} 的`,
      en: ` ≥ ${String(minimum)}`,
      expected: `≥ ${String(minimum)}`,
    };
  if (maximum !== undefined)
    return {
      zh: ` ≤ ${String(maximum)} 的`,
      en: ` ≤ ${String(maximum)}`,
      expected: `≤ ${String(maximum)}`,
    };
  return { zh: '', en: '', expected: 'a whole number' };
}

function invalidTypeIssues(found: ZodIssueOf<'invalid_type'>, path: IssuePath): readonly Issue[] {
  if (found.expected === 'int' && typeof found.input === 'number') {
    const range = rangeWords(factsOf(found));
    const given = String(found.input);
    return [
      createIssue(
        'not_integer',
        path,
        {
          zh: `须为${range.zh}整数，收到 ${given}`,
          en: `Must be a whole number${range.en}; received ${given}`,
        },
        { expected: range.expected, received: given },
      ),
    ];
  }
  return [typeIssue(found, path, expectedName(found.expected), found.expected)];
}

function unknownKeyIssues(
  found: ZodIssueOf<'unrecognized_keys'>,
  path: IssuePath,
): readonly Issue[] {
  const known = factsOf(found).knownKeys ?? [];
  return found.keys.map((key) => {
    const shown = visibleText(key);
    const meant = closestKey(key, known);
    if (meant === undefined)
      return createIssue(
        'unknown_key',
        [...path, key],
        {
          zh: `未知字段「${shown}」（是否拼写有误？）`,
          en: `Unknown key "${shown}" (is it misspelt?)`,
        },
        { received: key },
      );
    return createIssue(
      'unknown_key',
      [...path, key],
      {
        zh: `未知字段「${shown}」（是否应为「${meant}」？）`,
        en: `Unknown key "${shown}" (did you mean "${meant}"?)`,
      },
      { expected: meant, received: key },
    );
  });
}

function discriminatorIssues(
  found: ZodIssueOf<'invalid_union'>,
  path: IssuePath,
): readonly Issue[] {
  const key = found.discriminator ?? '';
  const { input } = found;
  const at = key === '' || path[path.length - 1] === key ? path : [...path, key];
  const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
  if (isObject && key !== '' && !Object.hasOwn(input, key)) {
    const shown = visibleText(key);
    return [
      createIssue(
        'missing_key',
        at,
        { zh: `缺少必填字段「${shown}」`, en: `Missing required key "${shown}"` },
        { expected: 'string' },
      ),
    ];
  }
  // An object input is indexed by the discriminator zod named; anything else is shown as is.
  const received: unknown =
    isObject && key !== '' ? Object.getOwnPropertyDescriptor(input, key)?.value : input;
  const shown = visibleText(jsonText(received));
  return [
    createIssue(
      key === 'kind' ? 'unknown_rule_kind' : 'invalid_value',
      at,
      { zh: `「${key}」的取值无效：${shown}`, en: `Invalid "${key}": ${shown}` },
      { received: jsonText(received) },
    ),
  ];
}

/** A branch that failed only because the input is not of its type. */
function isTypeMismatch(branch: readonly ZodIssue[]): boolean {
  const [only, ...rest] = branch;
  return rest.length === 0 && only?.code === 'invalid_type' && only.path.length === 0;
}

/**
 * A plain union: the branch is chosen by the input's type (a string is read by the string branch,
 * an object by the object branch) and its own issues are reported at their own paths; when no
 * branch takes the input's type, one issue names every type the union takes.
 */
function unionIssues(found: ZodIssueOf<'invalid_union'>, path: IssuePath): readonly Issue[] {
  const taking = found.errors.filter((branch) => !isTypeMismatch(branch));
  if (taking.length === 0) {
    const expected = found.errors.flatMap((branch) =>
      branch.flatMap((inner) => (inner.code === 'invalid_type' ? [inner.expected] : [])),
    );
    return [typeIssue(found, path, eitherName(expected.map(expectedName)), expected.join(' | '))];
  }
  const branches = taking.map((branch) => branch.flatMap((inner) => zodIssueToIssues(inner, path)));
  // Of the branches that take the input's type, the one that got furthest (fewest issues).
  return branches.reduce((fewest, branch) => (branch.length < fewest.length ? branch : fewest));
}

function sizeIssues(found: ZodIssueOf<'too_small' | 'too_big'>, path: IssuePath): readonly Issue[] {
  if (found.code === 'too_small' && found.origin === 'string' && Number(found.minimum) === 1) {
    const key = keyName(path);
    if (path[path.length - 1] === 'id')
      return [
        createIssue(
          'empty_id',
          path,
          { zh: 'id 不能为空', en: 'The id must not be empty' },
          { expected: 'a non-empty id', received: '""' },
        ),
      ];
    return [
      createIssue(
        'empty_text',
        path,
        { zh: `「${key}」不能为空`, en: `"${key}" must not be empty` },
        { expected: 'a non-empty text', received: '""' },
      ),
    ];
  }
  const facts = factsOf(found);
  if (found.origin === 'number' && facts.minimum !== undefined && facts.maximum !== undefined) {
    const given = jsonText(found.input);
    const range = `${String(facts.minimum)}…${String(facts.maximum)}`;
    return [
      createIssue(
        'out_of_range',
        path,
        {
          zh: `须在 ${String(facts.minimum)} 至 ${String(facts.maximum)} 之间，收到 ${given}`,
          en: `Must be from ${String(facts.minimum)} to ${String(facts.maximum)}; received ${given}`,
        },
        { expected: range, received: given },
      ),
    ];
  }
  const bound = 'minimum' in found ? `≥ ${String(found.minimum)}` : `≤ ${String(found.maximum)}`;
  return [
    createIssue(
      'out_of_range',
      path,
      { zh: `超出允许范围（${bound}）`, en: `Out of range (${bound})` },
      { expected: bound },
    ),
  ];
}

/**
 * Translates one zod issue into the library's issues (an unknown-keys issue becomes one issue
 * per key, so each misspelt key has its own path). Read with {@link parseJsonWith}, a wrong-typed
 * value is `invalid_type` with the type expected and the type found, and only an absent key is
 * `missing_key`.
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
      return unknownKeyIssues(found, path);
    case 'invalid_type':
      return invalidTypeIssues(found, path);
    case 'invalid_value': {
      const options = found.values.map((value) => jsonText(value)).join(' | ');
      const received = jsonText(found.input);
      if (found.input === undefined && typeof found.path[found.path.length - 1] === 'string') {
        const key = keyName(path);
        return [
          createIssue(
            'missing_key',
            path,
            { zh: `缺少必填字段「${key}」`, en: `Missing required key "${key}"` },
            { expected: options },
          ),
        ];
      }
      return [
        createIssue(
          'invalid_value',
          path,
          {
            zh: `取值无效：${visibleText(received)}，应为 ${options}`,
            en: `Invalid value ${visibleText(received)}; expected ${options}`,
          },
          { expected: options, received },
        ),
      ];
    }
    case 'invalid_union':
      if (found.discriminator !== undefined || found.errors.length === 0)
        return discriminatorIssues(found, path);
      return unionIssues(found, path);
    case 'too_small':
    case 'too_big':
      return sizeIssues(found, path);
    case 'invalid_format': {
      // A text of the wrong form: said in both languages, with the form (a pattern) it must have.
      const form =
        found.format === 'regex' && 'pattern' in found && typeof found.pattern === 'string'
          ? found.pattern
          : found.format;
      const received = found.input === undefined ? undefined : jsonText(found.input);
      const shown = received === undefined ? '' : ` ${visibleText(received)}`;
      return [
        createIssue(
          'invalid_value',
          path,
          {
            zh: `取值${shown}${shown === '' ? '' : ' '}格式不符，应符合 ${form}`,
            en: `The value${shown} is not of the form ${form}`,
          },
          { expected: form, ...(received === undefined ? {} : { received }) },
        ),
      ];
    }
    case 'invalid_element':
    case 'invalid_key':
    case 'not_multiple_of':
      return [
        createIssue('invalid_value', path, { zh: `取值无效：${found.message}`, en: found.message }),
      ];
  }
}
