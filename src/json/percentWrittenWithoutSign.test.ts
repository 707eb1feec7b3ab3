import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../evaluate/evaluate.js';
import { parseDataFile } from './parseDataFile.js';

const example = JSON.parse(
  readFileSync(new URL('../../examples/nanzhou-2023.json', import.meta.url), 'utf8'),
) as { inputs: Record<string, Record<string, unknown>> };

function withInput(id: string, input: Record<string, unknown>) {
  const data = structuredClone(example);
  data.inputs[id] = input;
  return parseDataFile(data);
}

describe('rates written without their percent sign', () => {
  test('结转结余率 "2.33" for 2.33% is refused instead of scoring 233% (91.46 优 → 89.46 良)', () => {
    const parsed = withInput('carry-over-rate', { actual: '2.33' });
    expect(
      parsed.ok ? [] : parsed.issues.map((issue) => [issue.code, issue.path.join('.')]),
    ).toEqual([['percent_expected', 'inputs.carry-over-rate.actual']]);
    const [issue] = parsed.ok ? [] : parsed.issues;
    expect(issue?.message.zh).toBe(
      '「结转结余率」是百分比：「2.33」会被读作 233%。是否应写作 2.33%？（确为 233% 时请写作 233%）',
    );
    expect([issue?.expected, issue?.received]).toEqual(['2.33%', '2.33']);
  });

  test('a JSON number above 1 is refused the same way', () => {
    const parsed = withInput('carry-over-rate', { actual: 2.33 });
    expect(parsed.ok ? '' : parsed.issues[0].code).toBe('percent_expected');
  });

  test('the % form, a fraction up to 1, and a rate above 100% written with its sign all score', () => {
    for (const actual of ['2.33%', '0.0233', '1', '0', '105%', '2.33％']) {
      const parsed = withInput('carry-over-rate', { actual });
      expect([actual, parsed.ok]).toEqual([actual, true]);
    }
    const reference = parseDataFile(example);
    if (!reference.ok) throw new Error(JSON.stringify(reference.issues));
    const result = evaluate(reference.value.scheme, reference.value.inputs);
    expect(result.ok && [result.value.total, result.value.grade.grade]).toEqual(['91.46', '优']);
  });

  test('rules without unit: percent read bare values as they are', () => {
    const parsed = withInput('budget-execution-rate', { actual: '23033.06', target: '23135.18' });
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.code)).not.toContain(
      'percent_expected',
    );
  });
});
