import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  category,
  completionLevelRule,
  decimal,
  defineScheme,
  evaluate,
  explain,
  leaf,
  ratioRule,
  reverseRule,
} from '../src/index.js';

test('the README API example gives the values its comments state', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const scheme = defineScheme({
    id: 'example',
    version: '2023',
    title: { zh: '部门整体支出绩效自评（示例）', en: 'Department self-evaluation (example)' },
    fullMarks: 20,
    grades: [
      { grade: '优', min: 18 },
      { grade: '良', min: 16 },
      { grade: '中', min: 12 },
      { grade: '差', min: 0 },
    ],
    indicators: [
      category('performance', { zh: '履职效能', en: 'performance' }, 12, [
        leaf(
          'budget-rate',
          '部门预算资金支出率',
          10,
          ratioRule({ rateLabel: { zh: '支出率', en: 'execution rate' } }),
        ),
        leaf('three-public', '“三公”经费控制情况', 2, reverseRule()),
      ]),
      category('management', { zh: '管理效率', en: 'management' }, 8, [
        leaf('system', '绩效管理制度执行', 8, completionLevelRule()),
      ]),
    ],
  });
  const result = evaluate(scheme, {
    'budget-rate': { actual: decimal('23,033.06'), target: decimal('23,135.18') },
    'three-public': { actual: decimal('27.90'), target: decimal('28.54') },
    system: { level: '部分完成', score: decimal('6'), reason: '部分已完成' },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const text = explain(result.value)[0]?.text ?? '';
  for (const shown of [`"${result.value.total}"`, `"${result.value.grade.grade}"`, `"${text}"`])
    expect(readme).toContain(shown);
  expect([result.value.total, result.value.grade.grade]).toEqual(['17.96', '良']);
});
