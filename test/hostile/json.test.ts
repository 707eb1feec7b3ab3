import { describe, expect, test } from 'vitest';
import { formatIssuePath, type Issue } from '../../src/index.js';
import {
  parseDataFile,
  parseEvaluation,
  parseInputs,
  parseJsonText,
  parseScheme,
  ruleParserOf,
  ruleJson,
  schemeToJson,
  jsonSchemas,
} from '../../src/json.js';
import { demoInputsJson, demoSchemeJson } from '../fixtures/demoJson.js';

// Hostile and careless JSON documents: keys that name what every object inherits, values of the
// wrong type, errors deep inside an inline scheme or a department row, nesting deep enough to
// overflow a stack, and callers that pass anything at all. Every one comes back as issues with
// the right code, at the path where the file wrote the value, in words that are true.

type Outcome = { readonly ok: true } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Each issue as `code path`, the path as people read it; [] when the result is ok. */
function codes(result: Outcome): readonly string[] {
  return result.ok
    ? []
    : result.issues.map((found) => `${found.code} ${formatIssuePath(found.path)}`);
}

/** Each issue as `code path: message` in one language. */
function messages(result: Outcome, lang: 'zh' | 'en' = 'zh'): readonly string[] {
  return result.ok
    ? []
    : result.issues.map(
        (found) => `${found.code} ${formatIssuePath(found.path)}: ${found.message[lang]}`,
      );
}

/** Reads JSON text, failing the test when it is not JSON. */
function json(text: string): unknown {
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new Error(parsed.issues.map((found) => found.message.en).join('\n'));
  return parsed.value;
}

/** A one-leaf inline scheme with the leaf's id, for data files. */
function oneLeafScheme(id: string, leafFields: Record<string, unknown> = {}): unknown {
  return {
    id: 's',
    version: '1',
    title: 's',
    fullMarks: 10,
    grades: [{ grade: '-', min: 0 }],
    indicators: [
      { type: 'leaf', id, name: '支出率', weight: 10, rule: { kind: 'ratio' }, ...leafFields },
    ],
  };
}

/** A department data file for the shipped 2023 preset, with the given outputs rows. */
function departmentFile(outputs: readonly unknown[], extra: Record<string, unknown> = {}): unknown {
  const row = (id: string, weight: string) => ({
    id,
    name: id,
    weight,
    comparison: '>=',
    target: '1',
  });
  return {
    scheme: 'gz-department-overall@2023',
    department: { name: '某部门', year: 2023 },
    indicators: { outputs, benefits: [row('b1', '20')] },
    ...extra,
  };
}

const row = (id: string, weight: string, fields: Record<string, unknown> = {}) => ({
  id,
  name: id,
  weight,
  comparison: '>=',
  target: '1',
  ...fields,
});

