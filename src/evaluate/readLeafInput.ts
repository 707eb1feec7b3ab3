import type { Dec } from '../decimal/JixiaoDecimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import { failure, failureOf, success, type Result } from '../issues/Result.js';
import type { DeductionItem, LeafInput } from '../rules/LeafInput.js';
import { invalidType, type ExpectedType } from './invalidType.js';
import { isRecord } from '../issues/isRecord.js';
import { readDecimal } from './readDecimal.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

const aBoolean: ExpectedType = { zh: '布尔值', en: 'a boolean' };
const aString: ExpectedType = { zh: '字符串', en: 'a string' };
const aNumber: ExpectedType = { zh: '数值', en: 'a number' };
const anInput: ExpectedType = { zh: '对象（该指标的输入）', en: "an object (the leaf's input)" };
const aList: ExpectedType = { zh: '数组（扣分事项）', en: 'an array (the listed faults)' };
const anItem: ExpectedType = { zh: '对象 { text, points? }', en: 'an object { text, points? }' };
const aRecord: ExpectedType = { zh: '对象（名称 → 数值）', en: 'an object (name → decimal)' };

/** The value when the check holds; else nothing, with an issue at `path` + `key` on the list. */
function checked<T>(
  value: unknown,
  holds: (value: unknown) => value is T,
  expected: ExpectedType,
  at: { readonly path: IssuePath; readonly key: string | number },
  issues: Issue[],
): T | undefined {
  if (holds(value)) return value;
  issues.push(invalidType([...at.path, at.key], expected, value));
  return undefined;
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number';

/** The decimal at `path` + `key` (the path is built only for an issue); else an issue. */
function decimalAt(value: unknown, path: IssuePath, key: string, issues: Issue[]): Dec | undefined {
  const read = readDecimal(value, path, key);
  if (read.ok) return read.value;
  issues.push(...read.issues);
  return undefined;
}

function itemsAt(value: unknown, path: IssuePath, issues: Issue[]): DeductionItem[] | undefined {
  if (!Array.isArray(value)) {
    issues.push(invalidType(path, aList, value));
    return undefined;
  }
  const listed: readonly unknown[] = value;
  return listed.flatMap((item, index): DeductionItem[] => {
    const at = [...path, index];
    if (!isRecord(item)) {
      issues.push(invalidType(at, anItem, item));
      return [];
    }
    const { text, points } = item;
    const stray = Object.keys(item).filter((key) => key !== 'text' && key !== 'points');
    for (const key of stray) issues.push(unexpectedItemField([...at, key], key));
    const readText = checked(text, isString, aString, { path: at, key: 'text' }, issues);
    if (points === undefined) return readText === undefined ? [] : [{ text: readText }];
    const readPoints = decimalAt(points, at, 'points', issues);
    return readText === undefined || readPoints === undefined
      ? []
      : [{ text: readText, points: readPoints }];
  });
}

function unexpectedItemField(path: IssuePath, key: string): Issue {
  return createIssue(
    'unexpected_input_field',
    path,
    {
      zh: `扣分事项只有 text 与 points 两项，不使用 ${key}`,
      en: `A listed fault has only "text" and "points"; it does not use "${key}"`,
    },
    { expected: 'text, points', received: key },
  );
}

function valuesAt(
  value: unknown,
  path: IssuePath,
  issues: Issue[],
): Record<string, Dec> | undefined {
  if (!isRecord(value)) {
    issues.push(invalidType(path, aRecord, value));
    return undefined;
  }
  const entries: [string, unknown][] = Object.entries(value);
  const read = entries.flatMap(([key, entry]): [string, Dec][] => {
    const parsed = decimalAt(entry, path, key, issues);
    return parsed === undefined ? [] : [[key, parsed]];
  });
  // The names are the caller's: fromEntries keeps "__proto__" an ordinary key, and no prototype
  // lends the record keys it was not given.
  const record: Record<string, Dec> = Object.fromEntries(read);
  Object.setPrototypeOf(record, null);
  return record;
}

// Each field is stored by its name: a store keyed by a variable name is one site for every field,
// which the engine then handles as a lookup rather than a known step from one shape to the next.

function storeDecimal(input: Writable<LeafInput>, key: 'actual' | 'target' | 'score', read: Dec) {
  if (key === 'actual') input.actual = read;
  else if (key === 'target') input.target = read;
  else input.score = read;
}

function storeBoolean(input: Writable<LeafInput>, key: 'answer' | 'notApplicable', read: boolean) {
  if (key === 'answer') input.answer = read;
  else input.notApplicable = read;
}

function storeText(input: Writable<LeafInput>, key: 'level' | 'reason' | 'evidence', read: string) {
  if (key === 'level') input.level = read;
  else if (key === 'reason') input.reason = read;
  else input.evidence = read;
}

/**
 * Reads one leaf's input as the engine receives it, typed or not: every decimal (`actual`,
 * `target`, `score`, `items[].points`, `values`) onto the library's own constructor, in range
 * (strings such as "23,135.18" and "99.56%" and finite numbers are read as decimals), and every
 * other known field checked for its type. Fields that are not input fields at all are left to the
 * caller, which reports them for the rule.
 *
 * @param value - the input given for the leaf
 * @param path - `['inputs', leafId]`
 * @returns the input, and the fields that hold a value; or every issue found, each at its field
 *
 * @example
 * readLeafInput({ actual: '23,033.06', target: 23135.18 }, ['inputs', 'rate']);
 * // → ok: { input: { actual: 23033.06, target: 23135.18 }, fields: ['actual', 'target'] }
 * readLeafInput({ answer: 'yes' }, ['inputs', 'rate']);
 * // → issues: [{ code: 'invalid_type', path: ['inputs', 'rate', 'answer'], … }]
 *
 * @internal
 */
export function readLeafInput(
  value: unknown,
  path: IssuePath,
): Result<{ readonly input: LeafInput; readonly fields: readonly string[] }> {
  if (!isRecord(value)) return failure([invalidType(path, anInput, value)]);
  const issues: Issue[] = [];
  const input: Writable<LeafInput> = {};
  const keys = Object.keys(value);
  // The keys themselves are the fields unless one holds undefined (a copy is made only then).
  let fields: string[] = keys;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] ?? '';
    const given = value[key];
    if (given === undefined) {
      if (fields === keys) fields = keys.slice(0, index);
      continue;
    }
    if (fields !== keys) fields.push(key);
    switch (key) {
      case 'actual':
      case 'target':
      case 'score': {
        const read = decimalAt(given, path, key, issues);
        if (read !== undefined) storeDecimal(input, key, read);
        break;
      }
      case 'answer':
      case 'notApplicable': {
        const read = checked(given, isBoolean, aBoolean, { path, key }, issues);
        if (read !== undefined) storeBoolean(input, key, read);
        break;
      }
      case 'level':
      case 'reason':
      case 'evidence': {
        const read = checked(given, isString, aString, { path, key }, issues);
        if (read !== undefined) storeText(input, key, read);
        break;
      }
      case 'occurrences': {
        // Whether the count is a whole number ≥ 0 is the deduction rule's own check.
        const read = checked(given, isNumber, aNumber, { path, key }, issues);
        if (read !== undefined) input.occurrences = read;
        break;
      }
      case 'items': {
        const read = itemsAt(given, [...path, key], issues);
        if (read !== undefined) input.items = read;
        break;
      }
      case 'values': {
        const read = valuesAt(given, [...path, key], issues);
        if (read !== undefined) input.values = read;
        break;
      }
      default:
        break;
    }
  }
  return failureOf(issues) ?? success({ input, fields });
}
