import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runJixiao } from './support/runJixiao.js';

// Golden files: the CLI's outputs on both bundled examples, and the API's explanations and rule
// descriptions, byte for byte. Restructuring must keep them identical; a deliberate change to an
// output rewrites them with JIXIAO_UPDATE_GOLDEN=1 and shows up in the diff.
const root = new URL('..', import.meta.url).pathname;
const update = process.env['JIXIAO_UPDATE_GOLDEN'] === '1';
const reportPath = join(root, '../shared/reports/nanzhou-2023-self-evaluation.txt');

function matchesGolden(name: string, actual: string): void {
  const file = join(root, 'test/golden', name);
  if (update) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

function jixiao(...args: string[]): string {
  const run = runJixiao(...args);
  expect(run.stderr).toBe('');
  return run.stdout;
}

const examples = ['nanzhou-2023', 'project-2024'] as const;
const textFormats = ['table', 'markdown', 'csv', 'report'] as const;

describe('golden CLI outputs', () => {
  for (const example of examples) {
    test(`${example}: --format json`, () => {
      matchesGolden(
        `${example}.json.txt`,
        jixiao('score', `examples/${example}.json`, '--format', 'json'),
      );
    });
    for (const format of textFormats) {
      for (const lang of ['zh', 'en'] as const) {
        test(`${example}: --format ${format} --lang ${lang}`, () => {
          const out = jixiao(
            'score',
            `examples/${example}.json`,
            '--format',
            format,
            '--lang',
            lang,
          );
          matchesGolden(`${example}.${lang}.${format}.txt`, out);
        });
      }
    }
  }
  test.skipIf(!existsSync(reportPath))('audit of the reference report, table and json', () => {
    matchesGolden('nanzhou-2023.zh.audit.txt', jixiao('audit', reportPath));
    matchesGolden('nanzhou-2023.en.audit.txt', jixiao('audit', reportPath, '--lang', 'en'));
    matchesGolden('nanzhou-2023.audit.json.txt', jixiao('audit', reportPath, '--format', 'json'));
  });
});

describe('golden API outputs', () => {
  test('explanations and rule descriptions of every leaf of both examples', async () => {
    const jixiaoApi = {
      ...(await import('../src/index.js')),
      ...(await import('../src/render.js')),
    };
    const { parseDataFile } = await import('../src/json.js');
    const lines: string[] = [];
    for (const example of examples) {
      const json: unknown = JSON.parse(
        readFileSync(join(root, `examples/${example}.json`), 'utf8'),
      );
      const data = parseDataFile(json);
      if (!data.ok) throw new Error(JSON.stringify(data.issues));
      const evaluation = jixiaoApi.evaluate(data.value.scheme, data.value.inputs);
      if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.issues));
      const leaves = jixiaoApi.indexNodes(evaluation.value);
      for (const lang of ['zh', 'en'] as const) {
        for (const each of jixiaoApi.explain(evaluation.value, { lang })) {
          const leaf = leaves.get(each.id);
          const summary = leaf?.type === 'leaf' ? jixiaoApi.summarizeLeaf(leaf, lang) : '';
          lines.push(`${example} ${lang} ${each.id}: ${each.text} | ${summary}`);
        }
      }
      const visit = (node: (typeof data.value.scheme.indicators)[number]): void => {
        if (node.type === 'category') node.children.forEach(visit);
        else
          for (const lang of ['zh', 'en'] as const)
            lines.push(
              `${example} rule ${lang} ${node.id}: ${jixiaoApi.describeRule(node.rule, lang)}`,
            );
      };
      data.value.scheme.indicators.forEach(visit);
    }
    matchesGolden('explanations.txt', `${lines.join('\n')}\n`);
  });

  test('the exported names of every entry point', async () => {
    const entries = [
      'index',
      'json',
      'testing',
      'presets',
      'audit',
      'documents',
      'batch',
      'compare',
      'export',
      'render',
      'lint',
    ] as const;
    const lines: string[] = [];
    for (const entry of entries) {
      const module = (await import(`../dist/${entry}.js`)) as Record<string, unknown>;
      for (const name of Object.keys(module).sort())
        lines.push(`${entry} ${name} ${typeof module[name]}`);
    }
    matchesGolden('exports.txt', `${lines.join('\n')}\n`);
  });
});
