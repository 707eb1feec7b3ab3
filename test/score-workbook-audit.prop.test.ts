// jixiao's own score workbooks, of random schemes up to five levels deep (every built-in rule
// kind, some leaves 不适用), read back from their bytes and audited by jixiao's audit: what the
// library writes, its audit reads at the depth written (一级 … 五级指标) and finds consistent,
// on its own and against the scheme and evaluation the sheet was written from.
import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { evaluate, type NodeResult } from '../src/index.js';
import { inputsArbitrary, schemeArbitrary } from '../src/testing.js';
import { writeScoreWorkbook } from '../src/export.js';
import { readDocument } from '../src/tables/readDocument.js';
import { auditDocument } from '../src/audit/auditDocument.js';

const generated = schemeArbitrary({ maxDepth: 4, maxChildren: 3 }).chain((scheme) =>
  inputsArbitrary(scheme).map((inputs) => ({ scheme, inputs })),
);

const categories = (nodes: readonly NodeResult[]): number =>
  nodes.reduce(
    (count, node) => count + (node.type === 'category' ? 1 + categories(node.children) : 0),
    0,
  );

describe('score workbooks of random schemes, audited', () => {
  test.prop([generated], { numRuns: Number(process.env['JIXIAO_RUNS'] ?? 40) })(
    'are read at their depth and found consistent',
    async ({ scheme, inputs }) => {
      const evaluated = evaluate(scheme, inputs);
      if (!evaluated.ok) return;
      const written = await writeScoreWorkbook(evaluated.value, {
        grades: scheme.grades.map((band) => ({ grade: band.grade, min: band.min })),
      });
      if (!written.ok) throw new Error(JSON.stringify(written.issues));
      const read = await readDocument(written.value);
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      const audit = auditDocument(read.value);
      if (!audit.ok) throw new Error(JSON.stringify(audit.issues));
      // Every category was read as one, at its depth: each has its weights summed.
      expect(audit.value.checks.filter((check) => check.code === 'weights_sum')).toHaveLength(
        categories(evaluated.value.indicators),
      );
      expect(
        audit.value.checks
          .filter((check) => check.verdict === 'inconsistent')
          .map((check) => [check.code, check.name, check.claimed, check.recomputed]),
      ).toEqual([]);
      // Against its scheme and evaluation (`jixiao audit sheet.xlsx --data`): the total the sheet
      // states is the 总分, never the subtotal of the applicable indicators above it.
      const withScheme = auditDocument(read.value, { scheme, recomputed: evaluated.value });
      if (!withScheme.ok) throw new Error(JSON.stringify(withScheme.issues));
      expect(
        withScheme.value.checks
          .filter((check) => check.verdict === 'inconsistent')
          .map((check) => [check.code, check.name, check.claimed, check.recomputed]),
      ).toEqual([]);
    },
  );
});
