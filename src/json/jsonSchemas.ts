import { z } from 'zod';
import { caseFileJson } from './caseFileJson.js';
import { dataFileJson } from './dataFileJson.js';
import { evaluationJson } from './evaluationJson.js';
import { inputsJson } from './inputsJson.js';
import { ruleJson } from './ruleJson.js';
import { schemeJsonFor } from './schemeJson.js';

/**
 * The JSON Schemas (draft 2020-12) of the JSON forms: what a scheme file, an inputs file and a
 * data file and a case file may contain, and what an evaluation contains.
 *
 * @returns `{ scheme, inputs, evaluation, data, cases }`
 *
 * @example
 * writeFileSync('scheme.schema.json', JSON.stringify(jsonSchemas().scheme, null, 2));
 */
export function jsonSchemas(): {
  readonly scheme: unknown;
  readonly inputs: unknown;
  readonly evaluation: unknown;
  readonly data: unknown;
  readonly cases: unknown;
} {
  return {
    scheme: z.toJSONSchema(schemeJsonFor(ruleJson), { io: 'input', unrepresentable: 'any' }),
    inputs: z.toJSONSchema(inputsJson, { io: 'input', unrepresentable: 'any' }),
    evaluation: z.toJSONSchema(evaluationJson, { io: 'output', unrepresentable: 'any' }),
    data: z.toJSONSchema(dataFileJson, { io: 'input', unrepresentable: 'any' }),
    cases: z.toJSONSchema(caseFileJson, { io: 'input', unrepresentable: 'any' }),
  };
}
