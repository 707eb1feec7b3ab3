// Reads data files and scores them, against scoring the same documents already read, in one
// process, paired by rounds:
// - `project-2024`, `nanzhou-2023`: the example files, the text read with a fresh JSON.parse on
//   every iteration (no object is seen twice, so nothing is found by identity);
// - `projects-1000`: 1,000 distinct project documents on the national-project preset: different
//   project names, budgets, numbers and ids of indicators per slot, names, weights, targets,
//   actuals, scores and reasons, as real documents differ. Each iteration reads the next one.
// For each: (a) `evaluate(scheme, inputs)` alone on documents read beforehand, (b)
// `parseDataFile(JSON.parse(text))` then `evaluate`. Prints per-round medians, documents per
// second for (b), and, last, one `<name> parse+evaluate/evaluate median ratio: X` line each.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { evaluate } from 'jixiao';
import { parseDataFile } from 'jixiao/json';

// ---- the documents -------------------------------------------------------------------------

const example = (name) => readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');

/** A deterministic generator (mulberry32): the same 1,000 documents on every run. */
function randomFrom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const places = ['东湖', '西城', '南山', '北岭', '河口', '新港', '桥头', '石门', '云溪', '青田'];
const works = ['老旧小区改造', '农村公路养护', '学校食堂提升', '社区养老服务', '河道综合整治'];
const outputGroups = ['数量指标', '质量指标', '时效指标', '成本指标'];
const benefitGroups = ['社会效益指标', '生态效益指标', '经济效益指标', '可持续影响指标'];
const units = ['个', '部', '户', '公里', '人次', '万元'];

/** Splits `total` whole points into `count` positive whole weights. */
function splitWeight(random, total, count) {
  const weights = Array.from({ length: count }, () => 1);
  for (let left = total - count; left > 0; left -= 1) weights[Math.floor(random() * count)] += 1;
  return weights.map(String);
}

/** One row of a slot: a quantitative (≥, ≤, =, %) or a qualitative indicator, with its result. */
function row(random, index, slot, group, weight) {
  const id = `${slot}-${index}-${Math.floor(random() * 1000)}`;
  const kind = Math.floor(random() * 5);
  const common = { id, group, name: `${group.slice(0, 2)}指标 ${index}（${id}）`, weight };
  if (kind === 0) {
    const target = 10 + Math.floor(random() * 90);
    const unit = units[Math.floor(random() * units.length)];
    const actual = Math.floor(target * (0.8 + random() * 0.5));
    const missed = actual < target;
    return {
      ...common,
      target: `≥${target}${unit}`,
      actual: `${actual}${unit}`,
      ...(missed || actual >= target * 1.3 ? { deviationReason: '受工期影响' } : {}),
    };
  }
  if (kind === 1) {
    const target = 50 + Math.floor(random() * 100);
    const actual = Math.floor(target * (0.9 + random() * 0.2));
    return {
      ...common,
      target: `≤${target}万元`,
      actual: `${actual}万元`,
      ...(actual > target ? { deviationReason: '材料价格上涨' } : {}),
    };
  }
  if (kind === 2) {
    const rate = (90 + random() * 10).toFixed(1);
    return { ...common, target: '≥90%', actual: `${rate}%` };
  }
  if (kind === 3) return { ...common, target: '=100%', actual: '100%' };
  const achieved = random() < 0.7;
  return achieved
    ? { ...common, target: '按期完成', actual: '达成', score: weight, evidence: '已验收' }
    : {
        ...common,
        target: '建立',
        actual: '部分达成',
        score: (Number(weight) * 0.7).toFixed(2), // 部分达成: [60%, 80%) of the weight
        deviationReason: '尚未印发',
      };
}

function slotRows(random, slot, groups, total, count) {
  const weights = splitWeight(random, total, count);
  return weights.map((weight, index) =>
    row(random, index, slot, groups[index % groups.length], weight),
  );
}

