import { describe, expect, test } from 'vitest';
import type { CliEnvironment } from './CliEnvironment.js';
import { runCli } from './runCli.js';
import { nodeEnvironment } from './node/nodeEnvironment.js';

/** An environment with no files, capturing standard output. */
function environment(): CliEnvironment & { readonly written: () => string } {
  let stdout = '';
  return {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => undefined,
    readFile: () => ({ ok: false, problem: 'file_not_found' }),
    readStdin: () => ({ ok: false, problem: 'file_not_found' }),
    writeFile: () => ({ ok: true }),
    resolve: (_file, path) => path,
    defaultDataFile: 'examples/nanzhou-2023.json',
    version: '0.0.0-test',
    written: () => stdout,
  };
}

// This file's module state is its own: no command module is loaded when it starts.
describe('runCli loads a command’s module only when the line names the command', () => {
  test('the usage needs no command: it is printed at once', () => {
    const run = environment();
    expect(runCli(['--help', '--lang', 'en'], run)).toBe(0);
    expect(run.written()).toMatch(/^Usage: jixiao <command>/);
  });

  test('a command is loaded on its first run, which waits; its next run does not', async () => {
    const first = environment();
    const loading = runCli(['presets', '--lang', 'en'], first);
    expect(loading).toBeInstanceOf(Promise);
    expect(await loading).toBe(0);
    const again = environment();
    expect(runCli(['--lang', 'en', 'presets'], again)).toBe(0);
    expect(again.written()).toBe(first.written());
    expect(first.written()).toContain('national-project');
  });

  test('a misspelt command is suggested from every command, loaded or not', () => {
    let stderr = '';
    const run = { ...environment(), stderr: (text: string) => (stderr += text) };
    expect(runCli(['scor', '--lang', 'en'], run)).toBe(2);
    expect(stderr).toContain('score');
  });
});

describe('an option given twice', () => {
  test('with two values is refused, naming both; the same value twice is taken', async () => {
    const said: string[] = [];
    const environment = nodeEnvironment({
      stdout: () => undefined,
      stderr: (text) => said.push(text),
      defaultDataFile: new URL('../../examples/nanzhou-2023.json', import.meta.url).pathname,
      version: '0.0.0',
    });
    expect(
      await runCli(['score', '--format', 'json', '--format', 'csv', '--lang', 'en'], environment),
    ).toBe(2);
    expect(said.join('')).toContain(
      'Option --format is given twice, as json and csv: give it once [repeated_option]',
    );
    expect(await runCli(['score', '--format', 'json', '--format', 'json'], environment)).toBe(0);
  });
});
