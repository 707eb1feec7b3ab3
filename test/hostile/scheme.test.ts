import { describe, expect, test } from 'vitest';
import {
  category,
  createEngine,
  defineScheme,
  failure,
  failureOf,
  formatIssuePath,
  JixiaoError,
  leaf,
  manualRule,
  ratioRule,
  validateScheme,
  type IndicatorNode,
  type Issue,
} from '../../src/index.js';
import { indicatorTreeTooDeep } from '../../src/scheme/indicatorTreeTooDeep.js';
import { validateSchemeWith } from '../../src/scheme/validateSchemeWith.js';

// Schemes built in code by careless or hostile callers: ids that name what every object inherits,
// trees deep enough to overflow a stack, full marks of 0, and builders given anything at all.

const lookup = (kind: string) => createEngine().ruleKind(kind);

/** Each issue as `code path`, the path as people read it. */
function codes(issues: readonly Issue[]): readonly string[] {
  return issues.map((found) => `${found.code} ${formatIssuePath(found.path)}`);
}

function schemeOf(indicators: readonly IndicatorNode[], fullMarks: number | string = 10) {
  return defineScheme({
    id: 's',
    version: '1',
    title: '方案',
    fullMarks,
    grades: [{ grade: '-', min: 0 }],
    indicators,
  });
}

/** A category chain `depth` levels deep over one leaf, built without recursion. */
function chain(depth: number): IndicatorNode {
  let node: IndicatorNode = leaf('leaf', '指标', 10, ratioRule());
  for (let level = 0; level < depth; level += 1)
    node = category(`c${String(level)}`, '类', 10, [node]);
  return node;
}

/** What a builder throws, as `code path`, or 'returned'. */
function thrown(build: () => unknown): string {
  try {
    build();
    return 'returned';
  } catch (error) {
    if (error instanceof JixiaoError) return codes(error.issues).join(', ');
    return `${error instanceof Error ? error.name : 'value'}: ${String(error)}`;
  }
}

describe('reserved ids', () => {
  test.each(['__proto__', 'constructor', 'prototype'])('a leaf id %s is reserved_id', (id) => {
    const issues = validateScheme(schemeOf([leaf(id, '指标', 10, manualRule())]));
    expect(
      issues.map((found) => [found.code, formatIssuePath(found.path), found.message.zh]),
    ).toEqual([
      [
        'reserved_id',
        'indicators[0].id',
        `id「${id}」是保留字（__proto__, constructor, prototype），不能用作指标 id：请换一个 id`,
      ],
    ]);
  });

  test('a category id __proto__ deep in the tree is reserved_id at its path', () => {
    const scheme = schemeOf([
      category('a', '类', 10, [
        category('__proto__', '类', 10, [leaf('x', 'x', 10, manualRule())]),
      ]),
    ]);
    expect(codes(validateSchemeWith(scheme, lookup))).toEqual([
      'reserved_id indicators[0].children[0].id',
    ]);
  });

  test('toString and hasOwnProperty are ordinary ids', () => {
    const scheme = schemeOf([
      leaf('toString', 'a', 5, manualRule()),
      leaf('hasOwnProperty', 'b', 5, manualRule()),
    ]);
    expect(codes(validateScheme(scheme))).toEqual([]);
  });
});

describe('depth limit', () => {
  test('defineScheme freezes a 100,000-deep chain without overflowing the stack', () => {
    const scheme = schemeOf([chain(100_000)]);
    expect([Object.isFrozen(scheme), Object.isFrozen(scheme.indicators[0])]).toEqual([true, true]);
  });

  test('validating a 100,000-deep programmatic scheme is one too_deep issue', () => {
    const issues = validateSchemeWith(schemeOf([chain(100_000)]), lookup);
    expect(issues.map((found) => [found.code, found.path.length, found.message.en])).toEqual([
      ['too_deep', 202, 'The indicator tree is nested too deeply: at most 100 levels'],
    ]);
  });

  test('validateScheme on a 100,000-deep programmatic scheme is too_deep, not a RangeError', () => {
    expect(
      codes(validateScheme(schemeOf([chain(100_000)]))).map((line) => line.split(' ')[0]),
    ).toEqual(['too_deep']);
  });

  test('a tree of 100 levels is within the limit, 101 beyond it', () => {
    // chain(n) has n categories over a leaf: n + 1 levels.
    expect(
      [chain(99), chain(100)].map((node) => indicatorTreeTooDeep([node], ['indicators'])?.code),
    ).toEqual([undefined, 'too_deep']);
  });

  test('a cycle of categories is too_deep, not an endless walk', () => {
    const children: IndicatorNode[] = [];
    const loop = category('loop', '类', 10, children);
    children.push(loop);
    expect(indicatorTreeTooDeep([loop], ['indicators'])?.code).toBe('too_deep');
  });
});

