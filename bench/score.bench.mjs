// Scores two schemes with the engine, trace on, and, in the same process, with hand-written
// decimal.js loops that compute the same scores without the engine:
// - `bench`: a synthetic scheme of 120 leaves (mixed rule kinds) built in TypeScript style;
// - `nanzhou-2023`: the shipped preset as examples/nanzhou-2023.json fills it (read with
//   parseDataFile, default grade bands), which evaluate finds validated and prepared.
// Prints per-round medians for each and, last, one `<name> engine/baseline median ratio: X` line
// per scheme.
import Decimal from 'decimal.js';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  category,
  decimal,
  defineScheme,
  deductionRule,
  evaluate,
  leaf,
  levelRule,
  manualRule,
  ratioRule,
  reverseRule,
  thresholdRule,
} from 'jixiao';
import { parseDataFile } from 'jixiao/json';

// The baselines' arithmetic: straight decimal.js on a clone configured as the library's own.
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const ZERO = new D(0);
const TWO = new D(2);
const own = (value) => (value === undefined ? undefined : new D(value.toString()));
const rounded = (score) => score.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

// ---- the synthetic scheme ------------------------------------------------------------------

function syntheticSuite({ CATEGORIES = 6, SUBCATEGORIES = 4, LEAVES = 5 } = {}) {
  // 6 × 4 × 5 = 120 leaves by default
  const WEIGHT = '0.5'; // 120 × 0.5 = 60, the full marks below
  const KINDS = ['ratio', 'reverse', 'threshold', 'level', 'deduction', 'manual'];

  const levels = levelRule([
    { id: 'done', name: { zh: '完成' }, fraction: 1 },
    {
      id: 'partial',
      name: { zh: '部分完成' },
      range: { min: 0, max: 1, minInclusive: false, maxInclusive: false },
    },
    { id: 'not-done', name: { zh: '未完成' }, fraction: 0 },
  ]);
  const rules = {
    ratio: ratioRule(),
    reverse: reverseRule(),
    threshold: thresholdRule({ comparison: '>=', target: '90%' }),
    level: levels,
    deduction: deductionRule({ pointsEach: '0.1' }),
    manual: manualRule(),
  };

  const plan = [];
  const inputs = {};
  const groups = [];
  for (let c = 0; c < CATEGORIES; c += 1) {
    const subgroups = [];
    for (let s = 0; s < SUBCATEGORIES; s += 1) {
      const leaves = [];
      for (let l = 0; l < LEAVES; l += 1) {
        const index = plan.length;
        const kind = KINDS[index % KINDS.length];
        const id = `leaf-${index}`;
        const cents = String((index * 31) % 100).padStart(2, '0');
        const actual = `${1000 + ((index * 7919) % 997)}.${cents}`;
        const target = `${1050 + ((index * 104729) % 89)}.18`;
        const input = {
          ratio: { actual: decimal(actual), target: decimal(target) },
          reverse: { actual: decimal(actual), target: decimal(target) },
          threshold: { actual: decimal(`0.${85 + (index % 10)}`) },
          level:
            index % 2 === 0
              ? { level: 'done' }
              : { level: 'partial', score: decimal('0.3'), reason: '部分完成' },
          deduction: { occurrences: index % 4 },
          manual: { score: decimal('0.45'), reason: '评价人判断' },
        }[kind];
        inputs[id] = input;
        plan.push({ id, kind, input });
        leaves.push(leaf(id, `指标 ${index}`, WEIGHT, rules[kind]));
      }
      subgroups.push(category(`c${c}-${s}`, `二级 ${c}-${s}`, LEAVES / 2, leaves));
    }
    groups.push(category(`c${c}`, `一级 ${c}`, (SUBCATEGORIES * LEAVES) / 2, subgroups));
  }
  const scheme = defineScheme({
    id: 'bench',
    version: '1',
    title: '基准',
    fullMarks: plan.length / 2,
    grades: [
      { grade: '优', min: plan.length * 0.45 },
      { grade: '良', min: plan.length * 0.4 },
      { grade: '中', min: plan.length * 0.3 },
      { grade: '差', min: 0 },
    ],
    indicators: groups,
  });

  const weight = new D(WEIGHT);
  const plainInputs = plan.map(({ kind, input }) => ({
    kind,
    actual: own(input.actual),
    target: own(input.target),
    level: input.level,
    score: own(input.score),
    occurrences: input.occurrences,
  }));
  const ninety = new D('0.9');
  const pointOne = new D('0.1');
  function baseline() {
    const leafScores = plainInputs.map((input) => {
      let score;
      switch (input.kind) {
        case 'ratio':
          score = input.actual.gte(input.target)
            ? weight
            : weight.times(input.actual).div(input.target);
          break;
        case 'reverse':
          score = input.actual.lte(input.target)
            ? weight
            : input.actual.gte(input.target.times(TWO))
              ? ZERO
              : weight.times(input.target.times(TWO).minus(input.actual)).div(input.target);
          break;
        case 'threshold':
          score = input.actual.gte(ninety) ? weight : ZERO;
          break;
        case 'level':
          score = input.level === 'done' ? weight : input.score;
          break;
        case 'deduction':
          score = D.max(0, weight.minus(pointOne.times(input.occurrences)));
          break;
        default:
          score = input.score;
      }
      return rounded(score);
    });
    let total = ZERO;
    for (let c = 0; c < CATEGORIES * SUBCATEGORIES; c += 1) {
      let sub = ZERO;
      for (let l = 0; l < LEAVES; l += 1) sub = sub.plus(leafScores[c * LEAVES + l]);
      total = total.plus(sub);
    }
    return total.toFixed(2);
  }
  return { name: 'bench', leaves: plan.length, scheme, inputs, baseline };
}

