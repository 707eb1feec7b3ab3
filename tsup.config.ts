import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

type Jixiao = typeof import('./src/index.js') & typeof import('./src/presets.js');

/** docs/presets.md: every shipped scheme's indicators with their weights, rules and basis. */
function presetsDocument(
  jixiao: Jixiao,
  examples: Readonly<Record<string, { readonly file: string; readonly json: unknown }>>,
  parseDataFile: typeof import('./src/json.js').parseDataFile,
): string {
  const lines = [
    '# Presets',
    '',
    'Generated from the shipped preset data by the build; do not edit by hand.',
    '',
  ];
  for (const preset of jixiao.presets) {
    const period = `${preset.effectivePeriod.from}–${preset.effectivePeriod.to ?? ''}`;
    const example = examples[preset.id];
    if (example === undefined) throw new Error(`no example data for ${preset.reference}`);
    lines.push(
      `## \`${preset.reference}\`: ${preset.title.zh}`,
      '',
      `${preset.title.en ?? ''}. In force: ${period}. Source: ${preset.source}.`,
      '',
    );
    lines.push(
      `Department slots (filled by each department's own indicators, whose weights must sum to the slot's): ${preset.slots.map((slot) => `${slot.name.zh} ${jixiao.formatDecimal(slot.weight)}`).join('; ')}.`,
      '',
    );
    const data = parseDataFile(example.json);
    if (!data.ok) throw new Error(JSON.stringify(data.issues));
    lines.push('| 指标 | id | 分值 | rule | basis | reference |', '|---|---|---:|---|---|---|');
    const visit = (node: import('./src/index.js').IndicatorNode, depth: number): void => {
      const indent = '\u3000'.repeat(depth);
      if (node.type === 'category') {
        const slot = preset.slots.some((each) => each.id === node.id);
        lines.push(
          `| ${indent}**${node.name.zh}** | \`${node.id}\` | ${jixiao.formatDecimal(node.weight)} | ${slot ? `the department's or project's own indicators (shown: \`${example.file}\`)` : ''} | | |`,
        );
        node.children.forEach((child) => {
          visit(child, depth + 1);
        });
        return;
      }
      const rule = `\`${node.rule.kind}\` ${jixiao.describeRule(node.rule)}`;
      lines.push(
        `| ${indent}${node.name.zh} | \`${node.id}\` | ${jixiao.formatDecimal(node.weight)} | ${rule.replaceAll('|', '\\|')} | ${node.basis?.kind ?? ''} | ${(node.basis?.reference ?? '').replaceAll('|', '\\|')} |`,
      );
    };
    data.value.scheme.indicators.forEach((node) => {
      visit(node, 0);
    });
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * Reads `import { z } from 'zod'` as `import * as z from 'zod'` (the same bindings) when bundling
 * the command line: esbuild keeps every export of a namespace that is imported as a named value
 * (zod's locales among them: 0.55 MB of the 1.7 MB the command line was), and drops the unused
 * ones of `import * as`.
 */
const zodAsNamespace: Plugin = {
  name: 'zod-as-namespace',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replaceAll(
        "import { z } from 'zod';",
        "import * as z from 'zod';",
      ),
      loader: 'ts',
    }));
  },
};

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      json: 'src/json.ts',
      testing: 'src/testing.ts',
      presets: 'src/presets.ts',
      audit: 'src/audit.ts',
      documents: 'src/documents.ts',
      batch: 'src/batch.ts',
      compare: 'src/compare.ts',
      export: 'src/export.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    splitting: true,
    treeshake: true,
    // docs/schema (from the zod schemas) and docs/presets.md (from the preset data) are generated
    // on every build, so they cannot drift from what the code does.
    // The built entry points are imported back by URL; their types are those of the sources they
    // were built from, which TypeScript cannot see through a dynamic URL.
    /* eslint-disable @typescript-eslint/consistent-type-assertions -- typed as their sources, as said above */
    async onSuccess() {
      const { jsonSchemas } = (await import(
        new URL('./dist/json.js', import.meta.url).href
      )) as typeof import('./src/json.js');
      mkdirSync('docs/schema', { recursive: true });
      for (const [name, schema] of Object.entries(jsonSchemas())) {
        writeFileSync(`docs/schema/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
      }
      const jixiao = {
        ...(await import(new URL('./dist/index.js', import.meta.url).href)),
        ...(await import(new URL('./dist/presets.js', import.meta.url).href)),
      } as Jixiao;
      const { parseDataFile } = (await import(
        new URL('./dist/json.js', import.meta.url).href
      )) as typeof import('./src/json.js');
      const read = (file: string) => ({
        file,
        json: JSON.parse(readFileSync(file, 'utf8')) as unknown,
      });
      /* eslint-enable @typescript-eslint/consistent-type-assertions -- end of the typed imports */
      const examples = {
        'gz-department-overall': read('examples/nanzhou-2023.json'),
        'national-project': read('examples/project-2024.json'),
      };
      writeFileSync('docs/presets.md', presetsDocument(jixiao, examples, parseDataFile));
    },
  },
  {
    // The command line: dist/cli.js with its shebang, and one chunk per command, which runCli
    // imports only when the command is named (`jixiao --help` loads none). zod and decimal.js are
    // bundled in: one file each, rather than zod's hundred modules for Node's loader to resolve
    // and compile. The library entry points stay free of all of it.
    entry: { cli: 'src/cli/bin.ts', batchWorker: 'src/cli/node/batchWorker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['zod', 'decimal.js'],
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]';
    },
    esbuildPlugins: [zodAsNamespace],
  },
]);
