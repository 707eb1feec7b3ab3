import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';

/** The most levels an indicator tree may have: real schemes have three or four. */
export const maxIndicatorDepth = 100;

interface Pending {
  readonly nodes: readonly unknown[];
  readonly depth: number;
  readonly path: IssuePath;
}

function childrenOf(node: unknown): unknown {
  if (typeof node !== 'object' || node === null) return undefined;
  return Object.getOwnPropertyDescriptor(node, 'children')?.value;
}

/**
 * Finds an indicator tree deeper than {@link maxIndicatorDepth} levels, without recursion, so
 * that no depth of nesting (a chain of 100,000 categories, or a cycle) can overflow the stack of
 * the checks that walk the tree after it. Anything that is not a list of nodes is left for the
 * type checks: only `children` lists are followed.
 *
 * @param indicators - the scheme's `indicators`, as given (untyped callers included)
 * @param path - where they are, e.g. `['indicators']`
 * @returns a `too_deep` issue at the first node beyond the limit, or undefined
 *
 * @example
 * indicatorTreeTooDeep(scheme.indicators, ['indicators']); // → undefined for any real scheme
 *
 * @internal
 */
export function indicatorTreeTooDeep(indicators: unknown, path: IssuePath): Issue | undefined {
  if (!Array.isArray(indicators)) return undefined;
  const deepestSeen = new Map<object, number>();
  const pending: Pending[] = [{ nodes: indicators, depth: 1, path }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const [index, node] of next.nodes.entries()) {
      const children = childrenOf(node);
      if (!Array.isArray(children) || children.length === 0) continue;
      const at = [...next.path, index];
      if (next.depth + 1 > maxIndicatorDepth) return tooDeep([...at, 'children', 0]);
      // A list met again no deeper than before has nothing new below it (shared or cyclic).
      if ((deepestSeen.get(children) ?? 0) >= next.depth + 1) continue;
      deepestSeen.set(children, next.depth + 1);
      pending.push({ nodes: children, depth: next.depth + 1, path: [...at, 'children'] });
    }
  }
  return undefined;
}

function tooDeep(path: IssuePath): Issue {
  return createIssue(
    'too_deep',
    path,
    {
      zh: `指标层级过深：最多 ${maxIndicatorDepth} 层`,
      en: `The indicator tree is nested too deeply: at most ${maxIndicatorDepth} levels`,
    },
    { expected: `at most ${maxIndicatorDepth} levels`, received: `more than ${maxIndicatorDepth}` },
  );
}
