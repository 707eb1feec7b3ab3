import type { IssuePath } from './Issue.js';

/**
 * Renders an issue's path the way people read it: `indicators[1].children[0].weight`.
 *
 * @param path - the issue path
 * @returns the dotted form, or `(root)` for an empty path
 */
export function formatIssuePath(path: IssuePath): string {
  if (path.length === 0) return '(root)';
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}
