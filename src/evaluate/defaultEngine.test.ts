import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { parseDataFile } from '../json/parseDataFile.js';
import { parseScheme } from '../json/parseScheme.js';
import { decimal } from '../decimal/decimal.js';
import { ratioRule } from '../rules/ratio/ratioRule.js';
import { defineScheme, leaf } from '../scheme/builders.js';
import { isDeepFrozen } from './isDeepFrozen.js';
import { evaluate } from './evaluate.js';
import { prepareScheme } from './prepareScheme.js';
import { validateScheme } from './validateScheme.js';

// Every preparation goes through this module, so wrapping its export counts them all, whichever
// engine (the default one, or one made inside parseScheme or parseDataFile) does the work.
vi.mock(import('./prepareScheme.js'), async (importOriginal) => {
  const original = await importOriginal();
  return { ...original, prepareScheme: vi.fn(original.prepareScheme) };
});

const preparations = (): number => vi.mocked(prepareScheme).mock.calls.length;

const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8'));

const schemeJson = {
  id: 'once',
  version: '1',
  title: '一次',
  // No grades: the default bands, shared by every such scheme, must not stop the cache.
  indicators: [
    { type: 'leaf', id: 'rate', name: '支出率', weight: '100', rule: { kind: 'ratio' } },
  ],
};
const inputs = { rate: { actual: '23033.06', target: '23135.18' } };
const rate = { actual: decimal('23033.06'), target: decimal('23135.18') };

beforeEach(() => {
  vi.mocked(prepareScheme).mockClear();
});

describe('a scheme read from JSON is validated and prepared once', () => {
  test.each(['nanzhou-2023', 'project-2024'])('the data file %s, through evaluate', (name) => {
    const data = parseDataFile(example(name));
    if (!data.ok) throw new Error(JSON.stringify(data.issues));
    expect(preparations()).toBe(1);
    expect(evaluate(data.value.scheme, data.value.inputs).ok).toBe(true);
    expect(validateScheme(data.value.scheme)).toEqual([]);
    expect(evaluate(data.value.scheme, data.value.inputs).ok).toBe(true);
    expect(preparations()).toBe(1);
  });

  test('a data file with its scheme inline', () => {
    const data = parseDataFile({ scheme: schemeJson, inputs });
    if (!data.ok) throw new Error(JSON.stringify(data.issues));
    expect(evaluate(data.value.scheme, data.value.inputs).ok).toBe(true);
    expect(preparations()).toBe(1);
  });

  test('a scheme file, through validateScheme and evaluate', () => {
    const parsed = parseScheme(schemeJson);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(validateScheme(parsed.value)).toEqual([]);
    expect(evaluate(parsed.value, { rate }).ok).toBe(true);
    expect(preparations()).toBe(1);
  });

  test('a scheme file that does not validate, once', () => {
    const parsed = parseScheme({ ...schemeJson, fullMarks: '90' });
    expect(parsed.ok ? [] : parsed.issues.map((found) => found.code)).toEqual([
      'weights_do_not_sum',
    ]);
    expect(preparations()).toBe(1);
  });
});

describe('a scheme built with defineScheme is deep-frozen, and prepared once', () => {
  const indicators = [leaf('rate', '支出率', 100, ratioRule())];
  const bands = [
    { grade: 'A', min: '85' },
    { grade: 'B', min: 0 },
  ];
  test.each([
    ['the default grade bands', defineScheme({ id: 'd', version: '1', title: 'd', indicators })],
    [
      'its own grade bands',
      defineScheme({ id: 'o', version: '1', title: 'o', grades: bands, indicators }),
    ],
  ])('with %s', (_name, scheme) => {
    expect(isDeepFrozen(scheme)).toBe(true);
    const [node] = scheme.indicators;
    if (node === undefined) throw new Error('one leaf');
    // Nothing the scheme reaches can be edited, not even the digits of a decimal.
    expect(() => {
      node.weight.d[0] = 20;
    }).toThrow(TypeError);
    expect(() => {
      const [top] = scheme.grades;
      if (top !== undefined) top.min.d[0] = 20;
    }).toThrow(TypeError);
    expect(evaluate(scheme, { rate }).ok).toBe(true);
    expect(validateScheme(scheme)).toEqual([]);
    const second = evaluate(scheme, { rate });
    expect(second.ok ? second.value.total : second.issues).toBe('99.56');
    expect(preparations()).toBe(1);
  });
});

describe('what may change is prepared again', () => {
  test('a scheme that is not deep-frozen, on every evaluation', () => {
    const parsed = parseScheme(schemeJson);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    // The same scheme in a fresh, unfrozen object: nothing stops its caller editing it.
    const editable = { ...parsed.value };
    vi.mocked(prepareScheme).mockClear();
    expect(evaluate(editable, { rate }).ok).toBe(true);
    expect(evaluate(editable, { rate }).ok).toBe(true);
    expect(preparations()).toBe(2);
  });
});
