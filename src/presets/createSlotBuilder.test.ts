import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { isDeepFrozen } from '../evaluate/isDeepFrozen.js';
import { schemeToJson } from '../json/schemeToJson.js';
import { defineScheme } from '../scheme/builders.js';
import type { IndicatorNode, Scheme } from '../scheme/Scheme.js';
import { buildKey } from './buildKey.js';
import { createSlotBuilder } from './createSlotBuilder.js';
import { nationalProject2020 } from './nationalProject2020.js';
import type { DepartmentIndicator, PresetSlot } from './Preset.js';

const slots: readonly PresetSlot[] = [{ id: 'outputs', name: { zh: '产出' }, weight: decimal(10) }];

function indicator(overrides: Partial<DepartmentIndicator> = {}): DepartmentIndicator {
  return {
    id: 'a',
    name: { zh: '指标甲' },
    weight: decimal(10),
    comparison: '>=',
    target: decimal(12),
    ...overrides,
  };
}

/** A builder that counts its assemblies: a build found kept does not assemble. */
function countingBuilder(limit?: number) {
  let assembled = 0;
  const assemble = (filled: ReadonlyMap<string, IndicatorNode>): Scheme => {
    assembled += 1;
    return defineScheme({
      id: 'test',
      version: '1',
      title: '测试',
      fullMarks: 10,
      indicators: [...filled.values()],
    });
  };
  const build = createSlotBuilder(slots, assemble, limit);
  return { build, assembled: () => assembled };
}

const one = (found: DepartmentIndicator) => new Map([['outputs', [found]]]);

describe('buildKey', () => {
  test('differs in every field an indicator has, and in the deviation rule', () => {
    const base = buildKey(one(indicator()));
    const variants: readonly DepartmentIndicator[] = [
      indicator({ id: 'b' }),
      indicator({ name: { zh: '指标乙' } }),
      indicator({ name: { zh: '指标甲', en: 'A' } }),
      indicator({ group: '数量指标' }),
      indicator({ weight: decimal('10.5') }),
      indicator({ weightBasis: 'assumed' }),
      indicator({ comparison: '>' }),
      indicator({ target: decimal(13) }),
      { id: 'a', name: { zh: '指标甲' }, weight: decimal(10), comparison: '>=' },
      indicator({ targetText: '≥12个' }),
      indicator({ unit: '个' }),
    ];
    const keys = variants.map((changed) => buildKey(one(changed)));
    expect(new Set([base, ...keys]).size).toBe(keys.length + 1);
    expect(buildKey(one(indicator()), { above: decimal('1.3'), whenMissed: true })).not.toBe(base);
    expect(buildKey(one(indicator()), { above: false })).not.toBe(buildKey(one(indicator()), {}));
  });

  test('is the same for the same values written differently', () => {
    expect(buildKey(one(indicator({ weight: decimal('10.00') })))).toBe(buildKey(one(indicator())));
    expect(buildKey(one(indicator({ target: decimal('-0') })))).toBe(
      buildKey(one(indicator({ target: decimal('0') }))),
    );
  });

  test('keeps parts apart: a name holding the separators cannot run into the next field', () => {
    const quoted = indicator({ name: { zh: 'a","b' } });
    const split = indicator({ name: { zh: 'a' }, group: 'b' });
    expect(buildKey(one(quoted))).not.toBe(buildKey(one(split)));
  });
});

describe('createSlotBuilder', () => {
  test('gives back the very scheme built for equal indicators, deep-frozen', () => {
    const { build, assembled } = countingBuilder();
    const first = build(one(indicator()));
    const second = build(one(indicator({ name: { zh: '指标甲' } })));
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.value).toBe(first.value);
    expect(assembled()).toBe(1);
    expect(isDeepFrozen(first.value)).toBe(true);
  });

  test('builds anew for another name, weight or target, each scheme with its own values', () => {
    const { build, assembled } = countingBuilder();
    const built = [
      indicator(),
      indicator({ name: { zh: '指标乙' } }),
      indicator({ target: decimal(20) }),
    ].map((each) => build(one(each)));
    expect(assembled()).toBe(3);
    const leaves = built.map((result) => {
      if (!result.ok) throw new Error('not built');
      const [slot] = result.value.indicators;
      if (slot?.type !== 'category') throw new Error('no slot');
      const [leaf] = slot.children;
      if (leaf?.type !== 'leaf' || leaf.rule.kind !== 'ratio') throw new Error('no leaf');
      return `${leaf.name.zh} ${String(leaf.rule.target)}`;
    });
    expect(leaves).toEqual(['指标甲 12', '指标乙 12', '指标甲 20']);
  });

  test('keeps no build with issues, and only the latest `limit` schemes', () => {
    const { build, assembled } = countingBuilder(2);
    expect(build(one(indicator({ weight: decimal(9) }))).ok).toBe(false);
    expect(build(one(indicator({ weight: decimal(9) }))).ok).toBe(false);
    expect(assembled()).toBe(0);
    const a = indicator({ id: 'a' });
    const b = indicator({ id: 'b' });
    const c = indicator({ id: 'c' });
    for (const each of [a, b, a, c]) build(one(each)); // a is used again before c comes
    expect(assembled()).toBe(3);
    build(one(a)); // kept: b went out first
    expect(assembled()).toBe(3);
    build(one(b));
    expect(assembled()).toBe(4);
  });
});

describe('a shipped preset keeps what it built', () => {
  const outputs = [indicator({ id: 'o', weight: decimal(50) })];
  const benefits = [indicator({ id: 'b', weight: decimal(30) })];
  const satisfaction = [
    indicator({ id: 's', weight: decimal(10), target: decimal('0.9'), unit: '%' }),
  ];

  test('the same scheme for the same indicators, and a kept scheme never changes', () => {
    const first = nationalProject2020.build({ outputs, benefits, satisfaction });
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    const json = JSON.stringify(schemeToJson(first.value));
    const other = nationalProject2020.build({
      outputs,
      benefits: [indicator({ id: 'b2', weight: decimal(30) })],
      satisfaction,
    });
    expect(other.ok && other.value).not.toBe(first.value);
    const again = nationalProject2020.build({ outputs, benefits, satisfaction });
    expect(again.ok && again.value).toBe(first.value);
    expect(isDeepFrozen(first.value)).toBe(true);
    expect(JSON.stringify(schemeToJson(first.value))).toBe(json);
  });
});
