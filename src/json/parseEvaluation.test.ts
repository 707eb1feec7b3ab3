import { describe, expect, test } from 'vitest';
import { demoInputsJson, demoSchemeJson } from '../../test/fixtures/demoJson.js';
import { evaluate } from '../index.js';
import { parseEvaluation } from './parseEvaluation.js';
import { parseInputs } from './parseInputs.js';
import { parseScheme } from './parseScheme.js';

describe('parseEvaluation', () => {
  test('an evaluation written to JSON and read back is unchanged', () => {
    const scheme = parseScheme(demoSchemeJson);
    const inputs = parseInputs(demoInputsJson);
    if (!scheme.ok || !inputs.ok) throw new Error('fixture');
    const result = evaluate(scheme.value, inputs.value);
    if (!result.ok) throw new Error('fixture');
    const read = parseEvaluation(JSON.parse(JSON.stringify(result.value)));
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.value).toEqual(result.value);
  });
});
