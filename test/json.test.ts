import { describe, expect, test } from 'vitest';
import { evaluate } from '../src/index.js';
import { jsonSchemas, parseEvaluation, parseInputs, parseJsonText, parseScheme, schemeToJson } from '../src/json.js';

const schemeJson = {
  id: 'demo',
  version: '2023',
  title: { zh: '示例方案', en: 'Demo scheme' },
  fullMarks: 20,
  grades: [{ grade: '优', min: '18' }, { grade: '差', min: 0 }],
  indicators: [
    {
      type: 'category',
      id: 'efficiency',
      name: '履职效能',
      weight: '12',
      children: [
        { type: 'leaf', id: 'budget-rate', name: { zh: '部门预算资金支出率', en: 'budget execution rate' }, weight: '10', rule: { kind: 'ratio', rateLabel: { zh: '支出率', en: 'execution rate' } } },
        { type: 'leaf', id: 'three-public', name: '“三公”经费控制情况', weight: 2, rule: { kind: 'reverse', formula: { type: 'linear' } } },
      ],
    },
    {
      type: 'category',
      id: 'management',
      name: '管理效率',
      weight: 8,
      children: [
        { type: 'leaf', id: 'system', name: '绩效管理制度建设', weight: 5, rule: { kind: 'level', levels: [{ id: 'done', name: '完成', award: { fraction: 1 } }, { id: 'not-done', name: '未完成', award: { fraction: 0 } }] } },
        { type: 'leaf', id: 'procurement', name: '采购合同签订时效性', weight: 3, rule: { kind: 'deduction', pointsEach: '0.5' } },
      ],
    },
  ],
};

const inputsJson = {
  'budget-rate': { actual: '23,033.06', target: '23,135.18' },
  'three-public': { actual: '27.90', target: 28.54 },
  system: { level: '未完成', evidence: '未另行制定制度' },
  procurement: { occurrences: 0 },
};

describe('JSON forms', () => {
  test('a scheme and inputs read from JSON score exactly', () => {
    const scheme = parseScheme(schemeJson);
    const inputs = parseInputs(inputsJson);
    if (!scheme.ok || !inputs.ok) throw new Error(JSON.stringify([scheme, inputs]));
    const result = evaluate(scheme.value, inputs.value);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect([result.value.total, result.value.grade.grade, result.value.indicators.map((node) => node.score)]).toEqual(['14.96', '差', ['11.96', '3.00']]);
  });

  test('a misspelt key is an issue with its path, in both languages', () => {
    const parsed = parseInputs({ 'budget-rate': { actaul: '1', target: '2' } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([
      { code: 'unknown_key', path: ['inputs', 'budget-rate', 'actaul'], message: { zh: '未知字段「actaul」（是否拼写有误？）', en: 'Unknown key "actaul" (is it misspelt?)' }, received: 'actaul' },
    ]);
  });

  test('malformed numbers, unknown rule kinds, missing keys and bad sums all come back at once', () => {
    const broken = structuredClone(schemeJson) as typeof schemeJson & { indicators: { children: { weight: unknown; rule: unknown }[] }[] };
    const [first, second] = broken.indicators;
    if (first?.children[0] === undefined || second?.children[1] === undefined) throw new Error('fixture');
    first.children[0].weight = '1.2.3';
    (second.children[1] as { rule: unknown }).rule = { kind: 'ratoi' };
    const parsed = parseScheme(broken);
    expect(parsed.ok ? [] : parsed.issues.map((found) => `${found.code} ${found.path.join('.')}`)).toEqual([
      'invalid_number indicators.0.children.0.weight',
      'unknown_rule_kind indicators.1.children.1.rule.kind',
    ]);
    const unsummed = structuredClone(schemeJson);
    unsummed.indicators[1]!.weight = 9;
    const sums = parseScheme(unsummed);
    expect(sums.ok ? [] : sums.issues.map((found) => [found.code, found.path.join('.'), found.expected, found.received])).toEqual([
      ['weights_do_not_sum', 'fullMarks', '20', '21'],
      ['weights_do_not_sum', 'indicators.1.weight', '9', '8'],
    ]);
    const missing = parseScheme({ ...schemeJson, id: undefined });
    expect(missing.ok ? [] : missing.issues.map((found) => [found.code, found.path.join('.')])).toEqual([['missing_key', 'id']]);
  });

  test('scheme and evaluation JSON round-trip', () => {
    const scheme = parseScheme(schemeJson);
    const inputs = parseInputs(inputsJson);
    if (!scheme.ok || !inputs.ok) throw new Error('fixture');
    const again = parseScheme(JSON.parse(JSON.stringify(schemeToJson(scheme.value))));
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    expect(schemeToJson(again.value)).toEqual(schemeToJson(scheme.value));
    const result = evaluate(scheme.value, inputs.value);
    if (!result.ok) throw new Error('fixture');
    const read = parseEvaluation(JSON.parse(JSON.stringify(result.value)));
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.value).toEqual(result.value);
  });

  test('invalid JSON text reports line and column', () => {
    const parsed = parseJsonText('{\n  "a": 1,\n  "b": }\n');
    expect(parsed.ok ? '' : parsed.issues[0]?.received).toBe('line 3, column 8');
  });

  test('JSON Schemas are generated for all three forms', () => {
    const schemas = jsonSchemas() as Record<string, { $schema?: string }>;
    expect(Object.keys(schemas)).toEqual(['scheme', 'inputs', 'evaluation', 'data', 'cases']);
    for (const schema of Object.values(schemas)) expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('custom rule kinds in JSON', () => {
  test('a kind with parseRule is read from a scheme file; one without it is a clear issue', async () => {
    const { createIssue, failure, success, createEngine, decimal } = await import('../src/index.js');
    interface HalfRule {
      readonly kind: 'half';
      readonly share: import('../src/index.js').Dec;
    }
    const halfKind: import('../src/index.js').RuleKind<HalfRule> = {
      kind: 'half',
      inputFields: ['actual'],
      directionOf: () => 'none',
      validateRule: () => [],
      evaluate: (rule, _input, context) => success({ score: context.weight.times(rule.share), trace: [], findings: [] }),
      parseRule(json, path) {
        const share = typeof json === 'object' && json !== null && 'share' in json ? json.share : undefined;
        return typeof share === 'string' ? success({ kind: 'half', share: decimal(share) }) : failure([createIssue('invalid_rule_parameter', [...path, 'share'], { zh: '缺少 share', en: 'share is missing' })]);
      },
    };
    const scheme = { id: 'c', version: '1', title: 'c', fullMarks: 10, grades: [{ grade: '-', min: 0 }], indicators: [{ type: 'leaf', id: 'x', name: 'x', weight: 10, rule: { kind: 'half', share: '0.5' } }] };
    const parsed = parseScheme(scheme, { ruleKinds: [halfKind] });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const result = createEngine({ ruleKinds: [halfKind] }).evaluate(parsed.value, { x: { actual: decimal(1) } });
    expect(result.ok ? result.value.total : result.issues).toBe('5.00');
    const missing = parseScheme({ ...scheme, indicators: [{ ...scheme.indicators[0], rule: { kind: 'half' } }] }, { ruleKinds: [halfKind] });
    expect(missing.ok ? [] : missing.issues.map((found) => `${found.code} ${found.path.join('.')}`)).toEqual(['invalid_rule_parameter indicators.0.rule.share']);
    const unknown = parseScheme(scheme);
    expect(unknown.ok ? [] : unknown.issues.map((found) => `${found.code} ${found.path.join('.')}`)).toEqual(['unknown_rule_kind indicators.0.rule.kind']);
  });
});
