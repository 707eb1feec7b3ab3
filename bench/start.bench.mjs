// Cold start of the command line and the size of each public entry point.
// - Cold start: interleaved rounds, each spawning once, in turn, `node -e 0` (the floor: a Node
//   process that does nothing), `jixiao score` (the bundled example), `jixiao --help` and
//   `jixiao score examples/project-2024.json --format json`, all from the built dist/cli.js.
//   Interleaving puts every command under the same passing load, so the ratios to `node -e 0`
//   are the figures to read; the medians in ms are this machine's, at this moment. Each run is
//   timed twice: wall time, spawned directly, and CPU time (user + system, all threads), spawned
//   under bash for its `times`, which other processes on a loaded machine disturb less.
// - Size: each entry of package.json `exports` built from its source with esbuild (bundle,
//   minify, ESM, the package's dependencies and peer dependencies external: decimal.js for the
//   core), then gzipped at level 9; plus a typical tree-shaken import from the core.
// Usage: node bench/start.bench.mjs [--rounds N] [--only start|size]   (needs `npm run build`)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url);
const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '15' }, only: { type: 'string' } },
});
const rounds = Number(values.rounds);
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

const median = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// ---- cold start ----------------------------------------------------------------------------

const commands = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'jixiao score', args: ['dist/cli.js', 'score'] },
  { name: 'jixiao --help', args: ['dist/cli.js', '--help'] },
  {
    name: 'jixiao score project-2024 --format json',
    args: ['dist/cli.js', 'score', 'examples/project-2024.json', '--format', 'json'],
  },
];

/** One run's wall time (spawned directly) and CPU time, user + system (read by bash's `times`). */
function runOnce({ args }) {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const wall = performance.now() - started;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}`);
  // `times` prints the shell's own times, then its children's: the second line is the node run's.
  const timed = spawnSync(
    'bash',
    ['-c', '"$@" >/dev/null 2>&1; times', 'bash', process.execPath, ...args],
    { cwd: root, encoding: 'utf8' },
  );
  const seconds = (timed.stdout.trim().split('\n')[1] ?? '')
    .split(' ')
    .map((field) => /^(\d+)m([\d.]+)s$/.exec(field))
    .reduce((sum, match) => (match ? sum + Number(match[1]) * 60 + Number(match[2]) : sum), 0);
  return { wall, cpu: seconds * 1000 };
}

function startTimes() {
  // One unmeasured round: the file cache warm for every command alike.
  commands.forEach(runOnce);
  const samples = commands.map(() => ({ wall: [], cpu: [] }));
  for (let round = 0; round < rounds; round += 1) {
    commands.forEach((command, index) => {
      const { wall, cpu } = runOnce(command);
      samples[index].wall.push(wall);
      samples[index].cpu.push(cpu);
    });
  }
  const floor = { wall: median(samples[0].wall), cpu: median(samples[0].cpu) };
  console.log(`cold start: ${rounds} interleaved rounds, medians of wall time and of CPU time`);
  commands.forEach((command, index) => {
    const shown = (kind) => {
      const time = median(samples[index][kind]);
      const ratio = index === 0 ? '' : ` ${(time / floor[kind]).toFixed(2)}×`;
      return `${time.toFixed(1).padStart(6)} ms${ratio.padEnd(7)}`;
    };
    console.log(`  ${command.name.padEnd(42)} wall ${shown('wall')}  cpu ${shown('cpu')}`);
  });
  console.log('  (× = ratio to node -e 0; CPU time, user + system, is the steadier under load)');
}

// ---- sizes ---------------------------------------------------------------------------------

// The source behind each public entry: "./json" → src/json.ts, "." → src/index.ts.
const entries = Object.keys(packageJson.exports)
  .filter((subpath) => subpath !== './package.json')
  .map((subpath) => ({
    name: subpath === '.' ? 'jixiao' : `jixiao/${subpath.slice(2)}`,
    source: `src/${subpath === '.' ? 'index' : subpath.slice(2)}.ts`,
  }));
const external = [
  ...Object.keys(packageJson.dependencies ?? {}),
  ...Object.keys(packageJson.peerDependencies ?? {}),
];

async function minifiedSize(stdin) {
  const result = await build({
    stdin: { ...stdin, resolveDir: new URL('.', root).pathname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}

async function sizes() {
  const kb = (bytes) => `${(bytes / 1000).toFixed(1).padStart(6)} KB`;
  const report = (name, { minified, gzipped }) => {
    console.log(`  ${name.padEnd(42)} ${kb(gzipped)} min+gzip  (${kb(minified)} min)`);
  };
  console.log(`entry sizes: esbuild bundle+minify, external ${external.join(', ')}; gzip -9`);
  for (const { name, source } of entries) {
    report(name, await minifiedSize({ contents: `export * from './${source}';` }));
  }
  // What a typical consumer of the core pays after tree-shaking.
  const typical = ['evaluate', 'defineScheme', 'leaf', 'category', 'ratioRule', 'explain'];
  report(
    'jixiao { evaluate, defineScheme, leaf, … }',
    await minifiedSize({ contents: `export { ${typical.join(', ')} } from './src/index.ts';` }),
  );
}

if (values.only !== 'size') startTimes();
if (values.only !== 'start') await sizes();