describe('prototype keys', () => {
  test('parseJsonText keeps a __proto__ key as an own key and leaves Object.prototype alone', () => {
    const value = json('{"__proto__": {"polluted": 1}, "constructor": 2}');
    expect([
      Object.hasOwn(value as object, '__proto__'),
      Object.getPrototypeOf(value) === Object.prototype,
      Object.getOwnPropertyDescriptor(value, '__proto__')?.value,
      Object.getOwnPropertyDescriptor(value, 'constructor')?.value,
      'polluted' in {},
    ]).toEqual([true, true, { polluted: 1 }, 2, false]);
  });

  test('an input keyed __proto__ in JSON text is reserved_key, not dropped', () => {
    const parsed = parseInputs(json('{"__proto__": {"actual": "1", "target": "2"}}'));
    expect(messages(parsed)).toEqual([
      'reserved_key inputs.__proto__: 「__proto__」是保留字（__proto__, constructor, prototype），不能用作 id 或键名',
    ]);
  });

  test('an input keyed constructor or prototype is reserved_key too', () => {
    expect(
      codes(parseInputs({ constructor: { actual: '1' }, prototype: { actual: '1' } })),
    ).toEqual(['reserved_key inputs.constructor', 'reserved_key inputs.prototype']);
  });

  test('a data file made by JSON.parse with an input keyed __proto__ reports it', () => {
    const file: unknown = JSON.parse(
      JSON.stringify({ scheme: oneLeafScheme('rate'), inputs: {} }).replace(
        '"inputs":{}',
        '"inputs":{"__proto__":{"actual":"1","target":"1"}}',
      ),
    );
    expect(codes(parseDataFile(file))).toEqual(['reserved_key inputs.__proto__']);
  });

  test('a value name __proto__ inside an input is reserved_key', () => {
    expect(codes(parseInputs(json('{"x": {"values": {"__proto__": "1", "a": "2"}}}')))).toEqual([
      'reserved_key inputs.x.values.__proto__',
    ]);
  });

  test('a slot keyed __proto__ in a data file is reserved_key', () => {
    const text = JSON.stringify(departmentFile([row('o1', '20')])).replace(
      '"indicators":{',
      '"indicators":{"__proto__":[],',
    );
    expect(codes(parseDataFile(json(text)))).toEqual(['reserved_key indicators.__proto__']);
  });

  test('a __proto__ key where the form has fixed keys is an unknown key', () => {
    const text = JSON.stringify(demoSchemeJson).replace('{', '{"__proto__": 1, ');
    expect(codes(parseScheme(json(text)))).toEqual(['unknown_key __proto__']);
    expect(codes(parseScheme(JSON.parse(text)))).toEqual(['unknown_key __proto__']);
  });

  test('toString and valueOf are ordinary ids and keys', () => {
    const parsed = parseDataFile({
      scheme: oneLeafScheme('toString'),
      inputs: { toString: { actual: '1', target: '2' } },
    });
    expect(parsed.ok && Object.hasOwn(parsed.value.inputs, 'toString')).toBe(true);
    expect(codes(parseInputs({ valueOf: { actual: '1' } }))).toEqual([]);
  });
});

describe('reserved ids', () => {
  test('a leaf id __proto__ in a scheme file is reserved_id at its path', () => {
    const parsed = parseScheme(json(JSON.stringify(oneLeafScheme('__proto__'))));
    expect(messages(parsed, 'en')).toEqual([
      'reserved_id indicators[0].id: The id "__proto__" is reserved (__proto__, constructor, prototype): choose another id',
    ]);
  });

  test('a category id constructor in an inline scheme is reserved_id under scheme', () => {
    const scheme = {
      ...(oneLeafScheme('rate') as object),
      indicators: [
        {
          type: 'category',
          id: 'constructor',
          name: '类',
          weight: 10,
          children: [{ type: 'leaf', id: 'rate', name: 'r', weight: 10, rule: { kind: 'ratio' } }],
        },
      ],
    };
    expect(codes(parseDataFile({ scheme, inputs: {} }))).toEqual([
      'reserved_id scheme.indicators[0].id',
    ]);
  });

  test('a department row id prototype is reserved_id at the row', () => {
    expect(messages(parseDataFile(departmentFile([row('prototype', '20')])))).toEqual([
      'reserved_id indicators.outputs[0].id: id「prototype」是保留字（__proto__, constructor, prototype），不能用作指标 id：请换一个 id',
    ]);
  });
});

