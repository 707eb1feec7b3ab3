import { describe, expect, test } from 'vitest';
import { demoSchemeJson } from '../../test/fixtures/demoJson.js';
import { parseScheme } from './parseScheme.js';
import { schemeToJson } from './schemeToJson.js';

describe('schemeToJson', () => {
  test('a scheme written to JSON and read back is unchanged', () => {
    const scheme = parseScheme(demoSchemeJson);
    if (!scheme.ok) throw new Error('fixture');
    const again = parseScheme(JSON.parse(JSON.stringify(schemeToJson(scheme.value))));
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    expect(schemeToJson(again.value)).toEqual(schemeToJson(scheme.value));
  });
});
