import { describe, expect, test } from 'vitest';
import type { TraceStep } from '../rules/TraceStep.js';
import { attachTrace } from './attachTrace.js';
import { isDeepFrozen } from './isDeepFrozen.js';

const step: TraceStep = Object.freeze({
  role: 'score',
  label: Object.freeze({ zh: '得分', en: 'score' }),
  operation: 'given',
  operands: Object.freeze([Object.freeze({ value: '1' })]),
  result: Object.freeze({ value: '1' }),
});

/** A frozen result `{ id, trace, findings }` whose trace is built on read, and the build count. */
function pendingResult() {
  let builds = 0;
  const result: Record<string, unknown> = { id: 'a' };
  attachTrace(result, () => {
    builds += 1;
    return Object.freeze([step]);
  });
  result['findings'] = Object.freeze([]);
  Object.freeze(result);
  return { result, builds: () => builds };
}

describe('attachTrace', () => {
  test('the trace is built on the first read only, and is the same array at every read', () => {
    const { result, builds } = pendingResult();
    expect(builds()).toBe(0);
    const first = result['trace'];
    expect(result['trace']).toBe(first);
    expect(builds()).toBe(1);
    expect(first).toEqual([step]);
  });

  test('it is an own enumerable property, in its place: keys, JSON, spreading, cloning', () => {
    const { result } = pendingResult();
    expect(Object.keys(result)).toEqual(['id', 'trace', 'findings']);
    expect(Object.getOwnPropertyDescriptor(result, 'trace')?.enumerable).toBe(true);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    const plain = { id: 'a', trace: [step], findings: [] };
    expect(JSON.stringify(result)).toBe(JSON.stringify(plain));
    expect({ ...result }).toEqual(plain);
    expect(structuredClone(result)).toEqual(plain);
  });

  test('the result stays immutable: assigning or redefining the trace throws', () => {
    const { result } = pendingResult();
    expect(Object.isFrozen(result)).toBe(true);
    expect(() => {
      'use strict';
      result['trace'] = [];
    }).toThrow(TypeError);
    expect(() => Object.defineProperty(result, 'trace', { value: [] })).toThrow(TypeError);
    expect(result['trace']).toEqual([step]);
    expect(isDeepFrozen(result)).toBe(true);
  });

  test('the getter refuses an object that holds no pending trace', () => {
    const { result } = pendingResult();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below on another object
    const getter: unknown = Object.getOwnPropertyDescriptor(result, 'trace')?.get;
    expect(typeof getter).toBe('function');
    expect(() => Reflect.apply(getter as () => unknown, {}, [])).toThrow(TypeError);
  });
});
