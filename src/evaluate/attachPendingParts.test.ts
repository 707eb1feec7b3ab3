import { describe, expect, test } from 'vitest';
import type { TraceStep } from '../rules/TraceStep.js';
import { attachPendingParts } from './attachPendingParts.js';
import { isDeepFrozen } from './isDeepFrozen.js';

const step: TraceStep = Object.freeze({
  role: 'score',
  label: Object.freeze({ zh: '得分', en: 'score' }),
  operation: 'given',
  operands: Object.freeze([Object.freeze({ value: '1' })]),
  result: Object.freeze({ value: '1' }),
});

const input = Object.freeze({ actual: '1' });

/** A frozen result `{ id, input, trace, findings }` built on read, and the count of builds. */
function pendingResult() {
  let builds = 0;
  const result: Record<string, unknown> = { id: 'a' };
  attachPendingParts(
    result,
    () => {
      builds += 1;
      return input;
    },
    () => {
      builds += 1;
      return Object.freeze([step]);
    },
  );
  result['findings'] = Object.freeze([]);
  Object.freeze(result);
  return { result, builds: () => builds };
}

describe('attachPendingParts', () => {
  test('each part is built on its first read only, and is the same value at every read', () => {
    const { result, builds } = pendingResult();
    expect(builds()).toBe(0);
    const first = result['trace'];
    expect(result['trace']).toBe(first);
    expect(builds()).toBe(1);
    expect(first).toEqual([step]);
    expect(result['input']).toBe(input);
    expect(result['input']).toBe(input);
    expect(builds()).toBe(2);
  });

  test('it is an own enumerable property, in its place: keys, JSON, spreading, cloning', () => {
    const { result } = pendingResult();
    expect(Object.keys(result)).toEqual(['id', 'input', 'trace', 'findings']);
    expect(Object.getOwnPropertyDescriptor(result, 'trace')?.enumerable).toBe(true);
    expect(Object.getOwnPropertyDescriptor(result, 'input')?.enumerable).toBe(true);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    const plain = { id: 'a', input: { actual: '1' }, trace: [step], findings: [] };
    expect(JSON.stringify(result)).toBe(JSON.stringify(plain));
    expect({ ...result }).toEqual(plain);
    expect(structuredClone(result)).toEqual(plain);
  });

  test('the result stays immutable: assigning or redefining a part throws', () => {
    const { result } = pendingResult();
    expect(Object.isFrozen(result)).toBe(true);
    expect(() => {
      'use strict';
      result['trace'] = [];
    }).toThrow(TypeError);
    expect(() => Object.defineProperty(result, 'trace', { value: [] })).toThrow(TypeError);
    expect(() => {
      'use strict';
      result['input'] = {};
    }).toThrow(TypeError);
    expect(result['trace']).toEqual([step]);
    expect(isDeepFrozen(result)).toBe(true);
  });

  test('the getters refuse an object that holds no pending parts', () => {
    const { result } = pendingResult();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below on another object
    const getter: unknown = Object.getOwnPropertyDescriptor(result, 'trace')?.get;
    expect(typeof getter).toBe('function');
    expect(() => Reflect.apply(getter as () => unknown, {}, [])).toThrow(TypeError);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below on another object
    const inputGetter: unknown = Object.getOwnPropertyDescriptor(result, 'input')?.get;
    expect(() => Reflect.apply(inputGetter as () => unknown, {}, [])).toThrow(TypeError);
  });
});
