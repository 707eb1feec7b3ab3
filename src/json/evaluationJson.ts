import { traceRoles } from '../rules/TraceStep.js';
import { z } from 'zod';
import { leafRoles } from '../scheme/LeafRole.js';
import { roundingModes } from '../decimal/RoundingPolicy.js';
import type { Evaluation, JsonValue, NodeResult } from '../evaluation/Evaluation.js';
import {
  bilingualJson,
  decimalStringJson,
  localizedTextOutJson,
} from '../rules/support/jsonPrimitives.js';
import { recordJson } from './recordJson.js';

const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValue),
    recordJson(jsonValue),
  ]),
);
const traceValue = z.strictObject({
  value: z.string(),
  unit: z.literal('percent').exactOptional(),
});
const traceStep = z.strictObject({
  role: z.enum(traceRoles),
  label: bilingualJson,
  operation: z.enum([
    'divide',
    'multiply',
    'subtract',
    'add',
    'min',
    'max',
    'round',
    'compare',
    'select',
    'given',
  ]),
  operands: z.array(traceValue),
  result: traceValue,
  comparator: z.string().exactOptional(),
  note: bilingualJson.exactOptional(),
});
const finding = z.strictObject({
  code: z.string(),
  severity: z.enum(['info', 'review']),
  message: bilingualJson,
});
const status = z.enum(['scored', 'not_applicable']);
const percentString = decimalStringJson.nullable();

const leafResult = z.strictObject({
  type: z.literal('leaf'),
  id: z.string(),
  name: localizedTextOutJson,
  path: z.array(z.string()),
  weight: decimalStringJson,
  status,
  score: decimalStringJson.nullable(),
  scoreRatePercent: percentString,
  rule: jsonValue,
  basis: z
    .strictObject({ kind: z.enum(['report', 'national', 'assumed']), reference: z.string() })
    .exactOptional(),
  role: z.enum(leafRoles).exactOptional(),
  input: jsonValue,
  trace: z.array(traceStep),
  findings: z.array(finding),
});
const categoryResult = z.strictObject({
  type: z.literal('category'),
  id: z.string(),
  name: localizedTextOutJson,
  path: z.array(z.string()),
  weight: decimalStringJson,
  applicableWeight: decimalStringJson,
  status,
  score: decimalStringJson.nullable(),
  scoreRatePercent: percentString,
  get children(): z.ZodArray<z.ZodType<NodeResult>> {
    return z.array(nodeResult);
  },
});
const nodeResult: z.ZodType<NodeResult> = z
  .discriminatedUnion('type', [categoryResult, leafResult])
  .meta({ id: 'nodeResult' });

/**
 * The JSON form of an evaluation, exactly as `JSON.stringify(evaluation)` writes it. The type
 * annotations here and on `nodeResult` make the compiler check that the schema's output is the
 * hand-written {@link Evaluation}; the round-trip property test checks the other direction.
 *
 * @example
 * evaluationJson.safeParse(JSON.parse(JSON.stringify(evaluation))).success; // → true
 */
export const evaluationJson: z.ZodType<Evaluation> = z.strictObject({
  scheme: z.strictObject({
    id: z.string(),
    version: z.string(),
    title: localizedTextOutJson,
    effectiveYear: z.int().exactOptional(),
    source: z.string().exactOptional(),
  }),
  rounding: z.strictObject({ scale: z.int().min(0).max(10), mode: z.enum(roundingModes) }),
  notApplicable: z.strictObject({
    policy: z.enum(['rescale', 'full', 'forbid']),
    weight: decimalStringJson,
    rescaleFactor: decimalStringJson,
  }),
  fullMarks: decimalStringJson,
  rawTotal: decimalStringJson,
  total: decimalStringJson,
  scoreRatePercent: decimalStringJson,
  grade: z.strictObject({ grade: z.string(), name: localizedTextOutJson }),
  indicators: z.array(nodeResult),
});
