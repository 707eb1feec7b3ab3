import { describe, expect, test } from 'vitest';
import { decimal, defineScheme, leaf, manualRule } from '../index.js';
import { evaluate } from '../evaluate/evaluate.js';
import type { Evaluation } from '../evaluation/Evaluation.js';
import { renderCsv } from './renderCsv.js';
import { renderMarkdown } from './renderMarkdown.js';
import { renderTable } from './renderTable.js';
import { renderReport } from '../audit/renderReport.js';

// A total that is a whole number must print whole at every rounding scale: with scale 0 a total
// of 90 once printed as "9" and 100 as "1".
function scored(scale: number, score: string): Evaluation {
  const scheme = defineScheme({
    id: 'scale',
    version: '1',
    title: '小数位',
    rounding: { scale, mode: 'half-up' },
    indicators: [leaf('a', '甲', 60, manualRule()), leaf('b', '乙', 40, manualRule())],
  });
  const result = evaluate(scheme, {
    a: { score: decimal('60') },
    b: { score: decimal(score), reason: '评价人判断' },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const cases = [
  { scale: 0, score: '30', total: '90' },
  { scale: 0, score: '40', total: '100' },
  { scale: 1, score: '30', total: '90' },
  { scale: 1, score: '30.5', total: '90.5' },
  { scale: 3, score: '40', total: '100' },
  { scale: 3, score: '30.25', total: '90.25' },
  { scale: 3, score: '30.125', total: '90.125' },
] as const;

describe.each(cases)('scale $scale, total $total', ({ scale, score, total }) => {
  test('the table, markdown, csv and report print the total unchanged', () => {
    const evaluation = scored(scale, score);
    const table = renderTable(evaluation).split('\n');
    expect(table.find((line) => line.startsWith('总分'))).toMatch(
      new RegExp(`^总分 +100 +${total.replace('.', '\\.')} +`),
    );
    expect(renderMarkdown(evaluation)).toContain(`| **总分** | **100** | **${total}** |`);
    expect(renderCsv(evaluation)).toContain(`总分,100,${evaluation.total},`);
    expect(renderReport(evaluation)).toContain(`自评得分 ${total} 分`);
  });
});
