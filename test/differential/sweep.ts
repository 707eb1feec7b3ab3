// Runs every generator family for its share of the budget (a count of schemes, never a time),
// compares each case, and gathers the disagreements by category with what it covered.
import fc from 'fast-check';
import {
  category as categoryNode,
  defineScheme,
  type IndicatorNode,
  type Rule,
  type Scheme,
} from '../../src/index.js';
import { categories, compareCase, type Category, type Mismatch } from './compare.js';
import { add, exact, lessOrEqual, plain, subtract, sum } from './exact.js';
import { families, type Case } from './generators.js';
import { pinnedCases } from './pinned.js';
import type { RefNode } from './reference.js';

export interface Found {
  readonly family: string;
  readonly seed: number;
  /** Index of the case in `fc.sample(family.cases(), { seed, numRuns })`. */
  readonly index: number;
  readonly note: string;
  readonly mismatch: Mismatch;
  readonly testCase: Case;
  /** The case as JSON (scheme and inputs), for replaying and for the smallest counterexample. */
  readonly json: string;
}

export interface FamilyCount {
  readonly name: string;
  readonly seed: number;
  readonly cases: number;
  readonly scored: number;
  readonly rejected: number;
  readonly disagreeing: number;
}

export interface Sweep {
  readonly runs: number;
  readonly families: readonly FamilyCount[];
  readonly found: ReadonlyMap<Category, readonly Found[]>;
  /** How many cases exercised each feature the test promises to cover. */
  readonly coverage: ReadonlyMap<string, number>;
}

function ruleFeatures(rule: Rule): string[] {
  const features = [`kind ${rule.kind}`];
  switch (rule.kind) {
    case 'ratio':
      if (exact(rule.cap).numerator !== exact(rule.cap).denominator) features.push('ratio cap ≠ 1');
      if (rule.roundRateTo !== undefined) features.push('ratio roundRateTo');
      if (rule.deviationReason !== undefined) features.push('deviationReason');
      break;
    case 'equal':
      if (rule.deviationReason !== undefined) features.push('deviationReason');
      break;
    case 'reverse': {
      const { formula } = rule;
      features.push(`reverse ${formula.type}`);
      if (formula.type === 'perPoint')
        features.push(
          `perPoint ${formula.excess}`,
          `perPoint interpolate ${String(formula.interpolate)}`,
        );
      if (rule.deviationReason !== undefined) features.push('deviationReason');
      break;
    }
    case 'threshold':
      features.push(`threshold ${rule.comparison}`);
      break;
    case 'bands':
      features.push(`bands ${rule.measure}`);
      break;
    case 'level':
    case 'deduction':
    case 'manual':
      break;
  }
  if ('target' in rule) features.push('fixed target');
  return features;
}

function schemeFeatures(testCase: Case): string[] {
  const { scheme } = testCase;
  const features = [
    `mode ${scheme.rounding.mode}`,
    `scale ${String(scheme.rounding.scale)}`,
    `policy ${scheme.notApplicable}`,
  ];
  const visit = (node: IndicatorNode): void => {
    if (node.type === 'leaf') features.push(...ruleFeatures(node.rule));
    else node.children.forEach(visit);
  };
  scheme.indicators.forEach(visit);
  return features;
}

function resultFeatures(nodes: readonly RefNode[]): string[] {
  return nodes.flatMap((node) => {
    const own: string[] = [];
    if (node.status === 'not_applicable') own.push(`${node.type} 不适用`);
    if (node.type === 'leaf' && node.nearBoundary)
      own.push('leaf within 10^-30 of a rounding point');
    return node.type === 'leaf' ? own : [...own, ...resultFeatures(node.children)];
  });
}

/** The budget: JIXIAO_DIFFERENTIAL_RUNS schemes in all, 300 unless set. */
export function budget(): number {
  const runs = Number(process.env['JIXIAO_DIFFERENTIAL_RUNS'] ?? 300);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('JIXIAO_DIFFERENTIAL_RUNS: a count');
  return runs;
}

