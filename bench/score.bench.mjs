// Scores a synthetic scheme of 120 leaves (mixed rule kinds) with the engine, trace on, and, in
// the same process, with a hand-written decimal.js loop that computes the same scores without
// the engine. Prints per-round medians and, last, `engine/baseline median ratio: X`.
import Decimal from 'decimal.js';
import { performance } from 'node:perf_hooks';
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

const CATEGORIES = 6;
const SUBCATEGORIES = 4;
const LEAVES = 5; // 6 × 4 × 5 = 120 leaves
const WEIGHT = '0.5'; // 120 × 0.5 = 60 … scaled below to full marks
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
      const actual = `${1000 + ((index * 7919) % 997)}.${String((index * 31) % 100).padStart(2, '0')}`;
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
    subgroups.push(category(`c${c}-${s}`, `二级 ${c}-${s}`, '2.5', leaves));
  }
  groups.push(category(`c${c}`, `一级 ${c}`, '10', subgroups));
}
const scheme = defineScheme({
  id: 'bench',
  version: '1',
  title: '基准',
  fullMarks: 60,
  grades: [
    { grade: '优', min: 54 },
    { grade: '良', min: 48 },
    { grade: '中', min: 36 },
    { grade: '差', min: 0 },
  ],
  indicators: groups,
});

// The baseline: the same arithmetic, straight decimal.js on an equally configured clone.
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const weight = new D(WEIGHT);
const plainInputs = plan.map(({ kind, input }) => ({
  kind,
  actual: input.actual === undefined ? undefined : new D(input.actual.toString()),
  target: input.target === undefined ? undefined : new D(input.target.toString()),
  level: input.level,
  score: input.score === undefined ? undefined : new D(input.score.toString()),
  occurrences: input.occurrences,
}));
const ninety = new D('0.9');
const pointOne = new D('0.1');
const two = new D(2);
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
          : input.actual.gte(input.target.times(two))
            ? new D(0)
            : weight.times(input.target.times(two).minus(input.actual)).div(input.target);
        break;
      case 'threshold':
        score = input.actual.gte(ninety) ? weight : new D(0);
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
    return score.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  });
  let total = new D(0);
  for (let c = 0; c < CATEGORIES * SUBCATEGORIES; c += 1) {
    let sub = new D(0);
    for (let l = 0; l < LEAVES; l += 1) sub = sub.plus(leafScores[c * LEAVES + l]);
    total = total.plus(sub);
  }
  return total.toFixed(2);
}

const engineTotal = evaluate(scheme, inputs);
if (!engineTotal.ok) throw new Error(JSON.stringify(engineTotal.issues));
if (engineTotal.value.total !== baseline())
  throw new Error(`engine ${engineTotal.value.total} ≠ baseline ${baseline()}`);

function timePerRun(run, iterations) {
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) run();
  return (performance.now() - start) / iterations;
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const ROUNDS = 15;
const ITERATIONS = 40;
// Warm-up: both paths run before anything is measured.
for (let i = 0; i < 5; i += 1) {
  timePerRun(() => evaluate(scheme, inputs), ITERATIONS);
  timePerRun(baseline, ITERATIONS);
}
const engineTimes = [];
const baselineTimes = [];
const ratios = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const engineTime = timePerRun(() => evaluate(scheme, inputs), ITERATIONS);
  const baselineTime = timePerRun(baseline, ITERATIONS);
  engineTimes.push(engineTime);
  baselineTimes.push(baselineTime);
  ratios.push(engineTime / baselineTime);
}
console.log(
  `leaves: ${plan.length}, total: ${engineTotal.value.total}, rounds: ${ROUNDS} × ${ITERATIONS} evaluations`,
);
console.log(`engine median: ${median(engineTimes).toFixed(3)} ms per evaluation (trace on)`);
console.log(`baseline median: ${median(baselineTimes).toFixed(3)} ms per evaluation`);
console.log(`engine/baseline median ratio: ${median(ratios).toFixed(2)}`);
