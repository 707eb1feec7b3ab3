// The differential test: seeded random schemes scored by the library (`evaluate`) and by the
// reference written from the documentation (./reference.ts), compared node by node as exact
// strings. Each disagreement category is its own test. `npm test` runs 300 schemes;
// `JIXIAO_DIFFERENTIAL_RUNS=10000 vitest run test/differential` runs the full budget.
import { describe, expect, test } from 'vitest';
import { categories, knownBugs, type Category } from './compare.js';
import { budget, describeFound, runSweep, type Sweep } from './sweep.js';

const runs = budget();
const fullRun = process.env['JIXIAO_DIFFERENTIAL_RUNS'] !== undefined;

/**
 * Categories in which the library still disagreed with the reference when this test was last
 * run against it. `npm test` leaves their tests out (the full run has them all); delete a line
 * when its fix lands.
 */
const awaitingFix: ReadonlySet<Category> = new Set<Category>([]);

let sweep: { readonly value: Sweep } | { readonly error: unknown } | undefined;
/** The sweep, run once for all the tests below. */
function swept(): Sweep {
  if (sweep === undefined) {
    try {
      sweep = { value: runSweep(runs) };
    } catch (error) {
      sweep = { error };
    }
  }
  if ('error' in sweep) throw sweep.error;
  return sweep.value;
}

/** What the generators must reach in any run, so that no feature goes untested unnoticed. */
const mustCover = [
  ...['half-up', 'half-even', 'half-down', 'down', 'up'].map((mode) => `mode ${mode}`),
  ...[0, 1, 2, 3, 4].map((scale) => `scale ${String(scale)}`),
  ...['rescale', 'full', 'forbid'].map((policy) => `policy ${policy}`),
  ...['ratio', 'equal', 'reverse', 'threshold', 'bands', 'level', 'deduction', 'manual'].map(
    (kind) => `kind ${kind}`,
  ),
  'reverse linear',
  'reverse inverse',
  'reverse perPoint',
  'perPoint points',
  'perPoint relative',
  'perPoint interpolate true',
  'perPoint interpolate false',
  'threshold yes',
  'bands actual',
  'bands rate',
  'ratio cap ≠ 1',
  'ratio roundRateTo',
  'fixed target',
  'deviationReason',
  'total rescaled',
  'leaf 不适用',
  'category 不适用',
  'leaf within 10^-30 of a rounding point',
  'invalid scheme',
  'invalid input',
  'issue deviation_reason_required',
  'issue target_fixed_by_rule',
  'issue not_applicable_forbidden',
];

describe(`differential: library against the documented reference (${String(runs)} schemes)`, () => {
  test('the generators cover every feature', () => {
    const { coverage, families } = swept();
    const total = families.reduce((count, family) => count + family.cases, 0);
    expect(total).toBeGreaterThanOrEqual(runs);
    expect(mustCover.filter((feature) => (coverage.get(feature) ?? 0) === 0)).toEqual([]);
    if (fullRun) {
      const lines = families.map(
        (family) =>
          `${family.name} (seed ${String(family.seed)}): ${String(family.cases)} cases, ` +
          `${String(family.scored)} scored, ${String(family.rejected)} with issues, ` +
          `${String(family.disagreeing)} disagreeing`,
      );
      const byCategory = categories.map(
        (category) => `${category}: ${String(swept().found.get(category)?.length ?? 0)}`,
      );
      const features = [...coverage].map(([feature, count]) => `${feature}: ${String(count)}`);
      console.info([...lines, '', ...byCategory, '', ...features.sort()].join('\n'));
    }
  });

  for (const category of categories) {
    if (!fullRun && awaitingFix.has(category)) continue;
    test(category, () => {
      expect(describeFound(category, swept().found.get(category) ?? [])).toBe('');
    });
  }

  test('known bug categories are named', () => {
    expect(Object.values(knownBugs).every((name) => categories.includes(name))).toBe(true);
  });
});
