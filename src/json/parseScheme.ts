import { z } from 'zod';
import { createEngine } from '../evaluate/createEngine.js';
import { deepFrozenScheme } from '../evaluate/deepFrozenScheme.js';
import { defaultEngine } from '../evaluate/defaultEngine.js';
import type { Engine } from '../evaluate/Engine.js';
import { createIssue } from '../issues/createIssue.js';
import { failure, failureOf, success, type Result } from '../issues/Result.js';
import type { Rule } from '../rules/Rule.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';
import type { Scheme } from '../scheme/Scheme.js';
import { percentTargetsWithoutSign } from './percentTargetsWithoutSign.js';
import { issuesFromZod } from './issuesFromZod.js';
import { ruleJson } from './ruleJson.js';
import { schemeJsonFor } from './schemeJson.js';
import { zodIssueToIssues } from './zodIssueToIssue.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { nestingTooDeep } from './nestingTooDeep.js';
import { parseJsonWith } from './parseJsonWith.js';

const builtInSchemeJson = schemeJsonFor(ruleJson);

function ruleJsonWith<C extends RuleBase>(kinds: readonly RuleKind<C>[]): z.ZodType<Rule | C> {
  return z.unknown().transform((value, context): Rule | C => {
    const kind =
      typeof value === 'object' && value !== null && 'kind' in value ? value.kind : undefined;
    const custom = kinds.find((each) => each.kind === kind);
    const push = (issue: ReturnType<typeof createIssue>): void => {
      context.issues.push({
        code: 'custom',
        message: issue.message.en,
        input: value,
        params: { issue },
      });
    };
    if (custom === undefined) {
      const parsed = parseJsonWith(ruleJson, value);
      if (parsed.success) return parsed.data;
      parsed.error.issues.flatMap((found) => zodIssueToIssues(found, [])).forEach(push);
      return z.NEVER;
    }
    if (custom.parseRule === undefined) {
      push(
        createIssue('rule_kind_not_readable', [], {
          zh: `规则类型「${custom.kind}」没有提供 JSON 读取方法（parseRule）`,
          en: `The rule kind "${custom.kind}" has no parseRule, so it cannot be read from JSON`,
        }),
      );
      return z.NEVER;
    }
    const parsed = custom.parseRule(value, []);
    if (parsed.ok) return parsed.value;
    parsed.issues.forEach(push);
    return z.NEVER;
  });
}

/** Reads with `schema`, then validates with `engine` the deep-frozen scheme it returns. */
function readScheme<R extends RuleBase>(
  json: unknown,
  schema: z.ZodType<Scheme<R>>,
  engine: Engine<R>,
): Result<Scheme<R>> {
  const tooDeep = nestingTooDeep(json, []);
  if (tooDeep !== undefined) return failure([tooDeep]);
  const parsed = parseJsonWith(schema, json);
  if (!parsed.success) return failure(issuesFromZod(parsed.error));
  // Deep-frozen, the scheme keeps the engine's preparation: evaluating it does not redo the work.
  const scheme = deepFrozenScheme(parsed.data);
  const written =
    typeof json === 'object' && json !== null && 'indicators' in json ? json.indicators : [];
  const issues = [
    ...engine.validateScheme(scheme),
    ...percentTargetsWithoutSign(written, ['indicators']),
  ];
  return failureOf(issues) ?? success(scheme);
}

/** The error for options an untyped caller got wrong, or undefined. */
function invalidOptions(options: unknown): ReturnType<typeof invalidArgument> | undefined {
  const expected = { zh: '选项对象 { ruleKinds? }', en: 'an options object { ruleKinds? }' };
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    return invalidArgument('options', expected, options);
  const kinds: unknown = Object.hasOwn(options, 'ruleKinds')
    ? Object.getOwnPropertyDescriptor(options, 'ruleKinds')?.value
    : undefined;
  const isKind = (kind: unknown): boolean =>
    typeof kind === 'object' && kind !== null && 'kind' in kind && typeof kind.kind === 'string';
  const list: readonly unknown[] | undefined = Array.isArray(kinds) ? kinds : undefined;
  if (kinds !== undefined && list?.every(isKind) !== true)
    return invalidArgument(
      'ruleKinds',
      { zh: '规则类型（RuleKind）数组', en: 'an array of rule kinds' },
      kinds,
    );
  return undefined;
}

/**
 * Reads a scheme from its JSON form (as `JSON.parse` returns it) and validates it: unknown or
 * misspelt keys, malformed numbers, weights that do not sum and every other problem come back
 * as issues, all at once where they can be found together.
 *
 * @param json - the parsed JSON value
 * @param options - custom rule kinds (each with `parseRule`) the scheme may use
 * @returns the scheme, or its issues (for anything that is not a scheme, from an untyped caller
 *   too: `parseScheme(5)` is an `invalid_type` issue; options of the wrong type `invalid_argument`)
 *
 * @example
 * const parsed = parseScheme(JSON.parse(text));
 * if (!parsed.ok) for (const issue of parsed.issues) console.error(issue.path, issue.message.zh);
 */
export function parseScheme<C extends RuleBase = never>(
  json: unknown,
  options: { readonly ruleKinds?: readonly RuleKind<C>[] } = {},
): Result<Scheme<Rule | C>> {
  const invalid = invalidOptions(options);
  if (invalid !== undefined) return failure(invalid.issues);
  const kinds = options.ruleKinds ?? [];
  // With the built-in kinds only, the default engine checks it, so `evaluate` finds it prepared.
  if (kinds.length === 0) return readScheme(json, builtInSchemeJson, defaultEngine);
  return readScheme(json, schemeJsonFor(ruleJsonWith(kinds)), createEngine({ ruleKinds: kinds }));
}
