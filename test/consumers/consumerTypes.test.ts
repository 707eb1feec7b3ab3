// The shipped declarations as consumers see them: the packed tarball, installed into tiny
// TypeScript projects (node16 ESM and CommonJS, bundler, nodenext), each compiled with
// skipLibCheck off (the declarations themselves must check) and on (the default, under which a
// declaration that fails to resolve silently turns every decimal into `any`). The consumer's
// `@ts-expect-error` lines fail the compile if a decimal is `any`. No network: the tarball is
// packed locally and its dependencies are linked from this repository's node_modules.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const timeout = 300_000;

/** What a consumer writes: every line must type-check, every `@ts-expect-error` must be needed. */
const consumerSource = `
import {
  decimal,
  decimalLimits,
  defineScheme,
  evaluate,
  JixiaoDecimal,
  leaf,
  ratioRule,
  roundDecimal,
  type Dec,
  type DecimalInput,
} from 'jixiao';
import { auditText, extractClaims, type ClaimedSheet } from 'jixiao/audit';
import { parseScheme } from 'jixiao/json';
import { findPreset, type Preset } from 'jixiao/presets';
import { decimalArbitrary } from 'jixiao/testing';
// @ts-expect-error -- the audit is jixiao/audit's, not the core entry's
import { auditText as notInTheCore } from 'jixiao';

const weight: Dec = decimal('10');
const sum: Dec = weight.plus(decimal('0.5')).times(2);
const rounded: Dec = roundDecimal(sum, { scale: 2, mode: 'half-up' });
const made: Dec = new JixiaoDecimal('1.5');
const limit: Dec = decimalLimits.maxMagnitude;
const input: DecimalInput = '23,135.18';
const places: number = decimalLimits.maxDecimalPlaces;
const mode: number = JixiaoDecimal.ROUND_HALF_EVEN;

// Each of these lines is an error only while decimals are typed; were Dec \`any\`, the directive
// itself would be the error.
// @ts-expect-error -- a decimal is not a number
const asNumber: number = weight;
// @ts-expect-error -- the limit is a decimal, not a number
const limitAsNumber: number = decimalLimits.maxMagnitude;
// @ts-expect-error -- roundDecimal takes a decimal, not a number
roundDecimal(1.5, { scale: 2, mode: 'half-up' });
// @ts-expect-error -- decimals have no such method
weight.notAMethod();
// @ts-expect-error -- the constructor takes decimal text, a number or a decimal
new JixiaoDecimal({});

const scheme = defineScheme({
  id: 'consumer',
  version: '1',
  title: 'consumer',
  fullMarks: 10,
  grades: [{ grade: '-', min: 0 }],
  indicators: [leaf('x', 'x', 10, ratioRule())],
});
const result = evaluate(scheme, {
  x: { actual: decimal('23033.06'), target: decimal('23135.18') },
});
const total: string | undefined = result.ok ? result.value.total : undefined;
const parsed = parseScheme({});
const arbitrary = decimalArbitrary({ min: 0, max: 10, scale: 2 });
const found = findPreset('national-project', { year: 2024 });
const preset: Preset | undefined = found.ok ? found.value : undefined;
const claimed = extractClaims('自评得分为95分。');
const sheet: ClaimedSheet | undefined = claimed.ok ? claimed.value : undefined;
const audited: string | undefined = auditText('自评得分为95分。').ok ? 'audited' : undefined;

export { arbitrary, asNumber, input, limit, limitAsNumber, made, mode, parsed, places };
export { audited, notInTheCore, preset, rounded, sheet, total };
`;

interface Setup {
  readonly name: string;
  readonly type: 'module' | 'commonjs';
  readonly module: string;
  readonly moduleResolution: string;
}

const setups: readonly Setup[] = [
  { name: 'node16 ESM', type: 'module', module: 'node16', moduleResolution: 'node16' },
  { name: 'node16 CommonJS', type: 'commonjs', module: 'node16', moduleResolution: 'node16' },
  { name: 'bundler', type: 'module', module: 'esnext', moduleResolution: 'bundler' },
  { name: 'nodenext ESM', type: 'module', module: 'nodenext', moduleResolution: 'nodenext' },
];

let workspace = '';

interface Manifest {
  readonly dependencies: Readonly<Record<string, string>>;
  readonly peerDependencies: Readonly<Record<string, string>>;
}

/** A package's dependencies and peers, from its package.json. */
function manifestOf(folder: string): Manifest {
  const json = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Partial<Manifest>;
  return { dependencies: json.dependencies ?? {}, peerDependencies: json.peerDependencies ?? {} };
}

/** The folder of a setup's consumer project. */
const folderOf = (setup: Setup): string => join(workspace, setup.name.replaceAll(' ', '-'));

function writeConsumer(setup: Setup): void {
  const folder = folderOf(setup);
  mkdirSync(folder);
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ private: true, type: setup.type }));
  writeFileSync(join(folder, 'index.ts'), consumerSource);
  for (const skipLibCheck of [false, true]) {
    const compilerOptions = {
      target: 'es2022',
      lib: ['es2022'],
      module: setup.module,
      moduleResolution: setup.moduleResolution,
      strict: true,
      noEmit: true,
      types: ['node'],
      skipLibCheck,
    };
    writeFileSync(
      join(folder, `tsconfig.${skipLibCheck ? 'skip' : 'check'}.json`),
      JSON.stringify({ compilerOptions, files: ['index.ts'] }),
    );
  }
}

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'jixiao-consumers-'));
  // The package as published: `npm pack` of the built tree (npm test builds it first).
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workspace], {
      cwd: root,
      encoding: 'utf8',
    }),
  ) as readonly { readonly filename: string }[];
  const tarball = join(workspace, packed[0]?.filename ?? '');
  const modules = join(workspace, 'node_modules');
  mkdirSync(modules);
  execFileSync('tar', ['-xzf', tarball, '-C', modules]);
  renameSync(join(modules, 'package'), join(modules, 'jixiao'));
  // Its dependencies and peers (fast-check, for jixiao/testing) and theirs, linked from this
  // repository's node_modules: nothing is downloaded.
  const linked = new Set<string>();
  const link = (name: string): void => {
    if (linked.has(name)) return;
    linked.add(name);
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(modules, name), 'dir');
    for (const next of Object.keys(manifestOf(join(root, 'node_modules', name)).dependencies))
      link(next);
  };
  const own = manifestOf(root);
  for (const name of [...Object.keys(own.dependencies), ...Object.keys(own.peerDependencies)])
    link(name);
  // A Node consumer's own typings: zod's declarations name the URL global.
  link('@types/node');
  setups.forEach(writeConsumer);
}, timeout);

afterAll(() => {
  if (workspace !== '') rmSync(workspace, { recursive: true, force: true });
});

describe('a TypeScript consumer of the packed package', () => {
  describe.each(setups)('$name', (setup) => {
    test.each([
      ['skipLibCheck: false', 'check'],
      ['skipLibCheck: true', 'skip'],
    ])(
      'type-checks, and decimals are typed (%s)',
      (_label, config) => {
        const compiled = spawnSync(process.execPath, [tsc, '-p', `tsconfig.${config}.json`], {
          cwd: folderOf(setup),
          encoding: 'utf8',
        });
        expect(`${compiled.stdout}${compiled.stderr}`).toBe('');
        expect(compiled.status).toBe(0);
      },
      timeout,
    );
  });
});
