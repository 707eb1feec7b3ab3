import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './runCli.js';

// dist/cli.js sits one level below the package root, beside the bundled examples/.
const packageRoot = new URL('..', import.meta.url);
// package.json is the package's own, with its version string.
// eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  resolve: (file, path) => resolve(dirname(file), path),
  defaultDataFile: fileURLToPath(new URL('examples/nanzhou-2023.json', packageRoot)),
  version,
});
