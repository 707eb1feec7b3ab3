// docs/recipes.md run as written. Each `##` recipe runs in its own empty folder inside the
// repository (so that `jixiao`, fast-check and vitest resolve as they do in a project that
// installed them): `<!-- recipe input: NAME from PATH -->` copies a repository file in,
// `<!-- recipe file: NAME -->` writes the next block as that file, `<!-- recipe commands -->` runs
// the next block's lines in order (`npm i …` is the reader's install step and is not run;
// `npx jixiao …` runs dist/cli.js, `npx vitest run …` runs vitest, `cat FILE` prints the file),
// and `<!-- recipe output -->` is what those commands printed (vitest's timings left out).
// JIXIAO_UPDATE_DOCS=1 rewrites the output blocks.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const guide = join(root, 'docs/recipes.md');
const cli = join(root, 'dist/cli.js');
const vitest = join(root, 'node_modules/vitest/vitest.mjs');
const update = process.env['JIXIAO_UPDATE_DOCS'] === '1';
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

interface Step {
  readonly marker: string;
  /** The block after the marker, when it has one. */
  readonly block?: { readonly start: number; readonly end: number; readonly text: string };
}

interface Recipe {
  readonly title: string;
  readonly steps: readonly Step[];
}

/** The recipes of the guide: each `##` section's markers, with their blocks, in order. */
function recipes(text: string): readonly Recipe[] {
  const found: Recipe[] = [];
  const sections = [...text.matchAll(/^## (.+)$/gm)];
  sections.forEach((section, index) => {
    const from = section.index;
    const to = sections[index + 1]?.index ?? text.length;
    const steps: Step[] = [];
    for (const marker of text.slice(from, to).matchAll(/<!-- recipe ([^>]*?) -->/g)) {
      const at = from + marker.index;
      const name = marker[1] ?? '';
      if (name.startsWith('input:')) {
        steps.push({ marker: name });
        continue;
      }
      const fence = text.indexOf('```', at);
      const start = text.indexOf('\n', fence) + 1;
      const end = text.indexOf('```\n', start);
      steps.push({ marker: name, block: { start, end, text: text.slice(start, end) } });
    }
    if (steps.length > 0) found.push({ title: section[1] ?? '', steps });
  });
  return found;
}

/** What vitest printed, without colours, timings and the lines that change from run to run. */
function vitestSummary(output: string): string {
  return output
    .replaceAll(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
    .split('\n')
    .filter((line) => /^\s*(✓|×|❯) \S+\.test\.ts|^\s*(Test Files|Tests) /.test(line))
    .map((line) => line.replace(/\s+\d+(\.\d+)?m?s$/, '').trimEnd())
    .join('\n');
}

/** Runs one line of a commands block in `folder` and gives what it printed. */
function run(line: string, folder: string): string {
  const [command, ...args] = line
    .replace(/\s+#.*$/, '')
    .trim()
    .split(/\s+/);
  if (command === 'npm' && (args[0] === 'i' || args[0] === 'install')) return '';
  if (command === 'cat') return readFileSync(join(folder, args[0] ?? ''), 'utf8');
  if (command !== 'npx') throw new Error(`a recipe line this test cannot run: ${line}`);
  const [tool, ...rest] = args;
  if (tool === 'jixiao') {
    const ran = spawnSync(process.execPath, [cli, ...rest], { cwd: folder, encoding: 'utf8' });
    return ran.stdout;
  }
  if (tool === 'vitest') {
    const ran = spawnSync(process.execPath, [vitest, ...rest], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', FORCE_COLOR: '0' },
    });
    if (ran.status !== 0) throw new Error(`${line} failed:\n${ran.stdout}${ran.stderr}`);
    return `${vitestSummary(ran.stdout)}\n`;
  }
  throw new Error(`a recipe line this test cannot run: ${line}`);
}

describe('docs/recipes.md runs as written', () => {
  const all = recipes(readFileSync(guide, 'utf8'));

  test('the recipes are found', () => {
    expect(all.map((recipe) => recipe.title)).toEqual([
      "Score a department's sheet from Excel",
      'Audit a folder of reports',
      "Write a region's own scheme",
      'Verify a rule with property tests',
    ]);
  });

  test.each(all.map((recipe) => [recipe.title, recipe] as const))(
    '%s',
    (_title, recipe) => {
      const folder = mkdtempSync(join(root, '.recipe-'));
      folders.push(folder);
      // A project of its own: vitest finds this config, not the repository's.
      writeFileSync(join(folder, 'vitest.config.mjs'), 'export default {};\n');
      let printed = '';
      const outputs: { readonly expected: string; readonly printed: string }[] = [];
      for (const step of recipe.steps) {
        const input = /^input: (\S+) from (\S+)$/.exec(step.marker);
        if (input !== null) {
          const target = join(folder, input[1] ?? '');
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(join(root, input[2] ?? ''), target);
        } else if (step.marker.startsWith('file: ')) {
          writeFileSync(join(folder, step.marker.slice(6)), step.block?.text ?? '');
        } else if (step.marker === 'commands') {
          printed = '';
          for (const line of (step.block?.text ?? '').split('\n').filter((each) => each !== ''))
            printed += run(line, folder);
        } else if (step.marker === 'output') {
          outputs.push({ expected: step.block?.text ?? '', printed });
        } else throw new Error(`unknown recipe marker: ${step.marker}`);
      }
      expect(outputs.length).toBeGreaterThan(0);
      if (update) {
        // Found again in the guide as it is now: another recipe's update may have moved them.
        for (const [index, output] of outputs.entries()) {
          const text = readFileSync(guide, 'utf8');
          const fresh = recipes(text)
            .find((each) => each.title === recipe.title)
            ?.steps.filter((step) => step.marker === 'output')[index]?.block;
          if (fresh !== undefined)
            writeFileSync(
              guide,
              text.slice(0, fresh.start) + output.printed + text.slice(fresh.end),
            );
        }
        return;
      }
      for (const output of outputs) expect(output.printed).toBe(output.expected);
    },
    180_000,
  );
});
