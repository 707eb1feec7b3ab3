// Internal: what the report reader needs of a scheme, read defensively (the scheme may come from
// untyped code) and without recursion (a deep or cyclic tree cannot overflow the stack).
import { isRecord } from '../issues/isRecord.js';
import { createIssue } from '../issues/createIssue.js';
import type { IssuePath } from '../issues/Issue.js';
import type { Issue } from '../issues/Issue.js';
import { failureOf, success, type Result } from '../issues/Result.js';
import { typeOfValue, valueTypeNames } from '../issues/typeOfValue.js';

/** One indicator as the reader sees it. */
export interface OutlineNode {
  readonly id: string;
  /** The Chinese name. */
  readonly name: string;
  /** Ids from the top. */
  readonly path: readonly string[];
  readonly type: 'category' | 'leaf';
  readonly role: string | undefined;
  readonly children: readonly OutlineNode[];
  /**
   * Names a heading may start with: the full name, and the part after a 「…：」 prefix, with
   * spaces and colons left out. Headings start with the name ("部门整体绩效目标产出指标完成情况"),
   * so 社会效益指标 is never taken for 效益指标.
   */
  readonly keys: readonly string[];
}

/** The indicator tree: the top level, and every node in reading (pre-)order. */
export interface SchemeOutline {
  readonly top: readonly OutlineNode[];
  readonly nodes: readonly OutlineNode[];
  /** Whether the scheme rescales what is 不适用 (its `notApplicable` policy is `rescale`). */
  readonly rescales?: boolean;
}

/** A name with its spaces and colons left out, as headings are compared. */
export const compactName = (text: string): string => text.normalize('NFKC').replace(/[\s:：]/g, '');

function unusable(
  path: IssuePath,
  expected: { readonly zh: string; readonly en: string },
  value: unknown,
): Issue {
  const found = valueTypeNames[typeOfValue(value)];
  return createIssue(
    'invalid_scheme',
    path,
    {
      zh: `评价方案不可用：此处应为${expected.zh}，收到的是${found.zh}`,
      en: `The scheme cannot be used: ${expected.en} belongs here; it is ${found.en}`,
    },
    { expected: expected.en, received: typeOfValue(value) },
  );
}

interface Pending {
  readonly value: unknown;
  readonly at: IssuePath;
  readonly ancestors: readonly string[];
  readonly siblings: OutlineNode[];
}

/**
 * Reads the indicator tree of a scheme given to `extractClaims`: every node an object with a
 * non-empty string `id`, a `name.zh`, and `children` (an array) when it is a category.
 *
 * @param scheme - what the caller gave as `options.scheme`
 * @returns the outline, or `invalid_scheme` issues with the path of each unusable part
 */
export function schemeOutline(scheme: unknown): Result<SchemeOutline> {
  const root: IssuePath = ['options', 'scheme'];
  if (!isRecord(scheme))
    return {
      ok: false,
      issues: [unusable(root, { zh: '评价方案（对象）', en: 'a scheme (an object)' }, scheme)],
    };
  const indicators = scheme['indicators'];
  if (!Array.isArray(indicators))
    return {
      ok: false,
      issues: [
        unusable(
          [...root, 'indicators'],
          { zh: '指标数组', en: 'an array of indicators' },
          indicators,
        ),
      ],
    };
  const issues: Issue[] = [];
  const top: OutlineNode[] = [];
  const nodes: OutlineNode[] = [];
  const seen = new Set<unknown>();
  // Children are filled in after their parent is pushed: each entry adds to its parent's list.
  const stack: Pending[] = [];
  const pushChildren = (
    list: readonly unknown[],
    at: IssuePath,
    ancestors: readonly string[],
    siblings: OutlineNode[],
  ): void => {
    for (let index = list.length - 1; index >= 0; index -= 1)
      stack.push({ value: list[index], at: [...at, index], ancestors, siblings });
  };
  pushChildren(indicators, [...root, 'indicators'], [], top);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, at, ancestors, siblings } = next;
    if (!isRecord(value)) {
      issues.push(unusable(at, { zh: '指标（对象）', en: 'an indicator (an object)' }, value));
      continue;
    }
    if (seen.has(value)) {
      issues.push(
        createIssue('invalid_scheme', at, {
          zh: '评价方案不可用：此指标在树中出现不止一次（或包含它自己）',
          en: 'The scheme cannot be used: this indicator appears more than once in the tree (or contains itself)',
        }),
      );
      continue;
    }
    seen.add(value);
    const { id, name, type, children, role } = value;
    const zh = isRecord(name) ? name['zh'] : undefined;
    if (typeof id !== 'string' || id === '') {
      issues.push(unusable([...at, 'id'], { zh: '非空的字符串', en: 'a non-empty string' }, id));
      continue;
    }
    if (typeof zh !== 'string') {
      issues.push(unusable([...at, 'name', 'zh'], { zh: '字符串', en: 'a string' }, zh));
      continue;
    }
    if (type === 'category' && !Array.isArray(children)) {
      issues.push(
        unusable(
          [...at, 'children'],
          { zh: '下级指标数组', en: 'an array of indicators' },
          children,
        ),
      );
      continue;
    }
    const path = [...ancestors, id];
    const full = compactName(zh);
    const tail = compactName(zh.split(/[:：]/).at(-1) ?? zh);
    const kids: OutlineNode[] = [];
    const node: OutlineNode = {
      id,
      name: zh,
      path,
      type: type === 'category' ? 'category' : 'leaf',
      role: typeof role === 'string' ? role : undefined,
      children: kids,
      keys: full === tail ? [full] : [full, tail],
    };
    siblings.push(node);
    nodes.push(node);
    if (Array.isArray(children) && type === 'category')
      pushChildren(children, [...at, 'children'], path, kids);
  }
  const failed = failureOf(issues);
  return failed ?? success({ top, nodes, rescales: scheme['notApplicable'] === 'rescale' });
}
