// Batch throughput: project documents scored end to end through the command line, as a bureau
// would run it (`jixiao score DIR --format ndjson`), with --jobs 1 and --jobs 2, in interleaved
// rounds; and, in this process, the same per-document work without the process start.
// Prints documents per second for each, and last the `--jobs 2 / --jobs 1 speed-up: X` line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scoreDocument } from '../dist/batch.js';

const DOCUMENTS = Number(process.env.JIXIAO_BENCH_DOCUMENTS ?? 3000);
const ROUNDS = Number(process.env.JIXIAO_BENCH_ROUNDS ?? 3);
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const base = JSON.parse(
  readFileSync(new URL('../examples/project-2024.json', import.meta.url), 'utf8'),
);

// Distinct documents, varied as real ones vary: names, amounts, actual values, judgements.
const folder = mkdtempSync(join(tmpdir(), 'jixiao-bench-batch-'));
const texts = [];
for (let index = 0; index < DOCUMENTS; index += 1) {
  const document = structuredClone(base);
  document.project.name = `项目 ${index}`;
  // 执行数 from 1,080.00 to 1,350.00 万元; 数量 actuals at or above their targets.
  document.budget.executed = (1080 + ((index * 37) % 271)).toFixed(2);
  const [first] = document.indicators.outputs;
  first.actual = `${12 + (index % 4)}个`;
  const text = JSON.stringify(document);
  texts.push(text);
  writeFileSync(join(folder, `p${String(index).padStart(6, '0')}.json`), text);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function runCli(jobs) {
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    [cli, 'score', folder, '--format', 'ndjson', '--jobs', String(jobs)],
    {
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    },
  );
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`jixiao exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  return { seconds, output: run.stdout };
}

function inProcess() {
  const start = performance.now();
  let bytes = 0;
  texts.forEach((text, index) => {
    const scored = scoreDocument({ name: `p${index}`, text }, index);
    if (!scored.ok) throw new Error(JSON.stringify(scored.issues));
    bytes += JSON.stringify(scored.evaluation).length;
  });
  return { seconds: (performance.now() - start) / 1000, bytes };
}

inProcess(); // warm-up
const one = [];
const two = [];
const here = [];
let reference;
for (let round = 0; round < ROUNDS; round += 1) {
  const single = runCli(1);
  const double = runCli(2);
  if (reference === undefined) reference = single.output;
  if (single.output !== reference || double.output !== reference)
    throw new Error('--jobs 1 and --jobs 2 wrote different bytes');
  one.push(single.seconds);
  two.push(double.seconds);
  here.push(inProcess().seconds);
}
rmSync(folder, { recursive: true, force: true });
const rate = (seconds) => Math.round(DOCUMENTS / seconds);
console.log(
  `batch: ${DOCUMENTS} project documents, ${ROUNDS} rounds, ${availableParallelism()} cores`,
);
console.log(`batch: in-process score + JSON per document: ${rate(median(here))} documents/s`);
console.log(
  `batch: jixiao score DIR --format ndjson --jobs 1: ${rate(median(one))} documents/s (process start included)`,
);
console.log(`batch: jixiao score DIR --format ndjson --jobs 2: ${rate(median(two))} documents/s`);
console.log(`batch --jobs 2 / --jobs 1 speed-up: ${(median(one) / median(two)).toFixed(2)}`);
