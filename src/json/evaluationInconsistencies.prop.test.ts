import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { evaluate } from '../evaluate/evaluate.js';
import { inputsArbitrary, schemeArbitrary } from '../testing/arbitraries.js';
import { parseEvaluation } from './parseEvaluation.js';

const evaluationText = schemeArbitrary({ maxCategories: 3, maxChildren: 3, maxDepth: 3 }).chain(
  (scheme) =>
    inputsArbitrary(scheme).map((inputs) => {
      const result = evaluate(scheme, inputs);
      if (!result.ok) throw new Error(result.issues.map((found) => found.message.en).join('\n'));
      return JSON.stringify(result.value);
    }),
);

describe('a saved evaluation is read back only when its numbers agree', () => {
  test.prop([evaluationText], { numRuns: 150 })(
    'every evaluation evaluate wrote reads back',
    (text) => {
      const read = parseEvaluation(JSON.parse(text));
      expect(read.ok ? [] : read.issues.map((found) => [found.code, found.path])).toEqual([]);
    },
  );

  test.prop([evaluationText, fc.nat()], { numRuns: 150 })(
    'a leaf score raised past its weight, or a total changed, is inconsistent_evaluation',
    (text, pick) => {
      const json = JSON.parse(text) as {
        total: string;
        indicators: { type: string; weight: string; score: string | null; children?: unknown[] }[];
      };
      const raised = structuredClone(json);
      const leaves: { weight: string; score: string | null }[] = [];
      const visit = (node: {
        type: string;
        weight: string;
        score: string | null;
        children?: unknown[];
      }): void => {
        if (node.type === 'leaf') leaves.push(node);
        else (node.children as (typeof node)[]).forEach(visit);
      };
      raised.indicators.forEach(visit);
      const leaf = leaves[pick % leaves.length];
      if (leaf !== undefined) {
        leaf.score = String(Number(leaf.weight) + 1);
        const read = parseEvaluation(raised);
        expect(read.ok ? [] : read.issues.map((found) => found.code)).toContain(
          'inconsistent_evaluation',
        );
      }
      // The raw total is always the sum; the total is the raw total when nothing is left out.
      const notApplicable = (json as unknown as { notApplicable: { weight: string } })
        .notApplicable;
      const changed =
        notApplicable.weight === '0'
          ? { ...json, total: `${json.total}1` }
          : { ...json, rawTotal: `${(json as unknown as { rawTotal: string }).rawTotal}1` };
      const read = parseEvaluation(changed);
      expect(read.ok ? [] : read.issues.map((found) => found.code)).toContain(
        'inconsistent_evaluation',
      );
    },
  );
});
