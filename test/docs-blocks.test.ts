// Every fenced block of README*.md and docs/*.md is checked, or says why it cannot be. A block is
// preceded by one marker:
//   <!-- jixiao: COMMAND -->   the command's output, compared by test/docs-output.test.ts;
//   <!-- run -->               TypeScript or JavaScript run here, each `// "value"` it states checked;
//   <!-- sample: ID -->        compared or run by the test that reads it with sampleBlock(guide, ID);
//   <!-- recipe … -->          docs/recipes.md's files, commands and output, run by test/docs-recipes.test.ts;
//   <!-- not run: REASON -->   not runnable (a synopsis, an excerpt), with the reason.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { checkedScript, docBlocks, guideFiles } from './support/docBlocks.js';

const root = new URL('..', import.meta.url);
const blocks = guideFiles().flatMap((guide) => docBlocks(guide));

/** The source of every test file, where `sampleBlock(guide, id)` calls are looked for. */
function testSources(folder = 'test/'): string {
  return readdirSync(new URL(folder, root), { withFileTypes: true })
    .map((entry) =>
      entry.isDirectory()
        ? testSources(`${folder}${entry.name}/`)
        : entry.name.endsWith('.ts')
          ? readFileSync(new URL(`${folder}${entry.name}`, root), 'utf8')
          : '',
    )
    .join('\n');
}

describe('every block of the guides is checked or says why not', () => {
  const sources = testSources();
  test.each(blocks.map((block) => [`${block.guide}:${block.line}`, block] as const))(
    '%s',
    (_where, block) => {
      const marker = block.marker ?? '';
      if (marker.startsWith('jixiao: ') || marker === 'run') return;
      if (marker.startsWith('recipe')) {
        expect(block.guide).toBe('docs/recipes.md');
        return;
      }
      if (marker.startsWith('sample: ')) {
        const call = `sampleBlock('${block.guide}', '${marker.slice(8)}')`;
        expect(sources.includes(call), `no test calls ${call}`).toBe(true);
        return;
      }
      expect(marker, 'a block needs a marker (see test/docs-blocks.test.ts)').toMatch(
        /^not run: \S.{10,}/,
      );
    },
  );
});

describe('the code samples marked `run` run and give the values they state', () => {
  const runnable = blocks.filter((block) => block.marker === 'run');
  const scratch = mkdtempSync(join(tmpdir(), 'jixiao-samples-'));
  test.each(runnable.map((block) => [`${block.guide}:${block.line}`, block] as const))(
    '%s',
    (where, block) => {
      expect(['ts', 'js']).toContain(block.language);
      const code =
        block.language === 'ts'
          ? ts.transpileModule(block.text, {
              compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
            }).outputText
          : block.text;
      const file = join(scratch, `${where.replaceAll(/[/:.]/g, '-')}.mjs`);
      writeFileSync(file, checkedScript(code));
      const printed = execFileSync(process.execPath, [file], { encoding: 'utf8' });
      expect(printed).toMatch(/stated: [1-9]\d* checked\n$/);
    },
    120_000,
  );
});
