import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { jsonSchemas } from '../src/json.js';

// These tests run against the built package (npm test builds it first).
const run = (args: string[]) =>
  execFileSync(process.execPath, args, {
    encoding: 'utf8',
    cwd: new URL('..', import.meta.url).pathname,
  });

describe('the built package', () => {
  test('scoring a scheme built in TypeScript does not load zod (CommonJS)', () => {
    const script = `
      const jixiao = require('jixiao');
      const scheme = jixiao.defineScheme({ id: 'z', version: '1', title: 'z', fullMarks: 10, grades: [{ grade: '-', min: 0 }],
        indicators: [jixiao.leaf('x', 'x', 10, jixiao.ratioRule())] });
      const result = jixiao.evaluate(scheme, { x: { actual: jixiao.decimal('23033.06'), target: jixiao.decimal('23135.18') } });
      const zod = Object.keys(require.cache).filter((file) => file.includes('/node_modules/zod/'));
      console.log(JSON.stringify({ total: result.value.total, zod: zod.length }));`;
    expect(JSON.parse(run(['-e', script]))).toEqual({ total: '9.96', zod: 0 });
  });

  test('both builds load decimal.js by its named export and compute at 92 digits', () => {
    const probe = (load: string) => `
      const { JixiaoDecimal, decimal } = ${load};
      const twoThirds = decimal('2').dividedBy(3);
      console.log(JSON.stringify([JixiaoDecimal.precision, twoThirds.precision()]));`;
    expect(JSON.parse(run(['-e', probe("require('jixiao')")]))).toEqual([92, 92]);
    expect(JSON.parse(run(['--input-type=module', '-e', probe("await import('jixiao')")]))).toEqual(
      [92, 92],
    );
  });

  test('the ESM entry and its chunks import no zod; jixiao/json does', () => {
    const imports = (file: string): string[] =>
      [
        ...readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8').matchAll(
          /from ["']([^"']+)["']/g,
        ),
      ].map((match) => match[1] ?? '');
    const core = imports('index.js');
    const chunks = core.filter((name) => name.startsWith('./'));
    expect(core).not.toContain('zod');
    for (const chunk of chunks) expect(imports(chunk.slice(2))).not.toContain('zod');
    expect(imports('json.js')).toContain('zod');
  });

  test('the API example scores and prints its sheet', () => {
    const output = run(['examples/api-example.mjs']);
    expect(output).toContain('部门预算资金支出率  9.96 / 10  (99.60%)');
    expect(output).toContain('总分 89.96 / 100，等级 良');
    expect(output).toContain('支出率 = 23,033.06 ÷ 23,135.18 = 99.56%；得分 = 10 × 99.56% = 9.96');
  });

  test('docs/schema holds the JSON Schemas the parsers use', () => {
    const schemas = jsonSchemas();
    for (const name of ['scheme', 'inputs', 'evaluation', 'data', 'cases'] as const) {
      const written = JSON.parse(
        readFileSync(new URL(`../docs/schema/${name}.schema.json`, import.meta.url), 'utf8'),
      ) as unknown;
      expect(written).toEqual(schemas[name]);
    }
  });
});

describe('the docs examples', () => {
  test('the node:test example passes under node --test', () => {
    const output = run(['--test', 'examples/verify-with-node-test.mjs']);
    expect(output).toMatch(/# pass 1/);
    expect(output).toMatch(/# fail 0/);
  });
});
