import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import { nationalLevelRule } from '../rules/level/index.js';
import { ratioRule } from '../rules/ratio/index.js';
import { category, defineScheme, leaf } from '../scheme/builders.js';
import { freezeScheme } from '../scheme/freezeScheme.js';
import type { IndicatorNode } from '../scheme/Scheme.js';
import { createEngine } from './createEngine.js';
import { createRuleKindRegistry } from './createRuleKindRegistry.js';
import { prepareScheme } from './prepareScheme.js';

/** One grade band, so that full marks of any size are valid. */
const grades = [{ grade: '-', min: 0 }];

/** A deep-frozen part two schemes share: a judged leaf and a ratio leaf with a fixed target. */
function sharedPart(): IndicatorNode {
  return freezeScheme(
    category('shared', '共用', 10, [
      leaf('judged', '定性', 5, freezeScheme(nationalLevelRule())),
      leaf('rate', '比率', '5', ratioRule({ target: 200 })),
    ]),
  );
}

describe('prepareScheme with deep-frozen parts shared between schemes', () => {
  test('each scheme is scored with its own paths, rounding and other parts', () => {
    const shared = sharedPart();
    const first = defineScheme({
      id: 'a',
      version: '1',
      grades,
      title: 'a',
      fullMarks: 20,
      indicators: [shared, leaf('own', '自有', 10, ratioRule({ target: 3 }))],
    });
    const second = defineScheme({
      id: 'b',
      version: '1',
      grades,
      title: 'b',
      fullMarks: 30,
      rounding: { scale: 0, mode: 'half-up' },
      indicators: [
        category('outer', '外层', 10, [shared]),
        leaf('other', '其他', 20, ratioRule({ target: 3 })),
      ],
    });
    const engine = createEngine();
    const judged = { level: 'achieved', score: decimal(4), reason: '完成' };
    const firstResult = engine.evaluate(first, {
      judged,
      rate: { actual: decimal(150) },
      own: { actual: decimal(2) },
    });
    const secondResult = engine.evaluate(second, {
      judged,
      rate: { actual: decimal(150) },
      other: { actual: decimal(2) },
    });
    if (!firstResult.ok || !secondResult.ok) throw new Error('both schemes are valid');
    expect(firstResult.value.total).toBe('14.42');
    expect(secondResult.value.total).toBe('21');
    const rateOf = (indicators: typeof firstResult.value.indicators): unknown => {
      const stack = [...indicators];
      for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
        if (node.id === 'rate') return { path: node.path, score: node.score };
        if (node.type === 'category') stack.push(...node.children);
      }
      return undefined;
    };
    expect(rateOf(firstResult.value.indicators)).toEqual({
      path: ['shared', 'rate'],
      score: '3.75',
    });
    expect(rateOf(secondResult.value.indicators)).toEqual({
      path: ['outer', 'shared', 'rate'],
      score: '4',
    });
    // Prepared again, each is prepared as it was the first time.
    expect(
      engine.evaluate(first, {
        judged,
        rate: { actual: decimal(150) },
        own: { actual: decimal(2) },
      }),
    ).toEqual(firstResult);
  });

  test("a shared part's issues are found in each scheme, at its own path", () => {
    const shared = sharedPart();
    const lookup = createRuleKindRegistry([]);
    const coarse = defineScheme({
      id: 'c',
      version: '1',
      grades,
      title: 'c',
      fullMarks: 20,
      rounding: { scale: 0, mode: 'half-up' },
      indicators: [leaf('own', '自有', '10.5', ratioRule()), shared],
    });
    const fine = defineScheme({
      id: 'f',
      version: '1',
      grades,
      title: 'f',
      fullMarks: 10,
      indicators: [shared],
    });
    expect(prepareScheme(fine, lookup).issues).toEqual([]);
    const issues = prepareScheme(coarse, lookup).issues;
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['weights_do_not_sum', ['fullMarks']],
      ['weight_finer_than_scale', ['indicators', 0, 'weight']],
    ]);
    expect(prepareScheme(fine, lookup).issues).toEqual([]);
    const badDigits: IndicatorNode = freezeScheme({
      type: 'leaf',
      id: 'nan',
      name: { zh: '无效' },
      weight: new JixiaoDecimal(Number.NaN),
      rule: ratioRule(),
    });
    const atFirst = { ...fine, fullMarks: decimal(10), indicators: [badDigits, shared] };
    const atSecond = { ...fine, indicators: [shared, badDigits] };
    expect(prepareScheme(atFirst, lookup).issues.map((issue) => issue.path)).toEqual([
      ['indicators', 0, 'weight'],
    ]);
    expect(prepareScheme(atSecond, lookup).issues.map((issue) => issue.path)).toEqual([
      ['indicators', 1, 'weight'],
    ]);
  });

  test('a scheme that is not frozen is never served from the cache, whatever it shares', () => {
    const shared = sharedPart();
    const own = { ...leaf('own', '自有', 10, ratioRule({ target: 4 })) };
    const open = {
      ...defineScheme({
        id: 'o',
        version: '1',
        grades,
        title: 'o',
        fullMarks: 20,
        indicators: [shared],
      }),
      indicators: [shared, own],
    };
    const engine = createEngine();
    const inputs = {
      judged: { level: 'achieved', score: decimal(5), reason: '完成' },
      rate: { actual: decimal(200) },
      own: { actual: decimal(2) },
    };
    const before = engine.evaluate(open, inputs);
    own.rule = ratioRule({ target: 2 });
    const after = engine.evaluate(open, inputs);
    expect([before.ok && before.value.total, after.ok && after.value.total]).toEqual([
      '15.00',
      '20.00',
    ]);
    own.weight = decimal(5);
    expect(engine.validateScheme(open).map((issue) => issue.code)).toEqual(['weights_do_not_sum']);
  });
});