// ---- the Nanzhou preset --------------------------------------------------------------------

function nanzhouSuite() {
  const file = new URL('../examples/nanzhou-2023.json', import.meta.url);
  const data = parseDataFile(JSON.parse(readFileSync(file, 'utf8')));
  if (!data.ok) throw new Error(JSON.stringify(data.issues));
  const { scheme, inputs } = data.value;

  // The tree in the baseline's own decimals, each leaf with the arithmetic its rule kind needs
  // (only the kinds and options the preset uses; the totals are compared below).
  const planNode = (node) => {
    if (node.type === 'category') return { children: node.children.map(planNode) };
    const { rule } = node;
    const input = inputs[node.id];
    return {
      kind: rule.kind,
      weight: own(node.weight),
      target: own(rule.target ?? input.target),
      actual: own(input.actual),
      score: own(input.score),
      answer: input.answer,
      otherwise: own(rule.otherwise),
      level: input.level,
      levels: rule.levels?.map((level) => ({
        id: level.id,
        zh: level.name.zh,
        en: level.name.en,
        fraction: own(level.award.fraction),
      })),
    };
  };
  const tree = scheme.indicators.map(planNode);
  const leafScore = (leaf) => {
    const { weight, actual, target } = leaf;
    switch (leaf.kind) {
      case 'ratio':
      case 'equal':
        return actual.gte(target) ? weight : weight.times(actual).div(target);
      case 'reverse':
        return actual.lte(target)
          ? weight
          : actual.gte(target.times(TWO))
            ? ZERO
            : weight.times(target.times(TWO).minus(actual)).div(target);
      case 'threshold':
        return leaf.answer ? weight : leaf.otherwise;
      case 'level': {
        const chosen = leaf.levels.find(
          (level) => level.id === leaf.level || level.zh === leaf.level || level.en === leaf.level,
        );
        return chosen.fraction === undefined ? leaf.score : weight.times(chosen.fraction);
      }
      default:
        throw new Error(`the Nanzhou baseline has no ${leaf.kind} rule`);
    }
  };
  const scoreNode = (node) =>
    node.children === undefined
      ? rounded(leafScore(node))
      : node.children.reduce((sum, child) => sum.plus(scoreNode(child)), ZERO);
  const baseline = () => tree.reduce((sum, node) => sum.plus(scoreNode(node)), ZERO).toFixed(2);
  return { name: 'nanzhou-2023', leaves: Object.keys(inputs).length, scheme, inputs, baseline };
}

// ---- measuring -----------------------------------------------------------------------------