describe('wrong types are not missing', () => {
  test('"actual": true is a boolean where a number belongs', () => {
    expect(messages(parseInputs({ x: { actual: true } }))).toEqual([
      'invalid_type inputs.x.actual: 应为字符串或数字，收到布尔值',
    ]);
    expect(messages(parseInputs({ x: { actual: true } }), 'en')).toEqual([
      'invalid_type inputs.x.actual: Expected a string or a number; received a boolean',
    ]);
  });

  test('a rounding scale of 2.5 must be a whole number from 0 to 10', () => {
    const parsed = parseScheme({ ...demoSchemeJson, rounding: { scale: 2.5, mode: 'half-up' } });
    expect(messages(parsed)).toEqual(['not_integer rounding.scale: 须为 0 至 10 的整数，收到 2.5']);
  });

  test('a root array is an array where an object belongs', () => {
    expect(messages(parseScheme([]))).toEqual(['invalid_type (root): 应为对象，收到数组']);
    expect(messages(parseInputs([]))).toEqual(['invalid_type inputs: 应为对象，收到数组']);
  });

  test('a name given as a number names both forms a name takes', () => {
    const parsed = parseScheme({ ...demoSchemeJson, title: 5 });
    expect(messages(parsed, 'en')).toEqual([
      'invalid_type title: Expected a string or an object; received a number',
    ]);
  });

  test('only a key that is absent is missing_key', () => {
    const { id: _id, ...withoutId } = demoSchemeJson;
    expect(messages(parseScheme(withoutId))).toEqual(['missing_key id: 缺少必填字段「id」']);
    expect(messages(parseScheme({ ...demoSchemeJson, id: null }))).toEqual([
      'invalid_type id: 应为字符串，收到空值（null）',
    ]);
  });

  test('a node without its type is missing_key type, not an invalid value', () => {
    const parsed = parseScheme({
      ...demoSchemeJson,
      indicators: [{ id: 'x', name: 'x', weight: 20, rule: { kind: 'ratio' } }],
    });
    expect(codes(parsed)).toEqual(['missing_key indicators[0].type']);
  });

  test('a department year of 20230 is out of range, with the range', () => {
    const parsed = parseDataFile(
      departmentFile([row('o1', '20')], { department: { name: '某部门', year: 20230 } }),
    );
    expect(messages(parsed)).toEqual([
      'out_of_range department.year: 须在 1900 至 2200 之间，收到 20230',
    ]);
  });
});

describe('inline scheme paths', () => {
  test('a misspelt key inside an inline scheme is reported at its own path, with the key meant', () => {
    const parsed = parseDataFile({
      scheme: oneLeafScheme('rate', { weight: undefined, weigth: 10 }),
      inputs: {},
    });
    expect(messages(parsed)).toEqual([
      'missing_key scheme.indicators[0].weight: 缺少必填字段「weight」',
      'unknown_key scheme.indicators[0].weigth: 未知字段「weigth」（是否应为「weight」？）',
    ]);
  });

  test('a malformed number inside an inline scheme is reported at its path', () => {
    const parsed = parseDataFile({ scheme: oneLeafScheme('rate', { weight: '1o' }), inputs: {} });
    expect(codes(parsed)).toEqual(['invalid_number scheme.indicators[0].weight']);
  });

  test('a scheme that is neither a reference nor an object names both', () => {
    expect(messages(parseDataFile({ scheme: 5 }), 'en')).toEqual([
      'invalid_type scheme: Expected a string or an object; received a number',
    ]);
  });

  test('an empty scheme reference is empty, not a number range', () => {
    expect(messages(parseDataFile({ scheme: '' }))).toEqual([
      'empty_text scheme: 「scheme」不能为空',
    ]);
  });
});

describe('department row paths', () => {
  test('a row weight finer than the rounding scale is reported at the row in the file', () => {
    const parsed = parseDataFile(departmentFile([row('o1', '19.995'), row('o2', '0.005')]));
    expect(codes(parsed)).toEqual([
      'weight_finer_than_scale indicators.outputs[0].weight',
      'weight_finer_than_scale indicators.outputs[1].weight',
    ]);
  });

  test('a row in a group keeps its path in the file', () => {
    const parsed = parseDataFile(
      departmentFile([
        row('o1', '10', { group: '数量指标' }),
        row('o2', '9.999', { group: '质量指标' }),
        row('o3', '0.001', { group: '质量指标' }),
      ]),
    );
    expect(codes(parsed)).toEqual([
      'weight_finer_than_scale indicators.outputs[1].weight',
      'weight_finer_than_scale indicators.outputs[2].weight',
    ]);
  });
});

/** A category chain `depth` levels deep, built without recursion. */
function chain(depth: number): Record<string, unknown> {
  let node: Record<string, unknown> = {
    type: 'leaf',
    id: 'leaf',
    name: 'x',
    weight: 10,
    rule: { kind: 'ratio' },
  };
  for (let level = 0; level < depth; level += 1) {
    node = { type: 'category', id: `c${String(level)}`, name: 'x', weight: 10, children: [node] };
  }
  return { ...(oneLeafScheme('x') as object), indicators: [node] };
}