/** The `count` distinct project documents, as text. */
function projectDocuments(count) {
  const random = randomFrom(2024);
  return Array.from({ length: count }, (_, index) => {
    const place = places[index % places.length];
    const work = works[Math.floor(index / places.length) % works.length];
    const fullYear = 500 + Math.floor(random() * 2000);
    const executed = (fullYear * (0.85 + random() * 0.15)).toFixed(2);
    const document = {
      scheme: 'national-project',
      year: 2021 + (index % 4),
      project: {
        name: `${2021 + (index % 4)} 年${place}${work}项目（${index}）`,
        department: `${place}区住房和城乡建设局`,
        code: `P-${String(index).padStart(5, '0')}`,
      },
      budget: { fullYear: `${fullYear}.00`, executed, unit: '万元' },
      indicators: {
        outputs: slotRows(random, 'outputs', outputGroups, 50, 3 + Math.floor(random() * 5)),
        benefits: slotRows(random, 'benefits', benefitGroups, 30, 2 + Math.floor(random() * 3)),
        satisfaction: slotRows(
          random,
          'satisfaction',
          ['服务对象满意度指标'],
          10,
          1 + Math.floor(random() * 2),
        ),
      },
    };
    return JSON.stringify(document);
  });
}

// ---- measuring -----------------------------------------------------------------------------

function read(text, name) {
  const data = parseDataFile(JSON.parse(text));
  if (!data.ok) throw new Error(`${name}: ${JSON.stringify(data.issues)}`);
  const result = evaluate(data.value.scheme, data.value.inputs);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues)}`);
  return data.value;
}

function suiteOf(name, texts) {
  const parsed = texts.map((text) => read(text, name));
  let evaluated = 0;
  let readAndEvaluated = 0;
  return {
    name,
    documents: texts.length,
    evaluate: () => {
      const { scheme, inputs } = parsed[evaluated];
      evaluated = (evaluated + 1) % parsed.length;
      return evaluate(scheme, inputs);
    },
    parseAndEvaluate: () => {
      const text = texts[readAndEvaluated];
      readAndEvaluated = (readAndEvaluated + 1) % texts.length;
      const data = parseDataFile(JSON.parse(text));
      return data.ok ? evaluate(data.value.scheme, data.value.inputs) : data;
    },
    evaluateTimes: [],
    parseTimes: [],
    ratios: [],
  };
}

function timePerRun(run, iterations) {
  let failures = 0;
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) if (!run().ok) failures += 1;
  const time = (performance.now() - start) / iterations;
  if (failures > 0) throw new Error(`${failures} runs failed`);
  return time;
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const ITERATIONS = 200;
// ONLY=projects-1000 (say) runs one suite, e.g. under --cpu-prof.
const suites = [
  ['project-2024', () => [example('project-2024.json')]],
  ['nanzhou-2023', () => [example('nanzhou-2023.json')]],
  ['projects-1000', () => projectDocuments(1000)],
]
  .filter(([name]) => process.env.ONLY === undefined || process.env.ONLY === name)
  .map(([name, texts]) => suiteOf(name, texts()));
// Warm-up: every path runs before anything is measured (and every generated document is read).
for (let i = 0; i < 5; i += 1) {
  for (const suite of suites) {
    timePerRun(suite.evaluate, ITERATIONS);
    timePerRun(suite.parseAndEvaluate, ITERATIONS);
  }
}
// Rounds alternate between the suites, so that all see the same machine.
for (let round = 0; round < ROUNDS; round += 1) {
  for (const suite of suites) {
    const evaluateTime = timePerRun(suite.evaluate, ITERATIONS);
    const parseTime = timePerRun(suite.parseAndEvaluate, ITERATIONS);
    suite.evaluateTimes.push(evaluateTime);
    suite.parseTimes.push(parseTime);
    suite.ratios.push(parseTime / evaluateTime);
  }
}
for (const suite of suites) {
  const evaluateMedian = median(suite.evaluateTimes);
  const parseMedian = median(suite.parseTimes);
  console.log(
    `${suite.name}: documents: ${suite.documents}, rounds: ${ROUNDS} × ${ITERATIONS} runs each`,
  );
  console.log(`${suite.name}: evaluate median: ${evaluateMedian.toFixed(3)} ms per document`);
  console.log(
    `${suite.name}: parse+evaluate median: ${parseMedian.toFixed(3)} ms per document ` +
      `(${Math.round(1000 / parseMedian)} documents per second)`,
  );
}
for (const suite of suites) {
  console.log(
    `${suite.name} parse+evaluate/evaluate median ratio: ${median(suite.ratios).toFixed(2)}`,
  );
}
