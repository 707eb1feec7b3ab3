// An example of the library API: a small scheme built in code, scored, printed and explained.
// Run it after a build with `node examples/api-example.mjs`.
import {
  category,
  completionLevelRule,
  decimal,
  deductionRule,
  defineScheme,
  evaluate,
  explain,
  formatIssuePath,
  leaf,
  manualRule,
  ratioRule,
  reverseRule,
  thresholdRule,
} from 'jixiao';

const scheme = defineScheme({
  id: 'readme-example',
  version: '1',
  title: { zh: '部门整体支出绩效自评（示例）', en: 'Department self-evaluation (example)' },
  indicators: [
    category('performance', { zh: '履职效能', en: 'performance' }, 50, [
      leaf('outputs', { zh: '产出指标', en: 'outputs' }, 40, ratioRule()),
      leaf(
        'budget-rate',
        { zh: '部门预算资金支出率', en: 'budget execution rate' },
        10,
        ratioRule({ rateLabel: { zh: '支出率', en: 'execution rate' } }),
      ),
    ]),
    category('management', { zh: '管理效率', en: 'management' }, 50, [
      leaf(
        'system',
        { zh: '绩效管理制度建设', en: 'performance rules in place' },
        15,
        completionLevelRule(),
      ),
      leaf(
        'procurement',
        { zh: '采购活动合规性', en: 'procurement compliance' },
        10,
        deductionRule({ pointsEach: '0.5' }),
      ),
      leaf('assets', { zh: '资产管理合规性', en: 'asset management' }, 10, manualRule()),
      leaf(
        'utilisation',
        { zh: '固定资产利用率', en: 'fixed-asset utilisation' },
        5,
        thresholdRule({ comparison: '>=', target: '90%' }),
      ),
      leaf(
        'three-public',
        { zh: '“三公”经费控制情况', en: '"three public" spending' },
        10,
        reverseRule(),
      ),
    ]),
  ],
});

const result = evaluate(scheme, {
  outputs: { actual: decimal('1,106.78'), target: decimal('1,050.00') },
  'budget-rate': { actual: decimal('23,033.06'), target: decimal('23,135.18') },
  system: { level: '部分完成', score: decimal('9'), reason: '制度已起草，尚未印发' },
  procurement: { occurrences: 3 },
  assets: { score: decimal('7.5'), reason: '推进中，部分问题已整改' },
  utilisation: { actual: decimal('93%') },
  'three-public': { actual: decimal('27.90'), target: decimal('28.54') },
});

if (!result.ok) {
  for (const issue of result.issues)
    console.error(`${formatIssuePath(issue.path)}: ${issue.message.zh}`);
  process.exit(2);
}

const evaluation = result.value;
for (const group of evaluation.indicators) {
  console.log(`${group.name.zh}  ${group.score} / ${group.weight}`);
  if (group.type === 'category') {
    for (const node of group.children)
      console.log(`  ${node.name.zh}  ${node.score} / ${node.weight}  (${node.scoreRatePercent}%)`);
  }
}
console.log(`总分 ${evaluation.total} / ${evaluation.fullMarks}，等级 ${evaluation.grade.grade}`);
console.log('');
for (const line of explain(evaluation)) console.log(`${line.name}：${line.text}`);
