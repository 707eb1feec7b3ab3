import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { evaluate } from '../evaluate/evaluate.js';
import { isDeepFrozen } from '../evaluate/isDeepFrozen.js';
import type { Evaluation } from '../evaluation/Evaluation.js';
import { manualRule } from '../rules/manual/manualRule.js';
import { category, defineScheme, leaf } from '../scheme/builders.js';
import type { IndicatorNode } from '../scheme/Scheme.js';
import { nanzhou2023, nanzhou2024, scoredDataFile } from '../../test/support/diffEvaluations.js';
import { compareEvaluations } from './compareEvaluations.js';
import type { EvaluationComparison, IndicatorComparison } from './EvaluationComparison.js';

/** A row in one line: depth, status, how matched, id, what changed, and the three changes. */
function line(row: IndicatorComparison): string {
  const id = row.after?.id ?? row.before?.id ?? '';
  const former = row.before !== null && row.before.id !== id ? ` (was ${row.before.id})` : '';
  return [
    `${row.depth} ${row.status}${row.matchedBy === null ? '' : ` by ${row.matchedBy}`}`,
    `${id}${former}`,
    `[${row.changes.join(',')}]`,
    `w ${row.weightChange ?? '–'} s ${row.scoreChange ?? '–'} r ${row.scoreRateChange ?? '–'}`,
  ].join(' ');
}

const rowsOf = (comparison: EvaluationComparison): readonly string[] =>
  comparison.indicators.map(line);

