import { formatDecimal } from '../decimal/formatDecimal.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import type { JsonValue } from '../evaluation/Evaluation.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import { toJsonData } from '../decimal/toJsonData.js';
import type { RuleBase } from '../rules/RuleBase.js';
import { deferredEvaluatorOf, type DeferredEvaluator } from '../rules/deferredEvaluatorOf.js';
import type { RuleContext, RuleKind } from '../rules/RuleKind.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import type { LeafRole } from '../scheme/LeafRole.js';
import type { IndicatorNode, LeafNode, RuleBasis, Scheme } from '../scheme/Scheme.js';
import { indicatorTreeTooDeep } from '../scheme/indicatorTreeTooDeep.js';
import { isRecord } from '../issues/isRecord.js';
import { knownDeepFrozen } from '../scheme/knownDeepFrozen.js';
import { validateSchemeWith, type RuleKindLookup } from '../scheme/validateSchemeWith.js';
import { commonInputFields } from './commonInputFields.js';
import { malformedRule } from './malformedRule.js';
import { percentPerPoint } from './percentPerPoint.js';
import { unitRateOf, type UnitRate } from './scoreUnits.js';
import { readScheme } from './readScheme.js';
import { workingCopy } from './workingCopy.js';

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
  /** The kind's evaluator with its trace built on read, when the kind's is a built-in one. */
  readonly deferred: DeferredEvaluator | undefined;
  readonly allowedFields: ReadonlySet<string>;
  /** Where the leaf's input sits, `['inputs', id]`, for issues. */
  readonly inputPath: IssuePath;
  /** What the rule kind is told besides the rule and input: the same for every evaluation. */
  readonly ruleContext: RuleContext;
  readonly name: LocalizedText;
  readonly path: readonly string[];
  readonly weightText: string;
  /** 100 ÷ weight, when it is an exact decimal short enough to multiply by exactly. */
  readonly percentPerPoint?: Dec;
  /** 得分率 from a count of units at the scheme's scale, when the weight has one (scoreUnits). */
  readonly unitRate: UnitRate | undefined;
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
  /** 100 ÷ weight, when it is an exact decimal short enough to multiply by exactly. */
  readonly percentPerPoint?: Dec;
  /** 得分率 from a count of units at the scheme's scale, when the weight has one (scoreUnits). */
  readonly unitRate: UnitRate | undefined;
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
  /**
   * The scheme as the engine scores it: the one given, or a copy where it held decimals of another
   * constructor or written as text (on the library's own), or frozen digits (on fresh ones).
   */
  readonly scheme: Scheme<RuleBase>;
  readonly nodes: readonly PreparedNode[];
  readonly leafIds: ReadonlySet<string>;
  readonly categoryIds: ReadonlySet<string>;
  /** 得分率 of the total from a count of units, when full marks have one (scoreUnits). */
  readonly fullMarksRate?: UnitRate | undefined;
}

/** 100 ÷ weight when it is an exact, short decimal, so that 得分率 = score × it exactly. */
function exactPercentPerPoint(weight: Dec): { readonly percentPerPoint?: Dec } {
  const factor = percentPerPoint(weight);
  return factor === undefined ? {} : { percentPerPoint: factor };
}

function frozenName(name: LocalizedText): LocalizedText {
  return Object.freeze(name.en === undefined ? { zh: name.zh } : { zh: name.zh, en: name.en });
}

/** Each rule kind's input fields as a set, and the list it was made from (a kind's own). */
const allowedFieldSets = new WeakMap<
  RuleKind<RuleBase>,
  {
    readonly from: readonly string[];
    readonly names: readonly string[];
    readonly set: ReadonlySet<string>;
  }
>();

/** The input fields a leaf of the kind takes: one set per kind, made anew if its list changed. */
function allowedFieldsOf(kind: RuleKind<RuleBase>): ReadonlySet<string> {
  const known = allowedFieldSets.get(kind);
  const fields = kind.inputFields;
  if (
    known?.from === fields &&
    known.names.length === fields.length &&
    known.names.every((name, index) => name === fields[index])
  ) {
    return known.set;
  }
  const set = new Set<string>([...fields, ...commonInputFields]);
  allowedFieldSets.set(kind, { from: fields, names: [...fields], set });
  return set;
}

/** The JSON form of rules known to be deep-frozen (a preset's shared ones), made once each. */
const ruleJsonForms = new WeakMap<object, JsonValue>();

/** A rule's JSON form, frozen; made once for a rule that cannot change. */
function ruleJsonOf(rule: RuleBase, given: RuleBase): JsonValue {
  const settled = knownDeepFrozen.has(given);
  const known = settled ? ruleJsonForms.get(given) : undefined;
  if (known !== undefined) return known;
  const json = deepFreezeJson(toJsonData(rule));
  if (settled) ruleJsonForms.set(given, json);
  return json;
}

function deepFreezeJson<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const entry of Object.values(value)) deepFreezeJson(entry);
    Object.freeze(value);
  }
  return value;
}

