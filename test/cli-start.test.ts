// What `jixiao score` loads when it starts (the built dist/cli.js): a well-formed data file is
// read without zod, whose chunk only the fallback reader imports; a malformed one still gets
// zod's issues, with their codes and paths, from a real process that loaded it on need.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// npm test builds dist/ first.
const dist = new URL('../dist/', import.meta.url);
/** Text found in zod's bundled code (its schema classes' names), nowhere else. */
const zodMarker = '"$ZodType"';

/** Every file of dist/ a file reaches through its static relative imports, with its text. */
function staticallyReached(entry: string): ReadonlyMap<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    const text = readFileSync(new URL(file, dist), 'utf8');
    files.set(file, text);
    const folder = file.slice(0, file.lastIndexOf('/') + 1);
    // `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`, which loads later.
    for (const match of text.matchAll(/^(?:import|export)\b[^;(]*?["']\.\/([^"']+)["'];?$/gmu))
      if (match[1] !== undefined)
        visit(new URL(match[1], new URL(folder, dist)).href.slice(dist.href.length));
  };
  visit(entry);
  return files;
}

/** The score command's chunk, as runCli imports it when `score` is named. */
function scoreChunk(): string {
  const cli = readFileSync(new URL('cli.js', dist), 'utf8');
  const found = /import\(["']\.\/(cli\/score-[^"']+\.js)["']\)/u.exec(cli)?.[1];
  if (found === undefined) throw new Error('dist/cli.js imports no score chunk');
  return found;
}

describe('jixiao score starts without zod', () => {
  test('the score chunk and every chunk it imports statically hold none of zod', () => {
    const reached = staticallyReached(scoreChunk());
    // The score chunk re-exports dist/cli/start.js, which imports dist/cli/base.js (the build's
    // mergeChunks): what score loads at start is these and dist/cli.js.
    expect([...reached.keys()].filter((file) => !file.startsWith('cli/score-')).sort()).toEqual([
      'cli/base.js',
      'cli/start.js',
    ]);
    expect(reached.get('cli/start.js')?.length).toBeGreaterThan(100_000);
    expect(
      [...reached].filter(([, text]) => text.includes(zodMarker)).map(([file]) => file),
    ).toEqual([]);
  });

  test('zod is in the command line, reached from the score chunk only by dynamic import', () => {
    const reached = staticallyReached(scoreChunk());
    const dynamic = [...reached.values()].flatMap((text) =>
      [...text.matchAll(/import\(["']\.\/([^"']+)["']\)/gu)].map((match) => match[1] ?? ''),
    );
    const withZod = dynamic.filter((file) =>
      [...staticallyReached(`cli/${file}`).values()].some((text) => text.includes(zodMarker)),
    );
    // parseDataFile's chunk, the fallback reader, alone: a batch reads as a single run does.
    expect(withZod.map((file) => file.replace(/-[0-9A-Z]+\.js$/u, '')).sort()).toEqual([
      'parseDataFile',
    ]);
  });

  test('a batch worker thread starts without zod too', () => {
    const reached = staticallyReached('batchWorker.js');
    expect(reached.size).toBeGreaterThan(2);
    expect(
      [...reached].filter(([, text]) => text.includes(zodMarker)).map(([file]) => file),
    ).toEqual([]);
  });

  test('a malformed data file gets the issues of parseDataFile, its codes and paths, exit 2', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'jixiao-start-'));
    const file = join(scratch, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        scheme: 'national-project@2020',
        project: { name: 'x' },
        inputs: { a: { actual: true } },
        extra: 1,
      }),
    );
    const run = spawnSync(
      process.execPath,
      [new URL('cli.js', dist).pathname, 'score', file, '--lang', 'en'],
      {
        encoding: 'utf8',
      },
    );
    expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        `Error: ${file}`,
        '  inputs.a.actual: Expected a string or a number; received a boolean [invalid_type]',
        '  extra: Unknown key "extra" (is it misspelt?) [unknown_key]',
        '',
      ].join('\n'),
    });
  });
});

/** Whether a chunk imports fast-check (an optional peer, left out of the bundle) statically. */
const importsFastCheck = (text: string): boolean =>
  /^import\b[^;(]*?["']fast-check["']/mu.test(text);

describe('fast-check is loaded by jixiao verify only', () => {
  test('neither jixiao --help (dist/cli.js) nor the score chunk reaches it statically', () => {
    for (const entry of ['cli.js', scoreChunk()])
      expect(
        [...staticallyReached(entry)]
          .filter(([, text]) => importsFastCheck(text))
          .map(([file]) => file),
      ).toEqual([]);
  });

  test('the verify chunk reaches it by dynamic import only, through the laws’ chunk', () => {
    const cli = readFileSync(new URL('cli.js', dist), 'utf8');
    const verify = /import\(["']\.\/(cli\/verify-[^"']+\.js)["']\)/u.exec(cli)?.[1];
    if (verify === undefined) throw new Error('dist/cli.js imports no verify chunk');
    const reached = staticallyReached(verify);
    expect([...reached.values()].some(importsFastCheck)).toBe(false);
    const laws = [...reached.values()].flatMap((text) =>
      [...text.matchAll(/import\(["']\.\/([^"']+)["']\)/gu)].map((match) => match[1] ?? ''),
    );
    expect(
      laws
        .filter((file) => [...staticallyReached(`cli/${file}`).values()].some(importsFastCheck))
        .map((file) => file.replace(/-[0-9A-Z]+\.js$/u, '')),
    ).toEqual(['verifyScheme']);
  });
});
