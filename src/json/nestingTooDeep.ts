import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import { jsonTextIssues } from './jsonTextIssues.js';

/** The most levels of nesting read, in text (parseJsonText) and in values alike: 200. */
const maxDepth = jsonTextIssues('').maxDepth;

interface Pending {
  readonly value: object;
  readonly depth: number;
  readonly path: IssuePath;
}

/**
 * Finds arrays and objects nested more than 200 levels deep in a value passed in directly (text
 * read by `parseJsonText` is held to the same limit as it is read), without recursion, so that
 * the schemas that read it afterwards cannot overflow the stack: a chain of 100,000 categories,
 * or an object that contains itself, is one `too_deep` issue. Each object is walked again only
 * when it is met deeper than before, so shared parts cost little.
 *
 * @param value - the value as given
 * @param base - where it is, e.g. `['inputs']`
 * @returns the issue at the first array or object beyond the limit, or undefined
 *
 * @example
 * nestingTooDeep({ indicators: [] }, []); // → undefined
 *
 * @internal
 */
export function nestingTooDeep(value: unknown, base: IssuePath): Issue | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const deepestSeen = new Map<object, number>([[value, 1]]);
  const pending: Pending[] = [{ value, depth: 1, path: base }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const [key, entry] of entriesOf(next.value)) {
      if (typeof entry !== 'object' || entry === null) continue;
      const depth = next.depth + 1;
      if (depth > maxDepth) return tooDeep([...next.path, key]);
      if ((deepestSeen.get(entry) ?? 0) >= depth) continue;
      deepestSeen.set(entry, depth);
      pending.push({ value: entry, depth, path: [...next.path, key] });
    }
  }
  return undefined;
}

function entriesOf(value: object): readonly (readonly [string | number, unknown])[] {
  if (!Array.isArray(value)) return Object.entries(value);
  const items: readonly unknown[] = value;
  return items.map((item, index) => [index, item] as const);
}

function tooDeep(path: IssuePath): Issue {
  return createIssue(
    'too_deep',
    path,
    {
      zh: `嵌套过深：最多 ${maxDepth} 层`,
      en: `Nested too deeply: at most ${maxDepth} levels`,
    },
    { expected: `at most ${maxDepth} levels`, received: `more than ${maxDepth}` },
  );
}
