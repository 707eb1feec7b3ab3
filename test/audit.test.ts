import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decimal, evaluate, type Evaluation, type NodeResult, type Scheme } from '../src/index.js';
import { gzDepartmentOverall2023 } from '../src/presets.js';
import {
  auditEvaluation,
  checkClaims,
  extractClaims,
  renderReport,
  type AuditCheck,
  type ClaimedSheet,
} from '../src/audit.js';
import { parseDataFile } from '../src/json.js';
import { inputsArbitrary } from '../src/testing.js';

const reportPath = new URL(
  '../../shared/reports/nanzhou-2023-self-evaluation.txt',
  import.meta.url,
);
const haveReport = existsSync(reportPath);
if (!haveReport) {
  console.warn(
    '\n⚠ The shared copy of the Nanzhou report (../shared/reports/nanzhou-2023-self-evaluation.txt) is not here: the reference-report audit cases are SKIPPED. The same checks still run on generated report text.\n',
  );
}
const referenceText = haveReport ? readFileSync(reportPath, 'utf8') : '';

const data = (() => {
  const parsed = parseDataFile(
    JSON.parse(readFileSync(new URL('../examples/nanzhou-2023.json', import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
})();
const evaluation: Evaluation = (() => {
  const result = evaluate(data.scheme, data.inputs);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
})();
const generatedText = renderReport(evaluation, { department: '南洲街道办事处' });
const skeleton = gzDepartmentOverall2023.skeleton();

/** The claims a report's text gives, the read having succeeded. */
function read(text: string, scheme: Scheme): ClaimedSheet {
  const result = extractClaims(text, { scheme });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const brief = (checks: readonly AuditCheck[]) =>
  checks.map((check) => [
    check.code,
    check.path.join('/'),
    check.claimed,
    check.recomputed,
    check.difference,
  ]);

describe('the reference report (read from the shared copy)', () => {
  test.skipIf(!haveReport)(
    'every claim is recovered with its line, and nothing is inconsistent',
    () => {
      const claims = read(referenceText, skeleton);
      expect([
        claims.total[0]?.value,
        claims.total[0]?.source?.line,
        claims.fullMarks[0]?.value,
        claims.fullMarks[0]?.source?.line,
      ]).toEqual(['91.46', 347, '100', 345]);
      // The report states no 一级 subtotals: they are derived from its 二级 sentences.
      expect([
        claims.nodes['performance']?.score[0]?.value,
        claims.nodes['performance']?.score[0]?.derived?.from.map((source) => source.line),
      ]).toEqual(['49.96', [353, 597, 775]]);
      expect([
        claims.nodes['management']?.score[0]?.value,
        claims.nodes['management']?.score[0]?.derived?.from.map((source) => source.line),
      ]).toEqual(['41.5', [781, 834, 873, 914, 986, 1079, 1176]]);
      const second = [
        'outputs',
        'benefits',
        'budget-execution-rate',
        'budgeting',
        'budget-execution',
        'disclosure',
        'performance-management',
        'procurement',
        'assets',
        'running-costs',
      ];
      expect(
        second.map((id) => [
          id,
          claims.nodes[id]?.weight[0]?.value,
          claims.nodes[id]?.score[0]?.value,
          claims.nodes[id]?.scoreRate[0]?.value,
          claims.nodes[id]?.score[0]?.source?.line,
        ]),
      ).toEqual([
        ['outputs', '20', '20', '100%', 353],
        ['benefits', '20', '20', '100%', 597],
        ['budget-execution-rate', '10', '9.96', '99.60%', 775],
        ['budgeting', '3', '3', '100%', 781],
        ['budget-execution', '4', '4', '100%', 834],
        ['disclosure', '4', '4', '100%', 873],
        ['performance-management', '15', '9', '60%', 914],
        ['procurement', '10', '10', '100%', 986],
        ['assets', '10', '7.5', '75%', 1079],
        ['running-costs', '4', '4', '100%', 1176],
      ]);
      const management = skeleton.indicators[1];
      const thirds =
        management?.type === 'category'
          ? management.children.flatMap((child) =>
              child.type === 'category' ? child.children.map((leaf) => leaf.id) : [],
            )
          : [];
      expect(thirds).toHaveLength(23);
      for (const id of thirds)
        expect([
          id,
          claims.nodes[id]?.score[0]?.source?.line !== undefined,
          claims.nodes[id]?.weight[0] !== undefined,
        ]).toEqual([id, true, true]);
      expect(
        ['rules-execution', 'asset-compliance', 'asset-inventory'].map((id) => [
          claims.nodes[id]?.score[0]?.value,
          claims.nodes[id]?.score[0]?.source?.line,
        ]),
      ).toEqual([
        ['6', 974],
        ['0.5', 1142],
        ['0', 1128],
      ]);
      expect(
        claims.budget.map((budget) => [
          budget.budget.value,
          budget.executed.value,
          budget.rate?.value,
          budget.rate?.source?.line,
        ]),
      ).toEqual([
        ['23,135.18', '23,033.06', '99.56%', 134],
        ['23,135.18', '23,033.06', '99.56%', 777],
      ]);
      expect(
        claims.threePublic.map((spending) => [
          spending.actual.value,
          spending.decrease.value,
          spending.rate.value,
        ]),
      ).toEqual([['27.90', '0.64', '2.24%']]);
      expect(claims.unplaced).toEqual([]);

      const report = checkClaims(skeleton, claims);
      expect(report.findings).toEqual([]);
      expect(report.consistent).toBe(true);
      const shown = report.checks.filter(
        (check) => check.code === 'execution_rate' || check.code === 'budget_score',
      );
      expect(brief(shown)).toEqual([
        ['execution_rate', 'performance/budget-execution-rate', '99.56%', '99.56%', '0%'],
        ['budget_score', 'performance/budget-execution-rate', '9.96', '9.96', '0'],
        ['execution_rate', 'performance/budget-execution-rate', '99.56%', '99.56%', '0%'],
        ['budget_score', 'performance/budget-execution-rate', '9.96', '9.96', '0'],
      ]);
      expect(shown[1]?.check.zh).toBe('10 × 23,033.06 ÷ 23,135.18 = 9.96');
      // 90 checks of the claims, and 3 more since every occurrence is kept: the budget sentence,
      // stated twice (lines 134 and 777), agrees with itself in each of its three numbers.
      expect(report.checks.length).toBe(93);
      expect(
        report.checks
          .filter((check) => check.code === 'conflicting_claims')
          .map((check) => [
            ...(brief([check])[0] ?? []),
            check.source?.line,
            check.related?.map((source) => source.line),
          ]),
      ).toEqual([
        [
          'conflicting_claims',
          'performance/budget-execution-rate',
          '23,135.18',
          '23,135.18',
          '0',
          775,
          [134],
        ],
        [
          'conflicting_claims',
          'performance/budget-execution-rate',
          '23,033.06',
          '23,033.06',
          '0',
          777,
          [134],
        ],
        [
          'conflicting_claims',
          'performance/budget-execution-rate',
          '99.56%',
          '99.56%',
          '0%',
          777,
          [134],
        ],
      ]);
    },
  );

  test.skipIf(!haveReport)('its claims agree with the recomputation from the Nanzhou data', () => {
    const report = auditEvaluation(evaluation, read(referenceText, data.scheme));
    expect([report.findings, report.checks.length > 60]).toEqual([[], true]);
  });
});

/** Replaces the first line after `after` that contains `from`. */
function alter(text: string, after: RegExp, from: string, to: string): string {
  const lines = text.split('\n');
  const anchor = lines.findIndex((line) => after.test(line));
  const index = lines.findIndex((line, at) => at >= anchor && line.includes(from));
  if (anchor < 0 || index < 0) throw new Error(`cannot alter ${String(after)} / ${from}`);
  lines[index] = (lines[index] ?? '').replace(from, to);
  return lines.join('\n');
}

const alterations = {
  reference: {
    contract: (text: string) => alter(text, /^订时效性$/, '3 3', '3 2.5'),
    total: (text: string) => alter(text, /整体绩效自评得分/, '91.46', '91.64'),
    budgetScore: (text: string) => alter(text, /^分9\.96分/, '9.96', '9.95'),
    rate: (text: string) => alter(text, /^4\.绩效管理/, '60%', '65%'),
    executed: (text: string) => alter(text, /执行数 23,033\.06/, '23,033.06', '23,133.06'),
  },
  generated: {
    contract: (text: string) => alter(text, /采购合同签订时效性/, '3 3', '3 2.5'),
    total: (text: string) => alter(text, /整体绩效自评得分/, '91.46', '91.64'),
    budgetScore: (text: string) => alter(text, /部门预算资金支出率。/, '9.96', '9.95'),
    rate: (text: string) => alter(text, /4\.绩效管理/, '60%', '65%'),
    executed: (text: string) => alter(text, /执行数 23,033\.06/, '23,033.06', '23,133.06'),
  },
};

for (const [label, text, edits, available] of [
  ['the reference report', referenceText, alterations.reference, haveReport],
  ['report text generated from the evaluation', generatedText, alterations.generated, true],
] as const) {
  describe(`altered ${label}: each alteration gives its exact finding`, () => {
    const findings = (altered: string, scheme = skeleton) =>
      brief(checkClaims(scheme, read(altered, scheme)).findings);

    test.skipIf(!available)('unaltered, nothing is inconsistent', () => {
      expect(findings(text)).toEqual([]);
    });

    test.skipIf(!available)('采购合同签订时效性 3 → 2.5 while 采购管理 still says 10', () => {
      expect(findings(edits.contract(text))).toEqual([
        ['children_sum', 'management/procurement', '10', '9.5', '0.5'],
      ]);
    });

    test.skipIf(!available)('the total 91.46 → 91.64', () => {
      expect(findings(edits.total(text))).toEqual([['total_sum', '', '91.64', '91.46', '0.18']]);
    });

    test.skipIf(!available)('the budget score 9.96 → 9.95', () => {
      expect(findings(edits.budgetScore(text))).toEqual([
        ['score_rate', 'performance/budget-execution-rate', '99.60%', '99.50%', '0.1%'],
        ['total_sum', '', '91.46', '91.45', '0.01'],
        ['budget_score', 'performance/budget-execution-rate', '9.95', '9.96', '-0.01'],
        ...(label === 'the reference report'
          ? [['budget_score', 'performance/budget-execution-rate', '9.95', '9.96', '-0.01']]
          : []),
      ]);
    });

    test.skipIf(!available)('a 得分率 60% → 65%', () => {
      expect(findings(edits.rate(text))).toEqual([
        ['score_rate', 'management/performance-management', '65%', '60%', '5%'],
      ]);
    });

    test.skipIf(!available)(
      'an executed amount changed so the stated 99.56% no longer holds',
      () => {
        const altered = edits.executed(text);
        const report = checkClaims(skeleton, read(altered, skeleton));
        expect(brief(report.findings)).toEqual([
          ['execution_rate', 'performance/budget-execution-rate', '99.56%', '99.99%', '-0.43%'],
          ['budget_score', 'performance/budget-execution-rate', '9.96', '10.00', '-0.04'],
          // The reference report states the budget sentence twice: the altered one now
          // contradicts the other.
          ...(label === 'the reference report'
            ? [
                [
                  'conflicting_claims',
                  'performance/budget-execution-rate',
                  '23,133.06',
                  '23,033.06',
                  '100',
                ],
              ]
            : []),
        ]);
        expect(report.findings[0]?.message.zh).toBe(
          '「完成预算的比例」声称 99.56%，但执行数 ÷ 全年预算数为 99.99%（相差 -0.43%）',
        );
        expect(
          report.findings.map((finding) => finding.source?.text.includes('23,133.06')),
        ).toEqual(label === 'the reference report' ? [true, true, true] : [true, true]);
      },
    );
  });
}

describe('renderReport and extractClaims', () => {
  test('under a scheme that forbids 不适用, each row scored — is a finding', () => {
    const rescaled = { ...data.scheme, notApplicable: 'rescale' as const };
    const leftOut = { notApplicable: true, reason: '本年度不适用' };
    const result = evaluate(rescaled, { ...data.inputs, 'performance-rules': leftOut });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const forbidding = { ...data.scheme, notApplicable: 'forbid' as const };
    const report = checkClaims(forbidding, read(renderReport(result.value), forbidding));
    expect(
      report.findings
        .filter((check) => check.code === 'forbidden_not_applicable')
        .map((check) => [check.path.at(-1), check.claimed, check.recomputed]),
    ).toEqual([['performance-rules', '—', '5']]);
  });

  test('under a scheme that awards 不适用 in full, a row scored — counts its weight', () => {
    const scheme = { ...data.scheme, notApplicable: 'full' as const };
    const leftOut = { notApplicable: true, reason: '本年度不适用' };
    const result = evaluate(scheme, {
      ...data.inputs,
      'performance-disclosure': leftOut,
      'performance-rules': leftOut,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const text = renderReport(result.value);
    expect(text).toContain('绩效信息公开情况 2 2 按满分计：本年度不适用。');
    // The same report with those rows scored — as other templates write them.
    const dashed = text.replace(/ (\d+) \1 按满分计/gu, ' $1 — 按满分计');
    expect(dashed).toContain('绩效信息公开情况 2 — 按满分计');
    for (const written of [text, dashed])
      expect(brief(checkClaims(scheme, read(written, scheme)).findings)).toEqual([]);
    const sums = checkClaims(scheme, read(dashed, scheme)).checks.filter(
      (check) => check.code === 'children_sum' && check.check.zh.includes('2'),
    );
    expect(sums.length).toBeGreaterThan(0);
  });

  test('leaves left out as 不适用: 得分率 over what applies, the total rescaled, a wrong one found', () => {
    const leftOut = { notApplicable: true, reason: '本年度不适用' };
    const result = evaluate(data.scheme, {
      ...data.inputs,
      'social-organisation-capacity': leftOut,
      'performance-disclosure': leftOut,
      'performance-rules': leftOut,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect([result.value.rawTotal, result.value.total]).toEqual(['85.46', '96.02']);
    const text = renderReport(result.value);
    const claims = read(text, data.scheme);
    const report = checkClaims(data.scheme, claims);
    expect(report.findings).toEqual([]);
    const total = report.checks.find((check) => check.code === 'total_sum');
    expect([total?.verdict, total?.check.zh]).toEqual([
      'consistent',
      '(45.96 + 39.5) × 100 ÷ (100 − 11)',
    ]);
    const altered = read(text.replaceAll('96.02', '85.46'), data.scheme);
    expect(brief(checkClaims(data.scheme, altered).findings)).toContainEqual([
      'total_sum',
      '',
      '85.46',
      '96.02',
      '-10.56',
    ]);
  });

  test('the generated report reads back as the evaluation’s own numbers, for generated inputs', () => {
    fc.assert(
      fc.property(inputsArbitrary(data.scheme, { notApplicable: false }), (inputs) => {
        const result = evaluate(data.scheme, inputs);
        if (!result.ok) throw new Error(JSON.stringify(result.issues));
        const claims = read(renderReport(result.value), data.scheme);
        expect(claims.total[0]?.value).toBe(result.value.total.replace(/\.?0+$/, ''));
        const visit = (node: (typeof result.value.indicators)[number]): void => {
          const claimed = claims.nodes[node.id]?.score[0];
          expect([
            node.id,
            claimed === undefined || node.score === null
              ? null
              : decimal(claimed.value).equals(decimal(node.score)),
          ]).toEqual([node.id, true]);
          if (node.type === 'category') node.children.forEach(visit);
        };
        result.value.indicators.forEach(visit);
        expect(claims.unplaced).toEqual([]);
        expect(brief(checkClaims(data.scheme, claims).findings)).toEqual([]);
        expect(brief(auditEvaluation(result.value, claims).findings)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  test('a leaf left out as 不适用 says so, and why, instead of a score of —', () => {
    fc.assert(
      fc.property(inputsArbitrary(data.scheme), (inputs) => {
        const result = evaluate(data.scheme, inputs);
        if (!result.ok) throw new Error(JSON.stringify(result.issues));
        const text = renderReport(result.value);
        expect(text).not.toContain('本次自评得分 — 分');
        // Each leaf left out: its table row, or its own sentence saying why it has no score.
        const leftOut = (nodes: readonly NodeResult[]): NodeResult[] =>
          nodes.flatMap((node) =>
            node.type === 'category' ? leftOut(node.children) : node.score === null ? [node] : [],
          );
        for (const node of leftOut(result.value.indicators)) {
          const name = node.name.zh;
          expect([
            `${name} ${node.weight} — 不计入总分并按满分折算：本年度不适用`,
            `${name}。该项指标分值 ${node.weight} 分，本年度不适用（本年度不适用），不计入总分，总分按满分折算。`,
          ]).toContainEqual(expect.toSatisfy((line: string) => text.includes(line)));
        }
        const claims = read(text, data.scheme);
        // The report's rows scored — are read as the leaves left out, and nothing else is.
        const marked = (nodes: readonly NodeResult[]): string[] =>
          nodes.flatMap((node) =>
            (claims.nodes[node.id]?.notApplicable ?? []).length > 0
              ? [node.id]
              : node.type === 'category'
                ? marked(node.children)
                : [],
          );
        const highest = (nodes: readonly NodeResult[]): string[] =>
          nodes.flatMap((node) =>
            node.score === null
              ? node.type === 'category' &&
                marked([node]).length > 0 &&
                !marked([node]).includes(node.id)
                ? marked([node])
                : [node.id]
              : node.type === 'category'
                ? highest(node.children)
                : [],
          );
        expect(marked(result.value.indicators)).toEqual(highest(result.value.indicators));
        // From the scheme alone (`jixiao audit REPORT`): 得分率 over the weight that applies, the
        // total rescaled; and with the data, every claim is the evaluation's.
        expect(brief(checkClaims(data.scheme, claims).findings)).toEqual([]);
        expect(brief(auditEvaluation(result.value, claims).findings)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