function timePerRun(run, iterations) {
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) run();
  return (performance.now() - start) / iterations;
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const ROUNDS = 15;
const ITERATIONS = 40;
const suites = [syntheticSuite(), nanzhouSuite()];
for (const suite of suites) {
  const result = evaluate(suite.scheme, suite.inputs);
  if (!result.ok) throw new Error(`${suite.name}: ${JSON.stringify(result.issues)}`);
  if (result.value.total !== suite.baseline())
    throw new Error(`${suite.name}: engine ${result.value.total} ≠ baseline ${suite.baseline()}`);
  suite.total = result.value.total;
  suite.engine = () => evaluate(suite.scheme, suite.inputs);
  // The same, with every leaf's trace and input echo read (built on first read).
  suite.engineRead = () => {
    const scored = evaluate(suite.scheme, suite.inputs);
    const visit = (node) => {
      if (node.type === 'category') node.children.forEach(visit);
      else if (node.trace.length === 0 && node.input === undefined) throw new Error('no trace');
    };
    scored.value.indicators.forEach(visit);
    return scored;
  };
  suite.engineTimes = [];
  suite.baselineTimes = [];
  suite.ratios = [];
  suite.readRatios = [];
}
// Warm-up: every path runs before anything is measured.
for (let i = 0; i < 5; i += 1) {
  for (const suite of suites) {
    timePerRun(suite.engine, ITERATIONS);
    timePerRun(suite.engineRead, ITERATIONS);
    timePerRun(suite.baseline, ITERATIONS);
  }
}
// Rounds alternate between the schemes, so that both see the same machine.
for (let round = 0; round < ROUNDS; round += 1) {
  for (const suite of suites) {
    const engineTime = timePerRun(suite.engine, ITERATIONS);
    const baselineTime = timePerRun(suite.baseline, ITERATIONS);
    suite.engineTimes.push(engineTime);
    suite.baselineTimes.push(baselineTime);
    suite.ratios.push(engineTime / baselineTime);
    suite.readRatios.push(timePerRun(suite.engineRead, ITERATIONS) / baselineTime);
  }
}
// ---- one large scheme: time once, and the memory a result holds per leaf ----------------------

// The collector, to measure what a result retains (node's --expose-gc, set from inside).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc');
const heapAfterCollecting = () => {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
};
const large = syntheticSuite({ CATEGORIES: 100, SUBCATEGORIES: 10, LEAVES: 100 }); // 100,000 leaves
const firstStart = performance.now();
const firstLarge = evaluate(large.scheme, large.inputs);
const firstLargeMs = performance.now() - firstStart;
if (!firstLarge.ok || firstLarge.value.total !== large.baseline()) {
  throw new Error(`${large.name}: the 100,000-leaf scheme did not score as its baseline`);
}
const scoredStart = performance.now();
evaluate(large.scheme, large.inputs);
const scoredMs = performance.now() - scoredStart;
const baselineStart = performance.now();
large.baseline();
const largeBaselineMs = performance.now() - baselineStart;
// What one result holds: the heap with it kept, less the heap without it.
const heapBefore = heapAfterCollecting();
let kept = evaluate(large.scheme, large.inputs);
const heapUnread = heapAfterCollecting();
const jsonLength = JSON.stringify(kept).length; // reads every trace and input echo
const heapRead = heapAfterCollecting();
const perLeaf = (bytes) => ((bytes - heapBefore) / large.leaves).toFixed(0);
console.log(
  `large: leaves: ${large.leaves}, first evaluation (with preparing): ${firstLargeMs.toFixed(0)} ms, ` +
    `prepared: ${scoredMs.toFixed(0)} ms, baseline: ${largeBaselineMs.toFixed(0)} ms`,
);
console.log(
  `large: memory per leaf of a result: ${perLeaf(heapUnread)} bytes unread, ` +
    `${perLeaf(heapRead)} bytes with every trace read (JSON ${(jsonLength / large.leaves).toFixed(0)} bytes per leaf)`,
);
kept = undefined;

for (const suite of suites) {
  console.log(
    `${suite.name}: leaves: ${suite.leaves}, total: ${suite.total}, ` +
      `rounds: ${ROUNDS} × ${ITERATIONS} evaluations`,
  );
  const engineMedian = median(suite.engineTimes).toFixed(3);
  console.log(`${suite.name}: engine median: ${engineMedian} ms per evaluation (trace on)`);
  console.log(`${suite.name}: baseline median: ${median(suite.baselineTimes).toFixed(3)} ms`);
}
for (const suite of suites) {
  const read = median(suite.readRatios).toFixed(2);
  console.log(`${suite.name} engine with every trace read/baseline median ratio: ${read}`);
}
for (const suite of suites) {
  console.log(`${suite.name} engine/baseline median ratio: ${median(suite.ratios).toFixed(2)}`);
}