/** The deep chain as JSON text, written without recursion. */
function chainText(depth: number): string {
  const open = '{"type":"category","id":"c","name":"x","weight":10,"children":[';
  return `{"id":"s","indicators":[${open.repeat(depth)}{}${']}'.repeat(depth)}]}`;
}

describe('depth limit', () => {
  test('a 100,000-deep chain as text is too_deep at its line and column', () => {
    expect(messages(parseJsonText(chainText(100_000)), 'en')).toEqual([
      'too_deep (root): JSON nested too deeply at line 1, column 6262: at most 200 levels',
    ]);
  });

  test('a 100,000-deep chain passed as an object is too_deep, not a RangeError', () => {
    const parsed = parseScheme(chain(100_000));
    expect(parsed.ok ? [] : parsed.issues.map((found) => [found.code, found.path.length])).toEqual([
      ['too_deep', 200],
    ]);
    expect(
      messages(parseScheme(chain(100_000)), 'en')[0]?.endsWith(
        ': Nested too deeply: at most 200 levels',
      ),
    ).toBe(true);
  });

  test('a deep inline scheme in a data file is too_deep under scheme', () => {
    const parsed = parseDataFile({ scheme: chain(100_000) });
    expect(parsed.ok ? [] : parsed.issues.map((found) => [found.code, found.path[0]])).toEqual([
      ['too_deep', 'scheme'],
    ]);
  });

  test('a deep evaluation and deep inputs are too_deep', () => {
    let deep: unknown = [];
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(codes(parseEvaluation({ indicators: deep })).map((line) => line.split(' ')[0])).toEqual([
      'too_deep',
    ]);
    expect(codes(parseInputs({ x: { values: deep } })).map((line) => line.split(' ')[0])).toEqual([
      'too_deep',
    ]);
  });

  test('an object that contains itself is too_deep, not an endless walk', () => {
    const loop: Record<string, unknown> = { type: 'category', id: 'c', name: 'x', weight: 10 };
    loop['children'] = [loop, loop];
    const parsed = parseScheme({ ...(oneLeafScheme('x') as object), indicators: [loop] });
    expect(parsed.ok ? [] : parsed.issues.map((found) => found.code)).toEqual(['too_deep']);
  });

  test('a scheme 60 levels deep, far beyond any real one, is still read', () => {
    const scheme = chain(60);
    expect(codes(parseScheme(scheme))).toEqual([]);
  });

  test('a duplicate key at the end of deep text is placed by line and column', () => {
    const text = `${'['.repeat(150)}{"a":1,\n"a":2}${']'.repeat(150)}`;
    expect(messages(parseJsonText(text), 'en')[0]?.split(': ')[1]).toBe(
      'Duplicate key "a" at line 2, column 1 (first at line 1, column 152)',
    );
  });
});

describe('level words', () => {
  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'a qualitative result written %s stays that word',
    (word) => {
      const parsed = parseDataFile(
        departmentFile([
          { id: 'o1', name: 'o1', weight: '20', comparison: 'qualitative', actual: word },
        ]),
      );
      expect(parsed.ok ? parsed.value.inputs['o1']?.level : parsed.issues).toBe(word);
    },
  );

  test('the level words themselves still read as their levels', () => {
    const parsed = parseDataFile(
      departmentFile([
        { id: 'o1', name: 'o1', weight: '20', comparison: 'qualitative', actual: '部分达成' },
      ]),
    );
    expect(parsed.ok ? parsed.value.inputs['o1']?.level : parsed.issues).toBe('partly-achieved');
  });
});