export function runSweep(runs: number): Sweep {
  const found = new Map<Category, Found[]>(categories.map((category) => [category, []]));
  const coverage = new Map<string, number>();
  const counts: FamilyCount[] = [];
  const sampled = [
    { name: 'pinned', seed: 0, cases: pinnedCases },
    ...families.map((family) => ({
      name: family.name,
      seed: family.seed,
      cases: fc.sample(family.cases(), {
        seed: family.seed,
        numRuns: Math.max(1, Math.round(runs * family.share)),
      }),
    })),
  ];
  for (const family of sampled) {
    const { cases } = family;
    let scored = 0;
    let rejected = 0;
    let disagreeing = 0;
    cases.forEach((testCase, index) => {
      const { reference, mismatches } = compareCase(testCase);
      const features = new Set(schemeFeatures(testCase));
      if (reference.ok) {
        scored += 1;
        resultFeatures(reference.value.indicators).forEach((feature) => features.add(feature));
        if (reference.value.rescaled) features.add('total rescaled');
        features.add(`grade ${reference.value.grade}`);
      } else {
        rejected += 1;
        features.add(reference.schemeInvalid ? 'invalid scheme' : 'invalid input');
        for (const issue of reference.issues) features.add(`issue ${issue.code}`);
      }
      for (const feature of features) coverage.set(feature, (coverage.get(feature) ?? 0) + 1);
      if (mismatches.length > 0) disagreeing += 1;
      const json = mismatches.length > 0 ? JSON.stringify(testCase) : '';
      for (const mismatch of mismatches)
        found.get(mismatch.category)?.push({
          family: family.name,
          seed: family.seed,
          index,
          note: testCase.note,
          mismatch,
          testCase,
          json,
        });
    });
    counts.push({
      name: family.name,
      seed: family.seed,
      cases: cases.length,
      scored,
      rejected,
      disagreeing,
    });
  }
  return { runs, families: counts, found, coverage };
}

/** The tree without one leaf (empty categories dropped, weights summed again), or undefined. */
function without(nodes: readonly IndicatorNode[], id: string): IndicatorNode[] {
  return nodes.flatMap((node): IndicatorNode[] => {
    if (node.type === 'leaf') return node.id === id ? [] : [node];
    const children = without(node.children, id);
    if (children.length === 0) return [];
    const weight = plain(sum(children.map((child) => exact(child.weight))));
    return [categoryNode(node.id, node.name, weight, children)];
  });
}

function leafIds(nodes: readonly IndicatorNode[]): string[] {
  return nodes.flatMap((node) => (node.type === 'leaf' ? [node.id] : leafIds(node.children)));
}

function rebuilt(scheme: Scheme, indicators: IndicatorNode[]): Scheme {
  // Full marks keep their distance from the sum of the top-level weights (0 in a valid scheme).
  const offset = subtract(
    exact(scheme.fullMarks),
    sum(scheme.indicators.map((node) => exact(node.weight))),
  );
  const fullMarks = add(sum(indicators.map((node) => exact(node.weight))), offset);
  // The grades that still fit under the new full marks (the lowest, at 0, always does).
  const grades = scheme.grades.filter((band) => lessOrEqual(exact(band.min), fullMarks));
  return defineScheme({
    id: scheme.id,
    version: scheme.version,
    title: scheme.title,
    fullMarks: plain(fullMarks),
    rounding: scheme.rounding,
    notApplicable: scheme.notApplicable,
    grades: grades.map((band) => ({ grade: band.grade, name: band.name, min: band.min })),
    indicators,
  });
}

/** Removes leaves one at a time while the case still disagrees in `category`. */
export function shrinkCase(testCase: Case, category: Category): Case {
  const disagrees = (candidate: Case) =>
    compareCase(candidate).mismatches.some((mismatch) => mismatch.category === category);
  let current = testCase;
  let progress = true;
  while (progress) {
    progress = false;
    for (const id of leafIds(current.scheme.indicators)) {
      const indicators = without(current.scheme.indicators, id);
      if (indicators.length === 0) continue;
      const inputs = Object.fromEntries(
        Object.entries(current.inputs).filter(([key]) => key !== id),
      );
      let candidate: Case;
      try {
        candidate = { scheme: rebuilt(current.scheme, indicators), inputs, note: current.note };
      } catch {
        continue;
      }
      if (disagrees(candidate)) {
        current = candidate;
        progress = true;
        break;
      }
    }
  }
  return current;
}

/** A failure message: how many, where, and the smallest case that shows it. */
export function describeFound(category: Category, found: readonly Found[]): string {
  if (found.length === 0) return '';
  const cases = new Set(found.map((each) => `${each.family}#${String(each.index)}`));
  const smallest = found.reduce((best, each) =>
    each.json.length < best.json.length ? each : best,
  );
  const shrunk = shrinkCase(smallest.testCase, category);
  const mismatch =
    compareCase(shrunk).mismatches.find((each) => each.category === category) ?? smallest.mismatch;
  return [
    `${category}: ${String(found.length)} disagreements in ${String(cases.size)} cases`,
    `smallest: family ${smallest.family} (seed ${String(smallest.seed)}), ` +
      `case ${String(smallest.index)} (${smallest.note})`,
    `  ${mismatch.where}: expected ${mismatch.expected}, library ${mismatch.received}`,
    `  case (shrunk): ${JSON.stringify(shrunk)}`,
  ].join('\n');
}
