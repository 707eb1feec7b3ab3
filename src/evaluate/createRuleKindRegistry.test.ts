import { describe, expect, test } from 'vitest';
import { JixiaoError } from '../issues/JixiaoError.js';
import { success } from '../issues/Result.js';
import { builtInRuleKinds } from '../rules/builtInRuleKinds.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';
import { createRuleKindRegistry } from './createRuleKindRegistry.js';

function kindNamed(kind: string): RuleKind<RuleBase> {
  return {
    kind,
    inputFields: [],
    directionOf: () => 'none',
    validateRule: () => [],
    evaluate: (_rule, _input, context) =>
      success({ score: context.weight, trace: [], findings: [] }),
  };
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('createRuleKindRegistry', () => {
  test('finds every built-in kind and each custom one, and nothing else', () => {
    const custom = kindNamed('custom');
    const lookup = createRuleKindRegistry([custom]);
    for (const [kind, ruleKind] of Object.entries(builtInRuleKinds)) {
      expect(lookup(kind)).toBe(ruleKind);
    }
    expect(lookup('custom')).toBe(custom);
    expect([lookup('unknown'), lookup('toString'), lookup('__proto__')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('a kind given twice, or a built-in one again, is a duplicate_rule_kind error', () => {
    for (const kinds of [[kindNamed('x'), kindNamed('x')], [kindNamed('ratio')]]) {
      const error = thrown(() => createRuleKindRegistry(kinds));
      expect(error).toBeInstanceOf(JixiaoError);
      const issues = error instanceof JixiaoError ? error.issues : [];
      expect(issues.map((found) => [found.code, found.path])).toEqual([
        ['duplicate_rule_kind', ['ruleKinds', kinds[0]?.kind]],
      ]);
    }
  });

  test('two registries do not share their custom kinds', () => {
    createRuleKindRegistry([kindNamed('only-here')]);
    expect(createRuleKindRegistry([])('only-here')).toBeUndefined();
  });
});