describe('ids and paths', () => {
  test('an empty department row id is empty_id, not a number range', () => {
    expect(messages(parseDataFile(departmentFile([{ ...row('', '20'), name: '名称' }])))).toEqual([
      'empty_id indicators.outputs[0].id: id 不能为空',
    ]);
  });

  test('an empty indicator id in a scheme file is empty_id', () => {
    expect(messages(parseScheme(oneLeafScheme('')))).toEqual([
      'empty_id indicators[0].id: 指标 id 不能为空',
    ]);
  });

  test('full marks of 0 are an issue, not "every indicator is 不适用"', () => {
    const scheme = {
      ...(oneLeafScheme('x', { weight: 0 }) as object),
      fullMarks: 0,
      grades: [{ grade: '-', min: 0 }],
    };
    expect(messages(parseScheme(scheme))).toEqual([
      'invalid_full_marks fullMarks: 满分须大于 0（现为 0）',
    ]);
  });

  test('a key with a dot, slash, space or bracket is quoted in a path', () => {
    expect(codes(parseInputs({ 'a.b/c': { actaul: 1 }, 'x y[0]': { actaul: 1 } }))).toEqual([
      'unknown_key inputs["a.b/c"].actaul',
      'unknown_key inputs["x y[0]"].actaul',
    ]);
  });

  test('ids of letters, digits, _, - and Chinese stay bare', () => {
    expect(
      formatIssuePath(['inputs', 'budget-rate_2', 'values', '预算执行率', 'x', 0, '$schema', '']),
    ).toBe('inputs.budget-rate_2.values.预算执行率.x[0]["$schema"][""]');
  });

  test('an invisible character in a key is quoted and shown', () => {
    expect(formatIssuePath(['inputs', 'rate\u200b', 'a"b\n'])).toBe(
      'inputs["rate\\u{200B}"]["a\\"b\\n"]',
    );
  });
});

const untyped: readonly unknown[] = [undefined, null, 5, 'text', [], {}];

/** Calls `call` with each untyped value: each must come back as a result, never a throw. */
function outcomes(call: (value: unknown) => Outcome): readonly string[] {
  return untyped.map((value) => codes(call(value)).join(', ') || 'ok');
}

describe('untyped callers of jixiao/json', () => {
  test('parseJsonText', () => {
    expect(outcomes((value) => parseJsonText(value as string))).toEqual([
      'invalid_argument text',
      'invalid_argument text',
      'invalid_argument text',
      'invalid_json (root)',
      'invalid_argument text',
      'invalid_argument text',
    ]);
    expect(messages(parseJsonText(undefined as unknown as string))).toEqual([
      'invalid_argument text: 参数「text」应为JSON 文本（字符串），收到的是空缺（undefined）',
    ]);
  });

  test('parseScheme', () => {
    expect(outcomes((value) => parseScheme(value))).toEqual([
      'invalid_type (root)',
      'invalid_type (root)',
      'invalid_type (root)',
      'invalid_type (root)',
      'invalid_type (root)',
      'missing_key id, missing_key version, missing_key title, missing_key indicators',
    ]);
  });

  test('parseScheme with options of the wrong type', () => {
    expect(
      outcomes((value) => parseScheme(demoSchemeJson, value as never)).map((line) =>
        line.replace('ok', 'ok'),
      ),
    ).toEqual([
      'ok',
      'invalid_argument options',
      'invalid_argument options',
      'invalid_argument options',
      'invalid_argument options',
      'ok',
    ]);
    expect(codes(parseScheme(demoSchemeJson, { ruleKinds: 5 } as never))).toEqual([
      'invalid_argument ruleKinds',
    ]);
  });

  test('parseInputs', () => {
    expect(outcomes((value) => parseInputs(value))).toEqual([
      'invalid_type inputs',
      'invalid_type inputs',
      'invalid_type inputs',
      'invalid_type inputs',
      'invalid_type inputs',
      'ok',
    ]);
  });

  test('parseDataFile', () => {
    expect(outcomes((value) => parseDataFile(value))).toEqual([
      'invalid_type (root)',
      'invalid_type (root)',
      'invalid_type (root)',
      'invalid_type (root)',
      'invalid_type (root)',
      'missing_key scheme',
    ]);
    expect(codes(parseDataFile({ scheme: oneLeafScheme('x') }, null as never))).toEqual([
      'invalid_argument options',
    ]);
    expect(codes(parseDataFile({ scheme: oneLeafScheme('x') }, { presets: 5 } as never))).toEqual([
      'invalid_argument presets',
    ]);
  });

  test('parseEvaluation', () => {
    expect(outcomes((value) => parseEvaluation(value)).map((line) => line.split(',')[0])).toEqual([
      'invalid_type (root)',
      'invalid_type (root)',
      'invalid_type (root)',
      'invalid_type (root)',
      'invalid_type (root)',
      'missing_key scheme',
    ]);
  });

  test('schemeToJson throws the invalid_argument error, never a TypeError', () => {
    const thrown = untyped.map((value) => {
      try {
        schemeToJson(value as never);
        return 'returned';
      } catch (error) {
        return error instanceof Error && 'issues' in error
          ? codes({ ok: false, issues: error.issues as readonly Issue[] }).join(', ')
          : String(error);
      }
    });
    expect(thrown).toEqual(Array.from({ length: 6 }, () => 'invalid_argument scheme'));
  });

  test('ruleParserOf and the parser it makes', () => {
    expect(() => ruleParserOf(undefined as never)).toThrow('invalid_argument');
    const parse = ruleParserOf(ruleJson);
    expect(outcomes((value) => parse(value, ['rule']))).toEqual([
      'invalid_type rule',
      'invalid_type rule',
      'invalid_type rule',
      'invalid_type rule',
      'invalid_type rule',
      'missing_key rule.kind',
    ]);
    expect(codes(parse({ kind: 'ratio' }, undefined as never))).toEqual([]);
  });

  test('jsonSchemas needs no argument and ignores any', () => {
    expect(Object.keys((jsonSchemas as (value: unknown) => object)(5))).toEqual([
      'scheme',
      'inputs',
      'evaluation',
      'data',
      'cases',
    ]);
  });
});