describe('compareEvaluations on Nanzhou 2023 against a hand-modified 2024', () => {
  const comparison = compareEvaluations(nanzhou2023, nanzhou2024);

  test('states both totals, their exact changes, both grades and both schemes', () => {
    expect({
      before: [comparison.before.total, comparison.before.grade.grade],
      after: [comparison.after.total, comparison.after.grade.grade],
      changes: [
        comparison.fullMarksChange,
        comparison.rawTotalChange,
        comparison.totalChange,
        comparison.scoreRateChange,
      ],
      gradeChanged: comparison.gradeChanged,
      schemes: [comparison.before.scheme, comparison.after.scheme].map(
        (scheme) => `${scheme.id}@${scheme.version}`,
      ),
      sameScheme: comparison.sameScheme,
      leafCounts: comparison.leafCounts,
    }).toEqual({
      before: ['91.46', '优'],
      after: ['96.00', '优'],
      changes: ['0', '4.54', '4.54', '4.54'],
      gradeChanged: false,
      schemes: ['gz-department-overall@2023', 'gz-department-overall@2023'],
      sameScheme: true,
      leafCounts: { same: 28, changed: 6, added: 1, removed: 1, moved: 1 },
    });
  });

  test('lists the outputs in the tree order of 2024, the removed leaf where it stood in 2023', () => {
    expect(rowsOf(comparison).slice(0, 13)).toEqual([
      '1 changed by id performance [score] w 0 s -0.46 r -0.92',
      '2 changed by id outputs [score] w 0 s -0.23 r -1.15',
      '3 changed by id outputs/数量指标 [weight,score] w -3 s -3.23 r -1.53',
      // a changed weight: 3 → 4, awarded in full
      '4 changed by id sanitation-fees [weight,score] w 1 s 1.00 r 0.00',
      // a new id, but the same name path once white space is removed
      '4 changed by name cleaning-target (was sanitation-cleaning) [name] w 0 s 0.00 r 0.00',
      // renamed under the same id
      '4 changed by id rental-tax [name] w 0 s 0.00 r 0.00',
      '4 changed by id social-work-station [weight,score] w -1 s -1.00 r 0.00',
      // removed: after its nearest earlier sibling still present
      '4 removed community-activities [] w – s – r –',
      '4 added garbage-sorting [] w – s – r –',
      '3 changed by id outputs/质量指标 [weight,score] w 3 s 3.00 r 0.00',
      // moved from 数量指标 to 质量指标, nothing else changed
      '4 moved by id spending-compliance [] w 0 s 0.00 r 0.00',
      '4 same by id party-service-centres [] w 0 s 0.00 r 0.00',
      '2 same by id benefits [] w 0 s 0.00 r 0.00',
    ]);
  });

  test('a changed score: 绩效管理制度建设 未完成 → 完成, and the categories above it', () => {
    const changed = rowsOf(comparison).filter((row) =>
      /performance-rules|[ -]management /.test(row),
    );
    expect(changed).toEqual([
      '1 changed by id management [score] w 0 s 5.00 r 10.00',
      '2 changed by id performance-management [score] w 0 s 5.00 r 33.33',
      '3 changed by id performance-rules [score] w 0 s 5.00 r 100.00',
    ]);
  });

  test('each side keeps what its evaluation says: ids, path, parents, scores and rule kind', () => {
    const moved = comparison.indicators.find((row) => row.status === 'moved');
    expect(moved?.before?.path).toEqual([
      'performance',
      'outputs',
      'outputs/数量指标',
      'spending-compliance',
    ]);
    expect(moved?.after?.path).toEqual([
      'performance',
      'outputs',
      'outputs/质量指标',
      'spending-compliance',
    ]);
    expect(moved?.after?.parentNames.map((name) => name.zh)).toEqual([
      '履职效能',
      '部门整体绩效目标：产出指标',
      '质量指标',
    ]);
    const added = comparison.indicators.find((row) => row.status === 'added');
    expect(added).toEqual({
      type: 'leaf',
      depth: 4,
      status: 'added',
      matchedBy: null,
      changes: [],
      before: null,
      after: {
        id: 'garbage-sorting',
        name: { zh: '生活垃圾分类覆盖社区数' },
        path: ['performance', 'outputs', 'outputs/数量指标', 'garbage-sorting'],
        parentNames: [
          { zh: '履职效能', en: 'performance of duties' },
          { zh: '部门整体绩效目标：产出指标', en: 'department targets: outputs' },
          { zh: '数量指标' },
        ],
        weight: '3',
        status: 'scored',
        score: '2.77',
        scoreRatePercent: '92.33',
        ruleKind: 'ratio',
      },
      weightChange: null,
      scoreChange: null,
      scoreRateChange: null,
    });
  });

  test('is deeply frozen and survives JSON unchanged', () => {
    expect(isDeepFrozen(comparison)).toBe(true);
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
  });

  test('with matchByName false, the leaf under a new id is removed and added', () => {
    const byId = compareEvaluations(nanzhou2023, nanzhou2024, { matchByName: false });
    expect(rowsOf(byId).filter((row) => row.includes('cleaning'))).toEqual([
      '4 removed sanitation-cleaning [] w – s – r –',
      '4 added cleaning-target [] w – s – r –',
    ]);
    expect(byId.leafCounts).toEqual({ same: 28, changed: 5, added: 2, removed: 2, moved: 1 });
  });

  test('two schemes: both references are stated and sameScheme is false', () => {
    const renamed: Evaluation = {
      ...nanzhou2024,
      scheme: { ...nanzhou2024.scheme, version: '2024' },
    };
    const across = compareEvaluations(nanzhou2023, renamed);
    expect([across.sameScheme, across.before.scheme.version, across.after.scheme.version]).toEqual([
      false,
      '2023',
      '2024',
    ]);
    expect(rowsOf(across)).toEqual(rowsOf(comparison));
  });

  test('a project scheme against a department scheme: only the ids both use match', () => {
    const project = scoredDataFile('examples/project-2024.json');
    const across = compareEvaluations(nanzhou2023, project);
    expect(across.sameScheme).toBe(false);
    expect(across.leafCounts).toEqual({ same: 0, changed: 0, added: 9, removed: 35, moved: 1 });
    // 部门预算资金支出率 is a child of 履职效能 there and a top-level 预算执行率 here
    expect(rowsOf(across).filter((row) => !/added|removed/.test(row))).toEqual([
      '1 moved by id budget-execution-rate [name,score,ruleParameters] w 0 s -0.46 r -4.60',
      '1 moved by id outputs [name,weight,score] w 30 s 29.60 r -0.80',
      '2 changed by id outputs/数量指标 [weight,score] w 7 s 7.00 r 0.00',
      '2 changed by id outputs/质量指标 [weight,score] w 8 s 8.00 r 0.00',
      '1 moved by id benefits [name,weight,score] w 10 s 5.50 r -15.00',
      '2 changed by id benefits/社会效益指标 [weight,score] w -1 s -2.50 r -10.00',
      '2 changed by id benefits/生态效益指标 [weight,score] w 1 s 1.00 r 0.00',
    ]);
    expect([across.before.total, across.after.total, across.totalChange]).toEqual([
      '91.46',
      '94.60',
      '3.14',
    ]);
  });
});

