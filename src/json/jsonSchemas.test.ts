import { describe, expect, test } from 'vitest';
import { jsonSchemas } from './jsonSchemas.js';

describe('jsonSchemas', () => {
  test('JSON Schemas are generated for every form', () => {
    const schemas = jsonSchemas();
    expect(Object.keys(schemas)).toEqual(['scheme', 'inputs', 'evaluation', 'data', 'cases']);
    for (const schema of Object.values(schemas))
      expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
  });
});
