import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test as example } from 'vitest';
import { dataFileJson } from './dataFileJson.js';
import { parseJsonWith } from './parseJsonWith.js';
import { quickDataFile } from './quickDataFile.js';

/** The value with its key orders, decimals (their exact data) and -0 spelled out. */
function spelled(value: unknown): unknown {
  if (Decimal.isDecimal(value))
    return ['decimal', value.constructor.name, value.s, value.e, value.d];
  if (Object.is(value, -0)) return ['-0'];
  if (Array.isArray(value)) return ['array', ...value.map(spelled)];
  if (typeof value === 'object' && value !== null)
    return [
      Object.getPrototypeOf(value) === null ? 'null-prototype' : 'object',
      ...Object.entries(value).map(([key, entry]) => [key, spelled(entry)]),
    ];
  return value;
}

/** Reads with both readers: the quick one either leaves the document to zod or agrees with it. */
function agrees(json: unknown): boolean {
  const quick = quickDataFile(json);
  const zod = parseJsonWith(dataFileJson, json);
  if (quick === undefined) return false;
  expect(zod.success).toBe(true);
  if (zod.success) expect(spelled(quick)).toEqual(spelled(zod.data));
  return true;
}

// Values no field takes, or takes only some of: each field meets them now and then.
const odd = fc.constantFrom<unknown>(
  '',
  '  ',
  'x',
  '1.2.3',
  '10个左右',
  '__proto__',
  0,
  -0,
  1.5,
  2023,
  1e20,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  null,
  [],
  {},
  { zh: '' },
  { zh: '甲', en: 1 },
  [1, 2],
  undefined,
);

const absent = Symbol('absent');
/** True now and then: an unknown key in a near miss. */
const rarely = fc.oneof(
  { arbitrary: fc.constant(false), weight: 30 },
  { arbitrary: fc.constant(true), weight: 1 },
);

/**
 * Data files: well-formed ones (`near` false: every value one the form takes), or near misses,
 * where any field may hold a value it refuses and any object an unknown key.
 */
