import fc from 'fast-check';
import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import type { RuleArbitrary } from '../RuleArbitrary.js';
import { decimalArbitrary } from '../support/decimalArbitrary.js';
import { bandsRule, type BandsRule } from './bandsRule.js';

function bandEdges(rule: BandsRule): readonly Dec[] {
  return rule.bands.flatMap((band) =>
    [band.from?.value, band.to?.value].filter((value): value is Dec => value !== undefined),
  );
}

/** Bands rules (one to five bands on the actual or the rate) and inputs on and between their edges. */
export const bandsArbitrary: RuleArbitrary<BandsRule> = {
  rule: () =>
    fc
      .record({
        awards: fc.array(decimalArbitrary({ min: 0, max: 1, scale: 2 }), {
          minLength: 1,
          maxLength: 5,
        }),
        edges: fc.uniqueArray(fc.integer({ min: 1, max: 199 }), { maxLength: 4 }),
        measure: fc.constantFrom('actual' as const, 'rate' as const),
      })
      .map(({ awards, edges, measure }) => {
        const cuts = [...edges]
          .sort((a, b) => a - b)
          .slice(0, awards.length - 1)
          .map((edge) => new JixiaoDecimal(edge).dividedBy(100));
        return bandsRule({
          measure,
          bands: awards.slice(0, cuts.length + 1).map((award, index) => ({
            ...(index === 0 ? {} : { from: { value: cuts[index - 1] ?? 0, inclusive: true } }),
            ...(index === cuts.length ? {} : { to: { value: cuts[index] ?? 0, inclusive: false } }),
            fraction: award,
          })),
        });
      }),
  input: (rule) => {
    const edges = bandEdges(rule);
    const anyShare = decimalArbitrary({ min: 0, max: 3, scale: 4 });
    const values = edges.length === 0 ? anyShare : fc.oneof(fc.constantFrom(...edges), anyShare);
    if (rule.measure === 'actual') return values.map((actual) => ({ actual }));
    if (rule.target !== undefined) {
      const fixed = rule.target;
      return values.map((share) => ({ actual: fixed.times(share) }));
    }
    return fc
      .tuple(values, decimalArbitrary({ min: '0.01', max: 10_000 }))
      .map(([share, target]) => ({ actual: share.times(target), target }));
  },
};
