import { mkdirSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', json: 'src/json.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
  // The JSON Schema files under docs/schema are generated from the zod schemas on every build,
  // so they cannot drift from what the parsers accept.
  async onSuccess() {
    const { jsonSchemas } = (await import(new URL('./dist/json.js', import.meta.url).href)) as typeof import('./src/json.js');
    mkdirSync('docs/schema', { recursive: true });
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      writeFileSync(`docs/schema/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
    }
  },
});
