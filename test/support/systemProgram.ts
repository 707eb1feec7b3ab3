// A system program a test needs (LibreOffice's soffice, Chromium): found on PATH, and when it is
// missing, skipped locally with a visible warning but failed on CI, where .ci/run installs it.
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { test } from 'vitest';

/**
 * The path of an executable: `name` itself when it is an absolute path that can be run, else the
 * first folder of PATH that holds it.
 *
 * @param name - a program's name (`soffice`) or absolute path (`/usr/bin/chromium`)
 * @param path - the PATH to search (the process's by default)
 * @returns the executable's path, or undefined
 */
export function findExecutable(name: string, path = process.env['PATH'] ?? ''): string | undefined {
  const runnable = (candidate: string): boolean => {
    try {
      accessSync(candidate, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (isAbsolute(name)) return runnable(name) ? name : undefined;
  return path
    .split(delimiter)
    .filter((folder) => folder !== '')
    .map((folder) => join(folder, name))
    .find(runnable);
}

/**
 * Whether the tests that need a program must be skipped: when it is missing, on CI (CI=true) a
 * test that fails with `required` is registered instead, and elsewhere `required` is printed as a
 * warning and a skipped test names it.
 *
 * @param found - the program's path, or undefined when missing
 * @param required - what is missing and how to install it
 * @returns true when the program is missing (use with `describe.skipIf` / `test.skipIf`)
 */
export function skipWithout(found: string | undefined, required: string): boolean {
  if (found !== undefined) return false;
  if (process.env['CI'] === 'true')
    test(`installed on the CI machine: ${required}`, () => {
      throw new Error(required);
    });
  else {
    console.warn(`skipped: ${required}`);
    test.skip(`skipped: ${required}`, () => undefined);
  }
  return true;
}
