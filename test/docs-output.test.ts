// The command output the guides and the READMEs show is the output the commands print today. A
// block in docs/*.md or README*.md preceded by a marker
//   <!-- jixiao: audit test/fixtures/documents/project-2024.xlsx --scheme national-project@2020 -->
// is compared with what that command prints (run in-process from the repository root). Several
// commands joined by ` && ` run in order and the block is the last one's output; `{tmp}` is a
// scratch folder; a trailing ` | from TEXT` keeps the output from the first line starting with
// TEXT, ` | tail N` its last N lines, ` | stderr` shows what every command wrote to standard
// error instead (problems are printed there). JIXIAO_UPDATE_DOCS=1 rewrites the blocks.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { guideFiles } from './support/docBlocks.js';
import { runJixiaoAsync } from './support/runJixiao.js';

const root = new URL('..', import.meta.url);
const marker = '<!-- jixiao: ';

interface Shown {
  readonly guide: string;
  readonly command: string;
  /** Where the block's text starts and ends in the guide. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every marked block of a guide (a fence with or without a language). */
function shownBlocks(guide: string, text: string): readonly Shown[] {
  const blocks: Shown[] = [];
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
    const close = text.indexOf(' -->', at);
    const command = text.slice(at + marker.length, close);
    const fence = text.indexOf('```', close);
    const start = text.indexOf('\n', fence) + 1;
    const end = text.indexOf('```\n', start);
    blocks.push({ guide, command, start, end, text: text.slice(start, end) });
  }
  return blocks;
}

/** What a marked command prints, cut as its marker says. */
async function outputOf(command: string): Promise<string> {
  const scratch = mkdtempSync(join(tmpdir(), 'jixiao-docs-'));
  const [run, cut] = command.split(' | ');
  let stdout = '';
  let stderr = '';
  for (const step of (run ?? '').split(' && ')) {
    const args = step
      .replaceAll('{tmp}', scratch)
      .split(' ')
      .filter((arg) => arg !== '');
    const ran = await runJixiaoAsync(...args);
    stdout = ran.stdout;
    stderr += ran.stderr;
  }
  const lines = (cut === 'stderr' ? stderr : stdout).trimEnd().split('\n');
  if (cut?.startsWith('from ')) {
    const from = lines.findIndex((line) => line.startsWith(cut.slice(5)));
    return `${lines.slice(Math.max(0, from)).join('\n')}\n`;
  }
  if (cut?.startsWith('tail ')) return `${lines.slice(-Number(cut.slice(5))).join('\n')}\n`;
  return `${lines.join('\n')}\n`;
}

const update = process.env['JIXIAO_UPDATE_DOCS'] === '1';

describe('the guides show what the commands print', () => {
  const marked = guideFiles().filter((guide) =>
    readFileSync(new URL(guide, root), 'utf8').includes(marker),
  );

  test('the guides that show command output are found', () => {
    expect(marked).toEqual(expect.arrayContaining(['docs/audit.md', 'docs/cli.md', 'README.md']));
  });

  for (const guide of marked) {
    const path = new URL(guide, root);
    const blocks = shownBlocks(guide, readFileSync(path, 'utf8'));

    test.each(blocks.map((block) => [block.command, block] as const))(
      `${guide}: jixiao %s`,
      async (_command, block) => {
        const printed = await outputOf(block.command);
        if (update && printed !== block.text) {
          const text = readFileSync(path, 'utf8');
          const fresh = shownBlocks(guide, text).find((each) => each.command === block.command);
          if (fresh !== undefined)
            writeFileSync(path, text.slice(0, fresh.start) + printed + text.slice(fresh.end));
          return;
        }
        expect(printed).toBe(block.text);
      },
    );
  }
});