describe('frozen failures', () => {
  test('a failed parse has a frozen result and a frozen issue list', () => {
    const results: readonly Outcome[] = [
      parseJsonText('{'),
      parseJsonText(5 as never),
      parseScheme([]),
      parseInputs({ x: { actaul: 1 } }),
      parseDataFile({ scheme: 5 }),
      parseEvaluation(null),
    ];
    expect(
      results.map((result) => [
        result.ok,
        Object.isFrozen(result),
        !result.ok && Object.isFrozen(result.issues),
        !result.ok && result.issues.every((found) => Object.isFrozen(found)),
      ]),
    ).toEqual(Array.from({ length: 6 }, () => [false, true, true, true]));
  });

  test('an issue cannot be pushed onto a failure', () => {
    const parsed = parseScheme([]);
    expect(() => {
      if (!parsed.ok) (parsed.issues as unknown as Issue[]).push(parsed.issues[0]);
    }).toThrow(TypeError);
  });
});

describe('invisible characters in messages', () => {
  test('a key with a zero-width space shows it, and the key meant', () => {
    expect(messages(parseInputs({ x: { 'actual\u200b': 1 } }))).toEqual([
      'unknown_key inputs.x["actual\\u{200B}"]: 未知字段「actual\\u{200B}」（是否应为「actual」？）',
    ]);
  });

  test('a key with a Cyrillic look-alike shows it, and the key meant', () => {
    expect(messages(parseInputs({ x: { tаrget: 1 } }), 'en')).toEqual([
      'unknown_key inputs.x["t\\u{0430}rget"]: Unknown key "t\\u{0430}rget" (did you mean "target"?)',
    ]);
  });

  test('a duplicate key with a control character shows it', () => {
    expect(messages(parseJsonText('{"a\\u0007": 1, "a\\u0007": 2}'))[0]).toBe(
      'duplicate_key ["a\\u0007"]: 重复的键「a\\u{0007}」（第 1 行第 16 列；首次出现于第 1 行第 2 列）：同一对象中每个键只能出现一次',
    );
  });

  test('an unknown node type with an invisible character shows it', () => {
    const parsed = parseScheme({
      ...demoSchemeJson,
      indicators: [{ type: 'leaf\u200b', id: 'x', name: 'x', weight: 20 }],
    });
    expect(messages(parsed, 'en')).toEqual([
      'invalid_value indicators[0].type: Invalid "type": "leaf\\u{200B}"',
    ]);
  });

  test('a demo scheme and its inputs still read cleanly', () => {
    expect([codes(parseScheme(demoSchemeJson)), codes(parseInputs(demoInputsJson))]).toEqual([
      [],
      [],
    ]);
  });
});
