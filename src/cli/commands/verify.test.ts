import { expect, test, vi } from 'vitest';
import type { CliEnvironment } from '../CliEnvironment.js';
import { verify } from './verify.js';

// fast-check absent: importing the laws' module fails as Node fails to find a package.
vi.mock('../../testing/verifyScheme.js', () => {
  throw new Error("Cannot find package 'fast-check'");
});

test('without fast-check, verify reports missing_dependency with the install command, exit 2', async () => {
  let stdout = '';
  let stderr = '';
  const environment: CliEnvironment = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: () => ({ ok: false, problem: 'file_not_found' }),
    readStdin: () => ({ ok: false, problem: 'file_not_found' }),
    writeFile: () => ({ ok: true }),
    resolve: (_file, path) => path,
    defaultDataFile: 'examples/nanzhou-2023.json',
    version: '0.0.0-test',
  };
  const exit = await verify.run({
    environment,
    lang: 'en',
    args: ['national-project@2020'],
    options: {},
  });
  expect({ exit, stdout }).toEqual({ exit: 2, stdout: '' });
  expect(stderr).toMatch(
    /^jixiao verify needs the optional dependency fast-check, which could not be loaded \(.+\): run npm install fast-check@\^4\.0\.0 \[missing_dependency\]\n$/u,
  );
});