/** An evaluation of a small tree of manual leaves, each awarded the score given. */
function manualEvaluation(
  nodes: readonly IndicatorNode[],
  scores: Readonly<Record<string, string>>,
): Evaluation {
  const fullMarks = nodes.reduce((sum, node) => sum.plus(node.weight), decimal(0));
  const scheme = defineScheme({
    id: 'small',
    version: '1',
    title: '小方案',
    fullMarks,
    grades: [{ grade: '-', min: 0 }],
    indicators: nodes,
  });
  const inputs = Object.fromEntries(
    Object.entries(scores).map(([id, score]) => [id, { score: decimal(score), reason: '测试' }]),
  );
  const result = evaluate(scheme, inputs);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message.en).join('\n'));
  return result.value;
}

const manual = (id: string, name: string, weight: number) => leaf(id, name, weight, manualRule());

describe('compareEvaluations: where rows go', () => {
  test('a removed first child comes first; a removed category keeps its removed children below it', () => {
    const before = manualEvaluation(
      [
        category('a', '甲', 6, [manual('a1', '甲一', 2), manual('a2', '甲二', 4)]),
        category('gone', '旧类', 4, [manual('g1', '旧一', 1), manual('g2', '旧二', 3)]),
      ],
      { a1: '1', a2: '4', g1: '1', g2: '3' },
    );
    const after = manualEvaluation(
      [
        category('a', '甲', 7, [manual('a2', '甲二', 4), manual('g2', '旧二', 3)]),
        category('new', '新类', 3, [manual('n1', '新一', 3)]),
      ],
      { a2: '3', g2: '3', n1: '2' },
    );
    expect(rowsOf(compareEvaluations(before, after))).toEqual([
      '1 changed by id a [weight,score] w 1 s 1.00 r 2.38',
      '2 removed a1 [] w – s – r –',
      '2 changed by id a2 [score] w 0 s -1.00 r -25.00',
      // g2 moved out of the removed category, which keeps only g1
      '2 moved by id g2 [] w 0 s 0.00 r 0.00',
      '1 removed gone [] w – s – r –',
      '2 removed g1 [] w – s – r –',
      '1 added new [] w – s – r –',
      '2 added n1 [] w – s – r –',
    ]);
  });

  test('a leaf moved to the top level, and one from it; reordering alone is no move', () => {
    const before = manualEvaluation(
      [
        manual('top', '顶层', 2),
        category('c', '类', 4, [manual('x', '甲', 1), manual('y', '乙', 3)]),
      ],
      { top: '2', x: '1', y: '3' },
    );
    const after = manualEvaluation(
      [
        manual('x', '甲', 1),
        category('c', '类', 5, [manual('y', '乙', 3), manual('top', '顶层', 2)]),
      ],
      { top: '2', x: '1', y: '3' },
    );
    expect(rowsOf(compareEvaluations(before, after))).toEqual([
      '1 moved by id x [] w 0 s 0.00 r 0.00',
      '1 changed by id c [weight,score] w 1 s 1.00 r 0.00',
      '2 same by id y [] w 0 s 0.00 r 0.00',
      '2 moved by id top [] w 0 s 0.00 r 0.00',
    ]);
  });

  test('a name matches only when it is unique on both sides, and never across category and leaf', () => {
    const before = manualEvaluation(
      [
        category('c', '类', 4, [
          manual('p', '同名', 1),
          manual('q', '同名', 1),
          manual('r', '唯一', 2),
        ]),
      ],
      { p: '1', q: '1', r: '2' },
    );
    const after = manualEvaluation(
      [
        category('c', '类', 4, [
          manual('p2', '同名', 2),
          manual('r2', '唯　一', 1),
          manual('s', '类', 1),
        ]),
      ],
      { p2: '2', r2: '1', s: '1' },
    );
    expect(rowsOf(compareEvaluations(before, after))).toEqual([
      '1 same by id c [] w 0 s 0.00 r 0.00',
      '2 removed p [] w – s – r –',
      '2 removed q [] w – s – r –',
      '2 added p2 [] w – s – r –',
      // the full-width space folds to a space, which is removed
      '2 changed by name r2 (was r) [name,weight,score] w -1 s -1.00 r 0.00',
      '2 added s [] w – s – r –',
    ]);
  });

  test('a leaf left out as 不适用 one year: applicability and score change, no score change value', () => {
    const tree = [category('c', '类', 4, [manual('p', '甲', 2), manual('q', '乙', 2)])];
    const before = manualEvaluation(tree, { p: '2', q: '1' });
    const scheme = defineScheme({
      id: 'small',
      version: '1',
      title: '小方案',
      fullMarks: 4,
      grades: [{ grade: '-', min: 0 }],
      indicators: tree,
    });
    const result = evaluate(scheme, {
      p: { score: decimal('2') },
      q: { notApplicable: true, reason: '本年无此业务' },
    });
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message.en).join('\n'));
    const comparison = compareEvaluations(before, result.value);
    expect(rowsOf(comparison)).toEqual([
      '1 changed by id c [score] w 0 s -1.00 r 25.00',
      '2 same by id p [] w 0 s 0.00 r 0.00',
      '2 changed by id q [score,applicability] w 0 s – r –',
    ]);
    // the law holds on the raw totals; the 2024 total is rescaled (2 of 2 applicable → 4)
    expect([comparison.rawTotalChange, comparison.totalChange]).toEqual(['-1.00', '1.00']);
  });

  test('a rule kind change and a rule parameter change are told apart', () => {
    const nodes = nanzhou2024.indicators;
    const [performance] = nodes;
    if (performance?.type !== 'category') throw new Error('unreachable');
    const withRules = (kind: string, target: string): Evaluation => ({
      ...nanzhou2024,
      indicators: nodes.map((node) =>
        node.id !== 'performance'
          ? node
          : {
              ...performance,
              children: performance.children.map((child) =>
                child.type === 'leaf' && child.id === 'budget-execution-rate'
                  ? { ...child, rule: { kind, target } }
                  : child,
              ),
            },
      ),
    });
    const kinds = compareEvaluations(withRules('ratio', '1'), withRules('equal', '1'));
    const parameters = compareEvaluations(withRules('ratio', '1'), withRules('ratio', '2'));
    const budget = (comparison: EvaluationComparison) =>
      comparison.indicators.find((row) => row.after?.id === 'budget-execution-rate');
    expect([
      budget(kinds)?.changes,
      budget(kinds)?.before?.ruleKind,
      budget(kinds)?.after?.ruleKind,
    ]).toEqual([['ruleKind'], 'ratio', 'equal']);
    expect(budget(parameters)?.changes).toEqual(['ruleParameters']);
  });
});

describe('compareEvaluations refuses what is not an evaluation', () => {
  test('a number, a bad option, a score that is not a plain decimal', () => {
    expect(() => compareEvaluations(5 as never, nanzhou2023)).toThrow(/evaluation/);
    expect(() =>
      compareEvaluations(nanzhou2023, nanzhou2023, { matchByName: 'yes' as never }),
    ).toThrow(/matchByName/);
    expect(() => compareEvaluations(nanzhou2023, { ...nanzhou2023, total: '96%' })).toThrow(
      /total/,
    );
  });
});
