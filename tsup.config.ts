import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

type Jixiao = typeof import('./src/index.js') &
  typeof import('./src/presets.js') &
  typeof import('./src/render.js');

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

/** The relative paths of the modules a built ES module imports statically (`import … from "./x.js"`). */
function staticImports(file: string): readonly string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s*(?:[^'";]*?\bfrom\s*)?"(\.\.?\/[^"]+)";$/gmu)].map((match) =>
    resolve(dirname(file), match[1] ?? ''),
  );
}

/** `file` and every module it imports statically, directly or through others. */
function staticClosure(file: string): ReadonlySet<string> {
  const seen = new Set<string>();
  const visit = (each: string): void => {
    if (seen.has(each)) return;
    seen.add(each);
    staticImports(each).forEach(visit);
  };
  visit(resolve(file));
  return seen;
}

/** The names a built chunk exports, from the one `export { a, b as c };` esbuild writes at its end. */
function chunkExports(file: string): readonly string[] {
  const text = readFileSync(file, 'utf8');
  // The last one: bundled licence comments may follow it.
  const match = [...text.matchAll(/^export\s*\{([^}]*)\};$/gmu)].pop();
  if (match === undefined) {
    if (/^export\b/mu.test(text)) throw new Error(`cannot read the exports of ${file}`);
    return [];
  }
  return (match[1] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => part.split(/\s+as\s+/u).pop() ?? part);
}

/** Where a merged chunk's bindings now are: the merged module, and the prefix of their names. */
interface MergedChunk {
  readonly into: string;
  readonly prefix: string;
}

/**
 * Bundles the chunks `files` into one module, `into`, and makes each of them a re-export of it
 * (for whatever still imports it by its old name, such as a dynamic import), so that Node reads,
 * resolves and compiles one file where it read many: ES module loading costs per file. Every
 * binding keeps its identity (a chunk re-exports the merged module's own bindings), and a chunk
 * outside `files` is imported from `into` as it was from them. The chunks sit in one directory,
 * as the command line's do.
 */
async function mergeChunks(
  files: readonly string[],
  into: string,
  moved: Map<string, MergedChunk>,
): Promise<void> {
  const merged = new Set(files);
  const directory = dirname(into);
  const entry = files
    .map((file, index) => {
      const prefix = `${basename(into, '.js')}${String(index)}$`;
      moved.set(file, { into, prefix });
      const aliases = chunkExports(file).map((name) => `${name} as ${prefix}${name}`);
      return `export { ${aliases.join(', ')} } from './${relative(directory, file)}';`;
    })
    .join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: directory, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'outside-chunks-external',
        setup(merging) {
          merging.onResolve({ filter: /^\.\.?\// }, ({ path, resolveDir }) => {
            const resolved = resolve(resolveDir, path);
            return merged.has(resolved)
              ? { path: resolved }
              : { path: `./${relative(directory, resolved)}`, external: true };
          });
        },
      },
    ],
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`nothing bundled into ${into}`);
  writeFileSync(into, output.text);
  for (const file of files) {
    const { prefix } = moved.get(file) ?? { prefix: '' };
    const reexports = chunkExports(file).map((name) => `${prefix}${name} as ${name}`);
    writeFileSync(
      file,
      `// Merged into ./${relative(directory, into)} (tsup.config.ts, mergeChunks).\n` +
        `export { ${reexports.join(', ')} } from './${relative(directory, into)}';\n`,
    );
  }
}

/**
 * Rewrites the static imports of `file` that name a merged chunk to import the merged module
 * itself, so that loading `file` does not read the chunk's re-export too.
 */
function importMerged(file: string, moved: ReadonlyMap<string, MergedChunk>): void {
  const from = (
    path: string,
  ): { readonly chunk: MergedChunk; readonly path: string } | undefined => {
    const chunk = moved.get(resolve(dirname(file), path));
    if (chunk === undefined || chunk.into === file) return undefined;
    const target = relative(dirname(file), chunk.into);
    return { chunk, path: target.startsWith('.') ? target : `./${target}` };
  };
  const text = readFileSync(file, 'utf8')
    .replace(
      /^import\s*\{([^}]*)\}\s*from\s*"(\.\.?\/[^"]+)";$/gmu,
      (statement, names: string, path: string) => {
        const merged = from(path);
        if (merged === undefined) return statement;
        const bindings = names
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part !== '')
          .map((part) => {
            const [name = part, local = name] = part.split(/\s+as\s+/u);
            return `${merged.chunk.prefix}${name} as ${local}`;
          });
        return `import { ${bindings.join(', ')} } from "${merged.path}";`;
      },
    )
    .replace(/^import\s*"(\.\.?\/[^"]+)";$/gmu, (statement, path: string) => {
      const merged = from(path);
      return merged === undefined ? statement : `import "${merged.path}";`;
    });
  writeFileSync(file, text);
}

/**
 * Merges the chunks of the command line by when they load: dist/cli/base.js holds what every
 * run loads (what dist/cli.js imports), dist/cli/start.js what `jixiao score` loads beside it
 * before it reads a file. `jixiao --help` loads no more than before, `jixiao score` 5 files where
 * it loaded 32; other commands load start.js for the engine they share with score.
 */
async function mergeStartChunks(): Promise<void> {
  const cli = resolve('dist/cli.js');
  const base = [...staticClosure(cli)].filter((file) => file !== cli);
  const scoreChunk = /import\("\.\/(cli\/score-[^"]+\.js)"\)/u.exec(readFileSync(cli, 'utf8'));
  if (scoreChunk?.[1] === undefined) throw new Error('dist/cli.js does not import the score chunk');
  const loaded = new Set(base);
  const start = [...staticClosure(resolve('dist', scoreChunk[1]))].filter(
    (file) => !loaded.has(file),
  );
  const moved = new Map<string, MergedChunk>();
  await mergeChunks(base, resolve('dist/cli/base.js'), moved);
  await mergeChunks(start, resolve('dist/cli/start.js'), moved);
  const modules = [
    cli,
    resolve('dist/batchWorker.js'),
    ...readdirSync('dist/cli').map((name) => resolve('dist/cli', name)),
  ];
  for (const file of modules) {
    if (file.endsWith('.js') && !moved.has(file)) importMerged(file, moved);
  }
}

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
      render: 'src/render.ts',
      lint: 'src/lint.ts',
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
        ...(await import(new URL('./dist/render.js', import.meta.url).href)),
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
    onSuccess: mergeStartChunks,
  },
]);
