import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import type { JsonValue } from '../evaluation/Evaluation.js';
import type { Issue } from '../issues/Issue.js';
import { toJsonData } from '../decimal/toJsonData.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import type { LeafRole } from '../scheme/LeafRole.js';
import type { IndicatorNode, LeafNode, RuleBasis, Scheme } from '../scheme/Scheme.js';
import { validateSchemeWith, type RuleKindLookup } from '../scheme/validateSchemeWith.js';
import { commonInputFields } from './commonInputFields.js';

/**
 * A leaf as prepared with its scheme: its rule kind, the input fields it takes, and the parts of
 * its result that do not depend on inputs.
 *
 * @internal
 */
export interface PreparedLeaf {
  readonly type: 'leaf';
  readonly node: LeafNode<RuleBase>;
  readonly kind: RuleKind<RuleBase>;
  readonly allowedFields: ReadonlySet<string>;
  readonly name: LocalizedText;
  readonly path: readonly string[];
  readonly weightText: string;
  /** 100 ÷ weight, when it is an exact decimal. */
  readonly percentPerPoint?: Dec;
  /** Fields every result of this leaf carries: the rule as JSON and its basis. */
  readonly ruleFields: {
    readonly rule: JsonValue;
    readonly basis?: RuleBasis;
    readonly role?: LeafRole;
  };
}

/**
 * A category as prepared with its scheme: the parts of its result that do not depend on inputs.
 *
 * @internal
 */
export interface PreparedCategory {
  readonly type: 'category';
  readonly weight: Dec;
  readonly id: string;
  readonly name: LocalizedText;
  readonly path: readonly string[];
  readonly weightText: string;
  /** 100 ÷ weight, when it is an exact decimal. */
  readonly percentPerPoint?: Dec;
  readonly children: readonly PreparedNode[];
}

/**
 * A node as prepared with its scheme.
 *
 * @internal
 */
export type PreparedNode = PreparedLeaf | PreparedCategory;

/**
 * What an engine works out once per scheme: its issues, and each node's fixed result parts.
 *
 * @internal
 */
export interface PreparedScheme {
  readonly issues: readonly Issue[];
  readonly nodes: readonly PreparedNode[];
  readonly leafIds: ReadonlySet<string>;
  readonly categoryIds: ReadonlySet<string>;
}

const HUNDRED = new JixiaoDecimal(100);

/**
 * 100 ÷ weight when the quotient terminates (weights 0.5, 2, 2.5, 10…), so that
 * 得分率 = score × it exactly.
 */
function exactPercentPerPoint(weight: Dec): { readonly percentPerPoint?: Dec } {
  if (weight.isZero()) return {};
  const factor = HUNDRED.dividedBy(weight);
  return factor.times(weight).equals(HUNDRED) ? { percentPerPoint: factor } : {};
}

function frozenName(name: LocalizedText): LocalizedText {
  return Object.freeze(name.en === undefined ? { zh: name.zh } : { zh: name.zh, en: name.en });
}

function deepFreezeJson<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const entry of Object.values(value)) deepFreezeJson(entry);
    Object.freeze(value);
  }
  return value;
}

/**
 * Validates a scheme and works out every part of its result that does not depend on inputs.
 *
 * @internal
 */
export function prepareScheme(scheme: Scheme<RuleBase>, lookup: RuleKindLookup): PreparedScheme {
  const issues = validateSchemeWith(scheme, lookup);
  const leafIds = new Set<string>();
  const categoryIds = new Set<string>();
  if (issues.length > 0) return { issues, nodes: [], leafIds, categoryIds };
  const prepare = (node: IndicatorNode<RuleBase>, ancestors: readonly string[]): PreparedNode => {
    const path = Object.freeze([...ancestors, node.id]);
    if (node.type === 'category') {
      categoryIds.add(node.id);
      return {
        type: 'category',
        weight: node.weight,
        id: node.id,
        name: frozenName(node.name),
        path,
        weightText: formatDecimal(node.weight),
        ...exactPercentPerPoint(node.weight),
        children: node.children.map((child) => prepare(child, path)),
      };
    }
    leafIds.add(node.id);
    const kind = lookup(node.rule.kind);
    if (kind === undefined) {
      throw new Error(`unreachable: rule kind ${node.rule.kind} passed validation`);
    }
    return {
      type: 'leaf',
      node,
      kind,
      allowedFields: new Set<string>([...kind.inputFields, ...commonInputFields]),
      name: frozenName(node.name),
      path,
      weightText: formatDecimal(node.weight),
      ...exactPercentPerPoint(node.weight),
      ruleFields: Object.freeze({
        rule: deepFreezeJson(toJsonData(node.rule)),
        ...(node.basis === undefined
          ? {}
          : { basis: Object.freeze({ kind: node.basis.kind, reference: node.basis.reference }) }),
        ...(node.role === undefined ? {} : { role: node.role }),
      }),
    };
  };
  const nodes = scheme.indicators.map((node) => prepare(node, []));
  return { issues, nodes, leafIds, categoryIds };
}