describe('ids and paths', () => {
  test('full marks of 0 are invalid_full_marks', () => {
    const issues = validateScheme(schemeOf([leaf('x', '指标', 0, manualRule())], 0));
    expect(
      issues.map((found) => [found.code, formatIssuePath(found.path), found.message.en]),
    ).toEqual([['invalid_full_marks', 'fullMarks', 'Full marks must be above 0 (it is 0)']]);
  });

  test('negative full marks are invalid_full_marks too', () => {
    expect(codes(validateScheme(schemeOf([leaf('x', '指标', 5, manualRule())], -5)))).toEqual([
      'invalid_full_marks fullMarks',
      'weights_do_not_sum fullMarks',
      'grade_bands_unordered grades[0].min',
    ]);
  });

  test('an empty or blank id is empty_id, not a number range', () => {
    const scheme = schemeOf([leaf('', 'a', 5, manualRule()), leaf(' ', 'b', 5, manualRule())]);
    expect(validateScheme(scheme).map((found) => `${found.code}: ${found.message.zh}`)).toEqual([
      'empty_id: 指标 id 不能为空',
      'empty_id: 指标 id 不能为空',
    ]);
  });

  test('a path through an id with dots and slashes is quoted', () => {
    expect(formatIssuePath(['inputs', 'a.b/c', 'actual'])).toBe('inputs["a.b/c"].actual');
    expect(formatIssuePath(['a b', 0])).toBe('["a b"][0]');
  });
});

describe('untyped callers of the scheme builders and validateScheme', () => {
  const untyped: readonly unknown[] = [undefined, null, 5, 'text', [], {}];

  test('validateScheme returns issues for anything that is not a scheme', () => {
    expect(untyped.map((value) => codes(validateScheme(value as never)).join(', '))).toEqual([
      'invalid_type (root)',
      'invalid_type (root)',
      'invalid_type (root)',
      'invalid_type (root)',
      'invalid_type (root)',
      'invalid_type id, invalid_type version, invalid_type title, invalid_type rounding, invalid_value notApplicable, invalid_type fullMarks, invalid_type grades, invalid_type indicators',
    ]);
  });

  test('defineScheme throws invalid_argument, never a TypeError', () => {
    expect(untyped.map((value) => thrown(() => defineScheme(value as never)))).toEqual([
      'invalid_argument options',
      'invalid_argument options',
      'invalid_argument options',
      'invalid_argument options',
      'invalid_argument options',
      'invalid_argument id',
    ]);
    expect(
      thrown(() => defineScheme({ id: 's', version: '1', title: 5, indicators: [] } as never)),
    ).toBe('invalid_argument title');
  });

  test('category throws invalid_argument for each argument of the wrong type', () => {
    expect([
      thrown(() => category(5 as never, '类', 1, [])),
      thrown(() => category('c', null as never, 1, [])),
      thrown(() => category('c', '类', 1, 'x' as never)),
      thrown(() => category('c', '类', undefined as never, [])),
    ]).toEqual([
      'invalid_argument id',
      'invalid_argument name',
      'invalid_argument children',
      'invalid_type (root)',
    ]);
  });

  test('leaf throws invalid_argument for each argument of the wrong type', () => {
    expect([
      thrown(() => leaf(undefined as never, 'x', 1, manualRule())),
      thrown(() => leaf('x', {} as never, 1, manualRule())),
      thrown(() => leaf('x', 'x', 1, 'ratio' as never)),
      thrown(() => leaf('x', 'x', 1, manualRule(), null as never)),
    ]).toEqual([
      'invalid_argument id',
      'invalid_argument name',
      'invalid_argument rule',
      'invalid_argument details',
    ]);
  });
});

describe('frozen failures', () => {
  test('failure and failureOf freeze the result and a copy of the issue list', () => {
    const issue = validateScheme(schemeOf([leaf('', 'a', 10, manualRule())]))[0];
    if (issue === undefined) throw new Error('expected an issue');
    const list: [Issue] = [issue];
    const made = [failure([issue]), failureOf(list)];
    list.push(issue);
    expect(
      made.map((result) => [
        Object.isFrozen(result),
        result !== undefined && !result.ok && Object.isFrozen(result.issues),
        result !== undefined && !result.ok && result.issues.length,
      ]),
    ).toEqual([
      [true, true, 1],
      [true, true, 1],
    ]);
  });
});

describe('invisible characters in messages', () => {
  test('a duplicate id with a zero-width space is shown with it', () => {
    const scheme = schemeOf([
      leaf('rate\u200b', 'a', 5, manualRule()),
      leaf('rate\u200b', 'b', 5, manualRule()),
    ]);
    expect(validateScheme(scheme).map((found) => found.message.en)).toEqual([
      'Duplicate indicator id: rate\\u{200B}',
    ]);
  });

  test('an unknown rule kind with a look-alike letter is shown with it', () => {
    const scheme = schemeOf([leaf('x', 'a', 10, { kind: 'r\u0430tio' } as never)]);
    expect(validateSchemeWith(scheme, lookup).map((found) => found.message.en)).toEqual([
      'Unknown rule kind: r\\u{0430}tio',
    ]);
  });
});
