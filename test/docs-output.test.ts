// The command output the guides show is the output the commands print today. A block in
// docs/*.md preceded by a marker
//   <!-- jixiao: audit test/fixtures/documents/project-2024.xlsx --scheme national-project@2020 -->
// is compared with what that command prints (run in-process from the repository root). Several
// commands joined by ` && ` run in order and the block is the last one's output; `{tmp}` is a
// scratch folder; a trailing ` | from TEXT` keeps the output from the first line starting with
// TEXT, ` | tail N` its last N lines. JIXIAO_UPDATE_DOCS=1 rewrites the blocks.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runJixiaoAsync } from './support/runJixiao.js';

const guides = ['docs/audit.md', 'docs/import.md', 'docs/cli.md', 'docs/testing.md'] as const;
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

/** Every marked block of a guide. */
function shownBlocks(guide: string, text: string): readonly Shown[] {
  const blocks: Shown[] = [];
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
    const close = text.indexOf(' -->', at);
    const command = text.slice(at + marker.length, close);
    const fence = text.indexOf('```\n', close);
    const start = fence + 4;
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
  for (const step of (run ?? '').split(' && ')) {
    const args = step
      .replaceAll('{tmp}', scratch)
      .split(' ')
      .filter((arg) => arg !== '');
    stdout = (await runJixiaoAsync(...args)).stdout;
  }
  const lines = stdout.trimEnd().split('\n');
  if (cut?.startsWith('from ')) {
    const from = lines.findIndex((line) => line.startsWith(cut.slice(5)));
    return `${lines.slice(Math.max(0, from)).join('\n')}\n`;
  }
  if (cut?.startsWith('tail ')) return `${lines.slice(-Number(cut.slice(5))).join('\n')}\n`;
  return `${lines.join('\n')}\n`;
}

const update = process.env['JIXIAO_UPDATE_DOCS'] === '1';

describe('the guides show what the commands print', () => {
  for (const guide of guides) {
    const path = new URL(guide, root);
    const blocks = shownBlocks(guide, readFileSync(path, 'utf8'));

    test(`${guide} has marked output blocks`, () => {
      expect(blocks.length).toBeGreaterThan(0);
    });

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
