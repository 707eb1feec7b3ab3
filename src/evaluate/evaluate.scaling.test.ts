import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import type { Inputs, LeafInput } from '../rules/LeafInput.js';
import { completionLevelRule } from '../rules/level/levelRule.js';
import { deductionRule } from '../rules/deduction/deductionRule.js';
import { manualRule } from '../rules/manual/manualRule.js';
import { ratioRule } from '../rules/ratio/ratioRule.js';
import type { Rule } from '../rules/Rule.js';
import { reverseRule } from '../rules/reverse/reverseRule.js';
import { thresholdRule } from '../rules/threshold/thresholdRule.js';
import { category, defineScheme, leaf } from '../scheme/builders.js';
import type { IndicatorNode, Scheme } from '../scheme/Scheme.js';
import { evaluate } from './evaluate.js';

const rules: readonly Rule[] = [
  ratioRule(),
  reverseRule(),
  thresholdRule({ comparison: '>=', target: '90%' }),
  completionLevelRule(),
  deductionRule({ pointsEach: '0.1' }),
  manualRule(),
];

/** The input of leaf `index` for its rule; the values repeat every 60 leaves. */
function inputOf(index: number): LeafInput {
  const step = index % 60;
  const actual = decimal(`${1000 + step * 7}.${String(step).padStart(2, '0')}`);
  const target = decimal(`${1050 + (step % 9)}.18`);
  switch (index % rules.length) {
    case 0:
    case 1:
      return { actual, target };
    case 2:
      return { actual: decimal(`0.${85 + (step % 10)}`) };
    case 3:
      return step % 2 === 0
        ? { level: 'done' }
        : { level: 'partial', score: decimal('0.3'), reason: '部分完成' };
    case 4:
      return { occurrences: step % 4 };
    default:
      return { score: decimal('0.45'), reason: '评价人判断' };
  }
}

/** A scheme of `leaves` leaves (a multiple of 1,000): 一级 of 10 二级 of 100 leaves each. */
function schemeOf(leaves: number): { readonly scheme: Scheme; readonly inputs: Inputs } {
  const inputs: Record<string, LeafInput> = {};
  const top: IndicatorNode[] = [];
  for (let first = 0; first < leaves / 1000; first += 1) {
    const second: IndicatorNode[] = [];
    for (let group = 0; group < 10; group += 1) {
      const children: IndicatorNode[] = [];
      for (let item = 0; item < 100; item += 1) {
        const index = first * 1000 + group * 100 + item;
        const rule = rules[index % rules.length] ?? manualRule();
        children.push(leaf(`l${index}`, `指标 ${index}`, '0.5', rule));
        inputs[`l${index}`] = inputOf(index);
      }
      second.push(category(`c${first}-${group}`, `二级 ${first}-${group}`, 50, children));
    }
    top.push(category(`c${first}`, `一级 ${first}`, 500, second));
  }
  const scheme = defineScheme({
    id: `scaling-${leaves}`,
    version: '1',
    title: '规模',
    fullMarks: leaves / 2,
    grades: [
      { grade: '优', min: leaves * 0.45 },
      { grade: '差', min: 0 },
    ],
    indicators: top,
  });
  return { scheme, inputs };
}

/**
 * The work of evaluating a scheme and reading all of its result (JSON with every trace), counted
 * as the calls of every decimal method (arithmetic, comparison, rounding and formatting all go
 * through them) and of Object.freeze.
 */
function workOf(leaves: number): { readonly decimalCalls: number; readonly freezes: number } {
  const { scheme, inputs } = schemeOf(leaves);
  const prototype: Record<string, unknown> = Object.getPrototypeOf(decimal(0)) as Record<
    string,
    unknown
  >;
  const originals = Object.entries(Object.getOwnPropertyDescriptors(prototype)).filter(
    ([, descriptor]) => typeof descriptor.value === 'function',
  );
  let decimalCalls = 0;
  let freezes = 0;
  const freeze = Object.freeze;
  for (const [name, descriptor] of originals) {
    const method = descriptor.value as (...args: unknown[]) => unknown;
    prototype[name] = function (this: unknown, ...args: unknown[]) {
      decimalCalls += 1;
      return method.apply(this, args);
    };
  }
  Object.freeze = <T>(value: T): Readonly<T> => {
    freezes += 1;
    return freeze(value);
  };
  try {
    const result = evaluate(scheme, inputs);
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    expect(JSON.stringify(result.value).length).toBeGreaterThan(leaves * 100);
  } finally {
    Object.freeze = freeze;
    for (const [name, descriptor] of originals) prototype[name] = descriptor.value;
  }
  return { decimalCalls, freezes };
}

describe('evaluation work grows linearly with the number of leaves', () => {
  test('10,000, 20,000 and 40,000 leaves: each doubling adds twice the work of the last', () => {
    const [small, medium, large] = [10_000, 20_000, 40_000].map(workOf);
    if (small === undefined || medium === undefined || large === undefined) throw new Error('3');
    // work(n) = a·n + b, up to a few calls whose number depends on the totals' values (their
    // digits and magnitudes differ with the size): each doubling adds twice the work of the last
    // within a thousandth, where work growing as n² would add four times.
    const linear = (counts: readonly number[]) => {
      const [at10, at20, at40] = counts;
      if (at10 === undefined || at20 === undefined || at40 === undefined) throw new Error('3');
      return Math.abs(at40 - at20 - 2 * (at20 - at10)) / (at20 - at10);
    };
    expect(linear([small.decimalCalls, medium.decimalCalls, large.decimalCalls])).toBeLessThan(
      0.001,
    );
    expect(linear([small.freezes, medium.freezes, large.freezes])).toBeLessThan(0.001);
    // And the work per leaf is a few dozen calls, not a count that grows with the scheme.
    expect((medium.decimalCalls - small.decimalCalls) / 10_000).toBeLessThan(100);
    expect((medium.freezes - small.freezes) / 10_000).toBeLessThan(40);
  });
});
