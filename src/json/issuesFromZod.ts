import type { z } from 'zod';
import type { Issue, IssuePath } from '../issues/Issue.js';
import type { Issues } from '../issues/Result.js';
import { zodIssueToIssues } from './zodIssueToIssue.js';

/**
 * Translates a zod error into the library's non-empty issue list.
 *
 * @internal
 */
export function issuesFromZod(error: z.ZodError, base: IssuePath = []): Issues {
  const issues: Issue[] = error.issues.flatMap((found) => zodIssueToIssues(found, base));
  const [first, ...rest] = issues;
  if (first === undefined) throw new Error('unreachable: a zod error has at least one issue');
  return [first, ...rest];
}
