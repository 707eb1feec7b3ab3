import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { GradeBand, Scheme } from '../scheme/Scheme.js';
import { freezeScheme } from '../scheme/freezeScheme.js';
import { createPreparedSchemeCache } from './createPreparedSchemeCache.js';
import { createRuleKindRegistry } from './createRuleKindRegistry.js';

/**
 * A valid one-leaf scheme: frozen all through (`deep`), all but its decimals (`decimals`), at the
 * top only, its grade band left open (`top`), or not at all (`no`).
 */
function scheme(frozen: 'deep' | 'decimals' | 'top' | 'no'): Scheme<RuleBase> {
  const band: GradeBand = { grade: '-', name: { zh: '-' }, min: decimal(0) };
  const value: Scheme<RuleBase> = {
    id: 'c',
    version: '1',
    title: { zh: 'c' },
    fullMarks: decimal(10),
    rounding: { scale: 2, mode: 'half-up' },
    grades: [band],
    notApplicable: 'rescale',
    indicators: [
      { type: 'leaf', id: 'm', name: { zh: 'm' }, weight: decimal(10), rule: { kind: 'manual' } },
    ],
  };
  if (frozen === 'no') return value;
  if (frozen === 'deep') return freezeScheme(value);
  if (frozen === 'decimals') {
    Object.freeze(band);
    Object.freeze(band.name);
  }
  for (const part of [value.title, value.rounding, value.grades, value.indicators]) {
    Object.freeze(part);
  }
  for (const node of value.indicators) {
    Object.freeze(node);
    Object.freeze(node.name);
    if (node.type === 'leaf') Object.freeze(node.rule);
  }
  return Object.freeze(value);
}

describe('createPreparedSchemeCache', () => {
  test('a deep-frozen scheme is prepared once', () => {
    const prepared = createPreparedSchemeCache(createRuleKindRegistry([]));
    const frozen = scheme('deep');
    const first = prepared(frozen);
    expect(first.issues).toEqual([]);
    expect(prepared(frozen)).toBe(first);
  });

  test('a scheme that could still change is prepared on every call', () => {
    const prepared = createPreparedSchemeCache(createRuleKindRegistry([]));
    for (const open of [scheme('no'), scheme('top'), scheme('decimals')]) {
      const first = prepared(open);
      expect(first.issues).toEqual([]);
      expect(prepared(open)).not.toBe(first);
    }
  });

  test('each cache keeps its own preparations', () => {
    const lookup = createRuleKindRegistry([]);
    const frozen = scheme('deep');
    expect(createPreparedSchemeCache(lookup)(frozen)).not.toBe(
      createPreparedSchemeCache(lookup)(frozen),
    );
  });
});
