import { z } from 'zod';
import { builtInRuleJson } from '../rules/builtInRuleJson.js';
import type { Rule } from '../rules/Rule.js';

const [first, ...rest] = Object.values(builtInRuleJson);
if (first === undefined) throw new Error('unreachable: there are built-in rule kinds');

/**
 * The JSON form of a built-in rule, discriminated by `kind`: the union of every kind's own form
 * (`src/rules/<kind>/<kind>Json.ts`, listed in `builtInRuleJson`).
 *
 * @example
 * ruleJson.safeParse({ kind: 'ratio' }).success; // → true
 */
// Each member reads one kind of Rule (the registry's type says so), so the union reads a Rule; zod
// cannot carry that through a list built from the registry's values.
// eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
export const ruleJson = z.discriminatedUnion('kind', [first, ...rest]) as z.ZodType<Rule>;