function dataFiles(near: boolean): fc.Arbitrary<unknown> {
  /** One of the values a field takes, or (near misses only) of those it refuses. */
  const pick = (valid: readonly unknown[], invalid: readonly unknown[] = []) =>
    near && invalid.length > 0
      ? fc.oneof(
          { arbitrary: fc.constantFrom<unknown>(...valid), weight: 20 },
          { arbitrary: fc.constantFrom<unknown>(...invalid), weight: 1 },
        )
      : fc.constantFrom<unknown>(...valid);
  /** An object of the given fields, each there or absent (or, near misses only, odd); the
   * `required` ones are absent only in near misses. */
  const objectOf = (
    fields: Readonly<Record<string, fc.Arbitrary<unknown>>>,
    required: readonly string[] = [],
  ) => {
    const entries = Object.entries(fields).map(([key, good]) => {
      // Rarely odd: a near miss is mostly one or two odd values in a well-formed document.
      const options: fc.WeightedArbitrary<unknown>[] = [{ arbitrary: good, weight: 60 }];
      if (near) options.push({ arbitrary: odd, weight: 1 });
      const isRequired = required.includes(key);
      if (near || !isRequired)
        options.push({ arbitrary: fc.constant(absent), weight: isRequired ? 1 : 20 });
      return fc.oneof(...options).map((value) => [key, value] as const);
    });
    return fc
      .tuple(fc.tuple(...entries), near ? rarely : fc.constant(false))
      .map(([pairs, stray]) => {
        const object: Record<string, unknown> = {};
        for (const [key, value] of pairs) if (value !== absent) object[key] = value;
        if (stray) object['unknownKey'] = 1;
        return object;
      });
  };
  const decimalText = pick(['5', '10', 5, '2.5', '1,000', '99.56%', '0', 12.25], ['1.2.3', '']);
  const text = pick(['甲', '数量指标', '受工期影响', '已验收']);
  const name = pick(['改造小区数量', '居民满意度', { zh: '甲' }, { zh: '甲', en: 'A' }], ['']);
  const rowFields = {
    id: pick(['a', 'b', 'c-1'], ['prototype', '']),
    name,
    group: pick(['数量指标', '质量指标'], ['']),
    weight: decimalText,
    weightBasis: pick(['report', 'assumed'], ['guess']),
    targetText: text,
    unit: pick(['个', '%', '万元']),
    actual: pick(['12个', '96%', '达成', 98, '部分达成', '2,700户']),
    score: decimalText,
    deviationReason: text,
    evidence: text,
  };
  const required = ['id', 'name', 'weight'];
  // A comparison with a number, or the target as a table writes it (near misses: either mixed).
  const row = fc.oneof(
    objectOf(
      {
        ...rowFields,
        comparison: pick(['>=', '>', '=', '<=', '<', 'qualitative'], ['≥']),
        target: pick(['12', 12, '0.9', '1,200', '95%'], ['≥95%']),
      },
      [...required, 'comparison'],
    ),
    objectOf(
      {
        ...rowFields,
        target: pick(['≥95%', '≤100万元', '=1个', '达成', '12', '1,200'], ['10个左右', 12]),
      },
      [...required, 'target'],
    ),
  );
  const leafInput = objectOf({
    actual: decimalText,
    target: decimalText,
    answer: pick([true, false, '是', '不合规', 'yes'], ['maybe']),
    level: pick(['achieved', '完成'], ['']),
    score: decimalText,
    reason: text,
    occurrences: pick([0, 2, -0], [-1, 1.5]),
    items: fc.array(objectOf({ text, points: decimalText }, ['text']), { maxLength: 3 }),
    notApplicable: fc.boolean(),
    values: fc.dictionary(pick(['a', 'b'], ['constructor']).map(String), decimalText, {
      maxKeys: 3,
    }),
    evidence: text,
  });
  return objectOf(
    {
      $schema: fc.constant('../docs/schema/data.schema.json'),
      scheme: pick(['national-project', 'gz-department-overall@2023'], ['']),
      year: pick([2024, 1900, 2200], [1899, 2201, 2024.5]),
      department: objectOf({ name: text, year: pick([2023]), source: text }, ['name']),
      project: objectOf({ name: text, department: text, code: text }, ['name']),
      budget: objectOf(
        { initial: decimalText, fullYear: decimalText, executed: decimalText, unit: text },
        ['fullYear', 'executed'],
      ),
      deviationReason: objectOf({
        above: pick([false, '1.3', 1.2], [true]),
        whenMissed: fc.boolean(),
      }),
      indicators: fc.dictionary(
        pick(['outputs', 'benefits', 'satisfaction'], ['__proto__']).map(String),
        fc.array(row, { maxLength: 3 }),
        { maxKeys: 3 },
      ),
      inputs: fc.dictionary(pick(['x', 'y', 'budget-execution-rate']).map(String), leafInput, {
        maxKeys: 3,
      }),
    },
    ['scheme'],
  );
}

describe('quickDataFile reads what zod reads, or leaves the document to zod', () => {
  example('the examples are read quickly, into what zod makes of them', () => {
    for (const name of ['project-2024.json', 'nanzhou-2023.json']) {
      const text = readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
      expect(agrees(JSON.parse(text))).toBe(true);
    }
  });

  example('an inline scheme, a class instance or an array with a hole is left to zod', () => {
    const rows = [{ id: 'a', name: '甲', weight: '5', target: '≥1个' }];
    const holed: unknown[] = [];
    holed[1] = rows[0];
    for (const json of [
      { scheme: { id: 's' } },
      {
        scheme: 'national-project',
        department: new (class {
          name = '甲';
        })(),
      },
      { scheme: 'national-project', indicators: { outputs: holed } },
      { scheme: 'national-project', indicators: { [Symbol('s')]: rows } },
    ])
      expect(quickDataFile(json)).toBeUndefined();
    // A strict object's symbol keys are not its keys, for zod as for the quick reader.
    expect(agrees({ scheme: 'national-project', inputs: { x: { [Symbol('s')]: 1 } } })).toBe(true);
  });

  example('well-formed documents are all read quickly, into what zod makes of them', () => {
    fc.assert(
      fc.property(dataFiles(false), (json) => {
        expect(agrees(json)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  example('near misses are read quickly only when zod reads them into the same', () => {
    let quick = 0;
    fc.assert(
      fc.property(dataFiles(true), (json) => {
        if (agrees(json)) quick += 1;
      }),
      { numRuns: 200 },
    );
    // Not vacuous: some near misses are still well-formed, and those are read quickly.
    expect(quick).toBeGreaterThan(20);
  });
});