/** The child at `index` of a category as read (the working copy has the same tree). */
function childOf(given: IndicatorNode<RuleBase>, index: number): IndicatorNode<RuleBase> {
  const child = given.type === 'category' ? given.children[index] : undefined;
  if (child === undefined) throw new Error('unreachable: a working copy has the same tree');
  return child;
}

/**
 * Every leaf whose validation fails outright (its rule kind, checking parameters of the wrong
 * type, throws), each as an issue: each leaf is validated on its own to find them.
 */
function malformedRules(scheme: Scheme<RuleBase>, lookup: RuleKindLookup): readonly Issue[] {
  const issues: Issue[] = [];
  const visit = (node: IndicatorNode<RuleBase>, path: IssuePath): void => {
    if (node.type === 'category') {
      node.children.forEach((child, index) => {
        visit(child, [...path, 'children', index]);
      });
      return;
    }
    try {
      validateSchemeWith({ ...scheme, fullMarks: node.weight, indicators: [node] }, lookup);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      issues.push(malformedRule([...path, 'rule'], node.rule.kind, error));
    }
  };
  scheme.indicators.forEach((node, index) => {
    visit(node, ['indicators', index]);
  });
  return issues;
}

/**
 * Validates a scheme whose parts have their types. A rule's parameters are its kind's to check:
 * built by hand without the rule's builder (a string where a decimal belongs, a parameter left
 * out), they may make the check itself fail, which is reported for that rule, not thrown.
 */
function validateRead(scheme: Scheme<RuleBase>, lookup: RuleKindLookup): readonly Issue[] {
  try {
    return validateSchemeWith(scheme, lookup);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const malformed = malformedRules(scheme, lookup);
    if (malformed.length === 0) throw error;
    return malformed;
  }
}

/**
 * Reads a scheme at the engine's boundary ({@link readScheme}: types checked, decimals onto the
 * library's constructor), validates it, and works out every part of its result that does not
 * depend on inputs, on a working copy whose decimals are fast to compute with.
 *
 * @param given - the scheme, as the caller passed it
 * @param lookup - the engine's rule kinds
 * @returns the issues, or the scheme as scored and its prepared nodes
 *
 * @internal
 */
export function prepareScheme(given: Scheme<RuleBase>, lookup: RuleKindLookup): PreparedScheme {
  const leafIds = new Set<string>();
  const categoryIds = new Set<string>();
  // Checked before readScheme walks the tree, so that no depth of nesting overflows the stack.
  const unknownGiven: unknown = given;
  const deep = isRecord(unknownGiven)
    ? indicatorTreeTooDeep(unknownGiven['indicators'], ['indicators'])
    : undefined;
  if (deep !== undefined) {
    return { issues: Object.freeze([deep]), scheme: given, nodes: [], leafIds, categoryIds };
  }
  const read = readScheme(given);
  if (!read.ok) {
    return { issues: Object.freeze(read.issues), scheme: given, nodes: [], leafIds, categoryIds };
  }
  // Frozen: an engine's validateScheme hands this very list out, and a cached scheme keeps it.
  const issues = Object.freeze(validateRead(read.value, lookup));
  if (issues.length > 0) return { issues, scheme: read.value, nodes: [], leafIds, categoryIds };
  // What the engine computes with: the same scheme, its decimals on digits fast to read.
  const scheme = workingCopy(read.value);
  // Walked beside the scheme as read (`given`, the same tree), by which what was made once for a
  // part that cannot change is found.
  const prepare = (
    node: IndicatorNode<RuleBase>,
    given: IndicatorNode<RuleBase>,
    ancestors: readonly string[],
  ): PreparedNode => {
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
        unitRate: unitRateOf(node.weight, scheme.rounding.scale),
        children: node.children.map((child, index) => prepare(child, childOf(given, index), path)),
      };
    }
    leafIds.add(node.id);
    const inputPath: IssuePath = Object.freeze(['inputs', node.id]);
    const kind = lookup(node.rule.kind);
    if (kind === undefined) {
      throw new Error(`unreachable: rule kind ${node.rule.kind} passed validation`);
    }
    return {
      type: 'leaf',
      node,
      kind,
      deferred: deferredEvaluatorOf(kind),
      allowedFields: allowedFieldsOf(kind),
      inputPath,
      ruleContext: Object.freeze({
        weight: node.weight,
        rounding: scheme.rounding,
        path: inputPath,
      }),
      name: frozenName(node.name),
      path,
      weightText: formatDecimal(node.weight),
      ...exactPercentPerPoint(node.weight),
      unitRate: unitRateOf(node.weight, scheme.rounding.scale),
      ruleFields: Object.freeze({
        rule: ruleJsonOf(node.rule, given.type === 'leaf' ? given.rule : node.rule),
        ...(node.basis === undefined
          ? {}
          : { basis: Object.freeze({ kind: node.basis.kind, reference: node.basis.reference }) }),
        ...(node.role === undefined ? {} : { role: node.role }),
      }),
    };
  };
  const nodes = scheme.indicators.map((node, index) =>
    prepare(node, read.value.indicators[index] ?? node, []),
  );
  const fullMarksRate = unitRateOf(scheme.fullMarks, scheme.rounding.scale);
  return { issues, scheme, nodes, leafIds, categoryIds, fullMarksRate };
}
