import type { LeafRole } from './LeafRole.js';
import type { DecimalInput } from '../decimal/DecimalInput.js';
import { decimal } from '../decimal/decimal.js';
import { defaultRoundingPolicy, type RoundingPolicy } from '../decimal/RoundingPolicy.js';
import type { Rule } from '../rules/Rule.js';
import type { RuleBase } from '../rules/RuleBase.js';
import { defaultGradeBands } from './defaultGradeBands.js';
import { freezeScheme } from './freezeScheme.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import type {
  CategoryNode,
  GradeBand,
  IndicatorNode,
  LeafNode,
  NotApplicablePolicy,
  RuleBasis,
  Scheme,
} from './Scheme.js';

const aName = { zh: '名称（字符串或 { zh, en? }）', en: 'a name (a string or { zh, en? })' };

function nameOf(name: string | LocalizedText, parameter = 'name'): LocalizedText {
  if (typeof name === 'string') return { zh: name };
  // An untyped caller may pass anything: a name is checked before it is kept.
  const given: unknown = name;
  if (typeof given !== 'object' || given === null || typeof name.zh !== 'string')
    throw invalidArgument(parameter, aName, given);
  return name;
}

/** Throws the `invalid_argument` error unless `value` is a string. */
function requireString(parameter: string, value: unknown): void {
  if (typeof value !== 'string')
    throw invalidArgument(parameter, { zh: '字符串', en: 'a string' }, value);
}

/** Throws the `invalid_argument` error unless `value` is an array. */
function requireList(parameter: string, value: unknown): void {
  if (!Array.isArray(value))
    throw invalidArgument(parameter, { zh: '数组', en: 'an array' }, value);
}

/** Throws the `invalid_argument` error unless `value` is a plain object (or absent, if allowed). */
function requireObject(parameter: string, value: unknown, optional = false): void {
  if (optional && value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalidArgument(parameter, { zh: '对象', en: 'an object' }, value);
}

/**
 * Builds a category node. Its weight must equal the sum of its children's; {@link validateScheme}
 * checks that.
 *
 * @param id - a stable id, unique in the scheme
 * @param name - the Chinese name, or `{ zh, en }`
 * @param weight - 分值
 * @param children - sub-categories and leaves
 * @returns the node
 * @throws {@link JixiaoError} (`invalid_argument`) when an untyped caller passes an id that is not
 *   a string, a name that is not one, or children that are not an array
 *
 * @example
 * category('budget-execution', { zh: '预算执行', en: 'budget execution' }, 4, [ … ]);
 */
export function category<R extends RuleBase = Rule>(
  id: string,
  name: string | LocalizedText,
  weight: DecimalInput,
  children: readonly IndicatorNode<NoInfer<R>>[],
): CategoryNode<R> {
  requireString('id', id);
  requireList('children', children);
  return { type: 'category', id, name: nameOf(name), weight: decimal(weight), children };
}

/**
 * Builds a leaf indicator with one rule. The rule type is the built-in {@link Rule} union
 * unless a wider one is named (`leaf<Rule | MyRule>(…)`) or expected by the surrounding scheme.
 *
 * @param id - a stable id, unique in the scheme; inputs are keyed by it
 * @param name - the Chinese name, or `{ zh, en }`
 * @param weight - 分值
 * @param rule - the rule that scores it
 * @param details - where the rule comes from (`basis`), a description, and the leaf's `role`
 * @returns the node
 * @throws {@link JixiaoError} (`invalid_argument`) when an untyped caller passes an id, a name,
 *   a rule (an object with a string `kind`) or details of the wrong type
 *
 * @example
 * leaf('budget-rate', { zh: '部门预算资金支出率', en: 'budget execution rate' }, 10, ratioRule());
 */
export function leaf<R extends RuleBase = Rule>(
  id: string,
  name: string | LocalizedText,
  weight: DecimalInput,
  rule: NoInfer<R>,
  details: {
    readonly basis?: RuleBasis;
    readonly description?: string | LocalizedText;
    readonly role?: LeafRole;
  } = {},
): LeafNode<R> {
  requireString('id', id);
  const given: unknown = rule;
  if (typeof given !== 'object' || given === null || typeof rule.kind !== 'string')
    throw invalidArgument(
      'rule',
      { zh: '规则（带 kind 的对象）', en: 'a rule (an object with a kind)' },
      given,
    );
  requireObject('details', details);
  return {
    type: 'leaf',
    id,
    name: nameOf(name),
    weight: decimal(weight),
    rule,
    ...(details.description === undefined
      ? {}
      : { description: nameOf(details.description, 'description') }),
    ...(details.basis === undefined ? {} : { basis: details.basis }),
    ...(details.role === undefined ? {} : { role: details.role }),
  };
}

/** What {@link defineScheme} takes; everything but the tree and its identity has a default. */
export interface SchemeOptions<R extends RuleBase = Rule> {
  readonly id: string;
  readonly version: string;
  readonly title: string | LocalizedText;
  readonly effectiveYear?: number;
  readonly source?: string;
  /** 总分值; 100 unless given. */
  readonly fullMarks?: DecimalInput;
  /** 2 dp, half-up unless given. */
  readonly rounding?: RoundingPolicy;
  /** The national ≥90/≥80/≥60 bands unless given; `min` may be written as a string or number. */
  readonly grades?: readonly {
    readonly grade: string;
    readonly name?: LocalizedText;
    readonly min: DecimalInput;
  }[];
  /** `rescale` unless given. */
  readonly notApplicable?: NotApplicablePolicy;
  readonly indicators: readonly IndicatorNode<R>[];
}

/**
 * Builds a scheme from TypeScript, with the library's defaults filled in, and freezes it: a scheme
 * is an immutable value. It does not validate: {@link evaluate} and {@link validateScheme} do.
 *
 * @param options - the scheme's identity, tree and policies
 * @returns the scheme data
 * @throws {@link JixiaoError} (`invalid_argument`) when an untyped caller passes options that are
 *   not an object, or an id, version, title, grades or indicators of the wrong type
 *
 * @example
 * const scheme = defineScheme({ id: 'demo', version: '1', title: '示例', fullMarks: 10,
 *   indicators: [leaf('rate', '支出率', 10, ratioRule())] });
 */
export function defineScheme<R extends RuleBase = Rule>(options: SchemeOptions<R>): Scheme<R> {
  requireObject('options', options);
  requireString('id', options.id);
  requireString('version', options.version);
  requireList('indicators', options.indicators);
  if (options.grades !== undefined) requireList('grades', options.grades);
  const title = nameOf(options.title, 'title');
  const grades: readonly GradeBand[] =
    options.grades === undefined
      ? defaultGradeBands
      : options.grades.map((band) => ({
          grade: band.grade,
          name: band.name ?? { zh: band.grade },
          min: decimal(band.min),
        }));
  return freezeScheme({
    id: options.id,
    version: options.version,
    title,
    ...(options.effectiveYear === undefined ? {} : { effectiveYear: options.effectiveYear }),
    ...(options.source === undefined ? {} : { source: options.source }),
    fullMarks: decimal(options.fullMarks ?? 100),
    rounding: options.rounding ?? defaultRoundingPolicy,
    grades,
    notApplicable: options.notApplicable ?? 'rescale',
    indicators: options.indicators,
  });
}
