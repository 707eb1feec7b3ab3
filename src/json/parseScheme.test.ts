import { describe, expect, test } from 'vitest';
import { demoInputsJson, demoSchemeJson } from '../../test/fixtures/demoJson.js';
import { decimal } from '../decimal/decimal.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import { createEngine, evaluate } from '../index.js';
import { createIssue } from '../issues/createIssue.js';
import { failure, success } from '../issues/Result.js';
import type { RuleKind } from '../rules/RuleKind.js';
import { parseInputs } from './parseInputs.js';
import { parseScheme } from './parseScheme.js';

/** A copy of JSON data with the value at `path` replaced, the rest shared. */
function withValueAt(json: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(json)) {
    const items: readonly unknown[] = json;
    return items.map((item, index) => (index === head ? withValueAt(item, rest, value) : item));
  }
  if (typeof json !== 'object' || json === null) throw new Error(`no ${String(head)} to replace`);
  return Object.fromEntries(
    Object.entries(json).map(([key, item]) => [
      key,
      key === String(head) ? withValueAt(item, rest, value) : item,
    ]),
  );
}

describe('parseScheme', () => {
  test('a scheme and inputs read from JSON score exactly', () => {
    const scheme = parseScheme(demoSchemeJson);
    const inputs = parseInputs(demoInputsJson);
    if (!scheme.ok || !inputs.ok) throw new Error(JSON.stringify([scheme, inputs]));
    const result = evaluate(scheme.value, inputs.value);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect([
      result.value.total,
      result.value.grade.grade,
      result.value.indicators.map((node) => node.score),
    ]).toEqual(['14.96', '差', ['11.96', '3.00']]);
  });

  test('malformed numbers, unknown kinds, missing keys and bad sums all come back at once', () => {
    const broken = withValueAt(
      withValueAt(demoSchemeJson, ['indicators', 0, 'children', 0, 'weight'], '1.2.3'),
      ['indicators', 1, 'children', 1, 'rule'],
      { kind: 'ratoi' },
    );
    const parsed = parseScheme(broken);
    expect(
      parsed.ok ? [] : parsed.issues.map((found) => `${found.code} ${found.path.join('.')}`),
    ).toEqual([
      'invalid_number indicators.0.children.0.weight',
      'unknown_rule_kind indicators.1.children.1.rule.kind',
    ]);
    const sums = parseScheme(withValueAt(demoSchemeJson, ['indicators', 1, 'weight'], 9));
    expect(
      sums.ok
        ? []
        : sums.issues.map((found) => [
            found.code,
            found.path.join('.'),
            found.expected,
            found.received,
          ]),
    ).toEqual([
      ['weights_do_not_sum', 'fullMarks', '20', '21'],
      ['weights_do_not_sum', 'indicators.1.weight', '9', '8'],
    ]);
    const missing = parseScheme({ ...demoSchemeJson, id: undefined });
    expect(
      missing.ok ? [] : missing.issues.map((found) => [found.code, found.path.join('.')]),
    ).toEqual([['missing_key', 'id']]);
  });
});

describe('parseScheme: custom rule kinds in JSON', () => {
  interface HalfRule {
    readonly kind: 'half';
    readonly share: Dec;
  }
  const halfKind: RuleKind<HalfRule> = {
    kind: 'half',
    inputFields: ['actual'],
    directionOf: () => 'none',
    validateRule: () => [],
    evaluate: (rule, _input, context) =>
      success({ score: context.weight.times(rule.share), trace: [], findings: [] }),
    parseRule(json, path) {
      const share =
        typeof json === 'object' && json !== null && 'share' in json ? json.share : undefined;
      return typeof share === 'string'
        ? success({ kind: 'half', share: decimal(share) })
        : failure([
            createIssue('invalid_rule_parameter', [...path, 'share'], {
              zh: '缺少 share',
              en: 'share is missing',
            }),
          ]);
    },
  };

  test('a kind with parseRule is read from a scheme file; one without it is a clear issue', () => {
    const leaf = { type: 'leaf', id: 'x', name: 'x', weight: 10 };
    const scheme = {
      id: 'c',
      version: '1',
      title: 'c',
      fullMarks: 10,
      grades: [{ grade: '-', min: 0 }],
      indicators: [{ ...leaf, rule: { kind: 'half', share: '0.5' } }],
    };
    const parsed = parseScheme(scheme, { ruleKinds: [halfKind] });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const engine = createEngine({ ruleKinds: [halfKind] });
    const result = engine.evaluate(parsed.value, { x: { actual: decimal(1) } });
    expect(result.ok ? result.value.total : result.issues).toBe('5.00');
    const missing = parseScheme(
      { ...scheme, indicators: [{ ...leaf, rule: { kind: 'half' } }] },
      { ruleKinds: [halfKind] },
    );
    expect(
      missing.ok ? [] : missing.issues.map((found) => `${found.code} ${found.path.join('.')}`),
    ).toEqual(['invalid_rule_parameter indicators.0.rule.share']);
    const unknown = parseScheme(scheme);
    expect(
      unknown.ok ? [] : unknown.issues.map((found) => `${found.code} ${found.path.join('.')}`),
    ).toEqual(['unknown_rule_kind indicators.0.rule.kind']);
  });
});
