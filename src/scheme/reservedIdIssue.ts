import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import { reservedIds } from './reservedIds.js';

/**
 * The `reserved_id` issue for an indicator id (or a department row's id) that is one of
 * {@link reservedIds}.
 *
 * @param path - where the id is written (ending in `id`)
 * @param id - the id
 * @returns the issue
 *
 * @example
 * reservedIdIssue(['indicators', 0, 'id'], '__proto__').message.en;
 * // → 'The id "__proto__" is reserved (__proto__, constructor, prototype): choose another id'
 *
 * @internal
 */
export function reservedIdIssue(path: IssuePath, id: string): Issue {
  const names = reservedIds.join(', ');
  return createIssue(
    'reserved_id',
    path,
    {
      zh: `id「${id}」是保留字（${names}），不能用作指标 id：请换一个 id`,
      en: `The id "${id}" is reserved (${names}): choose another id`,
    },
    { expected: `an id other than ${names}`, received: id },
  );
}
