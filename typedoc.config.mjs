// The API reference: one module per entry point of package.json's `exports`, written to docs/api.
// `npm run docs` fails on any warning, on a link TypeDoc cannot resolve, on a type an exported
// signature uses but no entry point exports, and (typedoc-require-examples.mjs) on an export
// without its TSDoc comment or `@example`.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** `"."` is src/index.ts, `"./json"` src/json.ts…; `./package.json` is not a module. */
const entryPoints = Object.keys(manifest.exports)
  .filter((subpath) => subpath !== './package.json')
  .map((subpath) => (subpath === '.' ? 'src/index.ts' : `src/${subpath.slice(2)}.ts`));

/** @type {Partial<import('typedoc').TypeDocOptions>} */
const config = {
  name: `${manifest.name} ${manifest.version}`,
  entryPoints,
  out: 'docs/api',
  tsconfig: 'tsconfig.json',
  readme: 'none',
  plugin: ['./typedoc-require-examples.mjs'],
  excludePrivate: true,
  excludeInternal: true,
  treatWarningsAsErrors: true,
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  requiredToBeDocumented: ['Function', 'Class', 'Variable', 'TypeAlias', 'Interface', 'Enum'],
  sort: ['source-order'],
  githubPages: false,
  // No public repository to link sources to; the reference names each symbol's entry point.
  disableSources: true,
};

export default config;
