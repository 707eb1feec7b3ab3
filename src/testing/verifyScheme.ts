import fc from 'fast-check';
import { decimal } from '../decimal/decimal.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { toJsonData } from '../decimal/toJsonData.js';
import { createEngine, type Engine } from '../evaluate/createEngine.js';
import { isRecord } from '../issues/isRecord.js';
import type { Evaluation, NodeResult } from '../evaluation/Evaluation.js';
import { parseEvaluation } from '../json/parseEvaluation.js';
import { parseScheme } from '../json/parseScheme.js';
import { schemeToJson } from '../json/schemeToJson.js';
import { isBuiltInRule } from '../rules/isBuiltInRule.js';
import type { Inputs, LeafInput } from '../rules/LeafInput.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';
import type { IndicatorNode, Scheme } from '../scheme/Scheme.js';
import { inputsArbitrary, leafInputArbitrary, type CustomInputArbitraries } from './arbitraries.js';
import { bestScoresLaw } from './bestScoresLaw.js';
import { checkRuleLaws } from './checkRuleLaws.js';
import type { LawResult, VerificationReport } from './LawResult.js';
import { LawViolation, runLaw, type RunOptions } from './lawSupport.js';
import { requireOptions, requireRunOptions } from './testingArguments.js';

const verifyOptions = {
  zh: '选项 { ruleKinds?, inputs?, numRuns?, seed? }',
  en: 'options { ruleKinds?, inputs?, numRuns?, seed? }',
};
const anInputMap = {
  zh: '对象（规则类型 → 输入生成器函数）',
  en: 'an object (rule kind → input arbitrary function)',
};

/** The scheme's `id@version` for reports, or a stand-in when what was passed has none. */
function subjectOf(scheme: unknown): string {
  if (!isRecord(scheme)) return '(not a scheme)';
  const { id, version } = scheme;
  return typeof id === 'string' && typeof version === 'string' ? `${id}@${version}` : '(scheme)';
}

/** Options of {@link verifyScheme}. */
export interface VerifySchemeOptions extends RunOptions {
  /** Custom rule kinds the scheme uses. */
  readonly ruleKinds?: readonly RuleKind<RuleBase>[];
  /** Input arbitraries for those custom kinds, keyed by `kind`. */
  readonly inputs?: CustomInputArbitraries;
}

function nodesOf(list: readonly NodeResult[]): NodeResult[] {
  return list.flatMap((node) => [
    node,
    ...(node.type === 'category' ? nodesOf(node.children) : []),
  ]);
}

function reversed<R extends RuleBase>(list: readonly IndicatorNode<R>[]): IndicatorNode<R>[] {
  return [...list]
    .reverse()
    .map((node) =>
      node.type === 'category' ? { ...node, children: reversed(node.children) } : node,
    );
}

function leavesOf<R extends RuleBase>(
  list: readonly IndicatorNode<R>[],
): {
  readonly path: readonly string[];
  readonly node: Extract<IndicatorNode<R>, { type: 'leaf' }>;
}[] {
  const out: { path: readonly string[]; node: Extract<IndicatorNode<R>, { type: 'leaf' }> }[] = [];
  const visit = (node: IndicatorNode<R>, ancestors: readonly string[]): void => {
    const path = [...ancestors, node.id];
    if (node.type === 'leaf') out.push({ path, node });
    else
      node.children.forEach((child) => {
        visit(child, path);
      });
  };
  list.forEach((node) => {
    visit(node, []);
  });
  return out;
}

/** Inputs for a built-in rule; verifyScheme only hands it rules that `isBuiltInRule` accepted. */
function builtInInput(rule: RuleBase, weight: Dec): fc.Arbitrary<LeafInput> {
  if (!isBuiltInRule(rule)) throw new Error(`unreachable: ${rule.kind} is not a built-in kind`);
  return leafInputArbitrary(rule, weight);
}

/**
 * Runs every applicable law over inputs generated for a scheme and returns a report:
 *
 * - for each distinct leaf rule, the rule laws of {@link checkRuleLaws} at that leaf's weight;
 * - `evaluates`: generated inputs (boundary values, not-applicable leaves) always score;
 * - `categories-sum`: every category is the exact sum of its children, the total of the top level
 *   (rescaled to full marks when leaves are left out), every score within its weight;
 * - `permutation`: reordering siblings changes no score;
 * - `json-round-trip`: the scheme and the evaluation read back from JSON unchanged;
 * - `grade`: the grade is the band the total falls in;
 * - `best-scores`: every leaf scored at the input `bestLeafScore` names as its best scores exactly
 *   that, the total is the sum of the bests, and it is the full marks unless `lintScheme` reports a
 *   leaf `full_marks_unreachable` (one run; skipped when a rule is of a custom kind).
 *
 * @param scheme - the scheme to verify
 * @param options - custom kinds and their input arbitraries; run count and seed
 * @returns the report; a scheme the engine refuses (of the wrong shape, or invalid) is a report
 *   whose one `valid` law failed with its issues
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes options of the
 *   wrong type (or rule kinds the engine refuses, as {@link createEngine} does)
 *
 * @example
 * const report = verifyScheme(scheme);
 * expect(report.results.filter((result) => result.status === 'failed')).toEqual([]);
 */
export function verifyScheme<R extends RuleBase>(
  scheme: Scheme<R>,
  options: VerifySchemeOptions = {},
): VerificationReport {
  requireOptions(options, 'options', verifyOptions);
  requireOptions(options.inputs, 'options.inputs', anInputMap);
  requireRunOptions(options);
  const custom = options.ruleKinds ?? [];
  // The engine is only ever given this scheme, whose rules are built-in or among `custom`.
  const engine: Engine<RuleBase> = createEngine({ ruleKinds: custom });
  const subject = subjectOf(scheme);
  const results: LawResult[] = [];
  const invalid = engine.validateScheme(scheme);
  if (invalid.length > 0) {
    return {
      passed: false,
      results: [
        {
          law: 'valid',
          subject,
          status: 'failed',
          runs: 0,
          counterexample: {
            message: invalid
              .map((found) => `${found.path.join('.')}: ${found.message.en}`)
              .join('; '),
            inputs: null,
            values: {},
          },
        },
      ],
    };
  }

  const seen = new Set<string>();
  for (const { path, node } of leavesOf(scheme.indicators)) {
    const key = JSON.stringify([toJsonData(node.rule), formatDecimal(node.weight)]);
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = engine.ruleKind(node.rule.kind);
    if (kind === undefined) continue;
    const generator =
      options.inputs?.[node.rule.kind] ?? (isBuiltInRule(node.rule) ? builtInInput : undefined);
    const leafSubject = `${subject} ${path.join('/')} (${node.rule.kind})`;
    if (generator === undefined) {
      results.push({
        law: 'rule-laws',
        subject: leafSubject,
        status: 'skipped',
        runs: 0,
        reason: `no input arbitrary for the rule kind "${node.rule.kind}"`,
      });
      continue;
    }
    results.push(
      ...checkRuleLaws(kind, {
        ...options,
        rules: node.rule,
        weights: fc.constant(node.weight),
        inputs: generator,
        subject: leafSubject,
      }),
    );
  }

  const inputs = inputsArbitrary(
    scheme,
    options.inputs === undefined ? {} : { custom: options.inputs },
  );
  const scored = (inputsValue: Inputs): Evaluation => {
    const result = engine.evaluate(scheme, inputsValue);
    if (!result.ok) {
      throw new LawViolation({
        message: `generated inputs were refused: ${result.issues.map((found) => `${found.path.join('.')} ${found.code}`).join('; ')}`,
        inputs: toJsonData(inputsValue),
        values: {},
      });
    }
    return result.value;
  };
  results.push(runLaw('evaluates', subject, inputs, (value) => void scored(value), options));

  results.push(
    runLaw(
      'categories-sum',
      subject,
      inputs,
      (value) => {
        const evaluation = scored(value);
        for (const node of nodesOf(evaluation.indicators)) {
          if (
            node.score !== null &&
            (decimal(node.score).isNegative() || decimal(node.score).greaterThan(node.weight))
          ) {
            throw new LawViolation({
              message: `"${node.name.zh}" scores ${node.score} of ${node.weight}`,
              path: node.path,
              inputs: toJsonData(value),
              values: { score: node.score, weight: node.weight },
            });
          }
          if (node.type !== 'category' || node.score === null) continue;
          const sum = node.children.reduce(
            (total, child) => (child.score === null ? total : total.plus(child.score)),
            new JixiaoDecimal(0),
          );
          if (!sum.equals(node.score)) {
            throw new LawViolation({
              message: `"${node.name.zh}" scores ${node.score}, but its children sum to ${formatDecimal(sum)}`,
              path: node.path,
              inputs: toJsonData(value),
              values: { score: node.score, childrenSum: formatDecimal(sum) },
            });
          }
        }
        const raw = evaluation.indicators.reduce(
          (total, node) => (node.score === null ? total : total.plus(node.score)),
          new JixiaoDecimal(0),
        );
        if (!raw.equals(evaluation.rawTotal)) {
          throw new LawViolation({
            message: `the raw total is ${evaluation.rawTotal}, but the top level sums to ${formatDecimal(raw)}`,
            inputs: toJsonData(value),
            values: { rawTotal: evaluation.rawTotal, sum: formatDecimal(raw) },
          });
        }
      },
      options,
    ),
  );

  results.push(
    runLaw(
      'permutation',
      subject,
      inputs,
      (value) => {
        const original = scored(value);
        const shuffled = engine.evaluate(
          { ...scheme, indicators: reversed(scheme.indicators) },
          value,
        );
        if (!shuffled.ok)
          throw new LawViolation({
            message: 'the reordered scheme was refused',
            inputs: toJsonData(value),
            values: {},
          });
        const scores = (evaluation: Evaluation) =>
          new Map(nodesOf(evaluation.indicators).map((node) => [node.id, node.score]));
        const before = scores(original);
        for (const [id, score] of scores(shuffled.value)) {
          if (before.get(id) !== score) {
            const node = nodesOf(original.indicators).find((each) => each.id === id);
            throw new LawViolation({
              message: `reordering siblings changed the score of "${id}"`,
              ...(node === undefined ? {} : { path: node.path }),
              inputs: toJsonData(value),
              values: { before: before.get(id) ?? 'null', after: score ?? 'null' },
            });
          }
        }
        if (original.total !== shuffled.value.total)
          throw new LawViolation({
            message: 'reordering siblings changed the total',
            inputs: toJsonData(value),
            values: { before: original.total, after: shuffled.value.total },
          });
      },
      options,
    ),
  );

  const readable = custom.every((kind) => kind.parseRule !== undefined);
  if (!readable)
    results.push({
      law: 'json-round-trip',
      subject,
      status: 'skipped',
      runs: 0,
      reason: 'a custom rule kind has no parseRule',
    });
  else {
    results.push(
      runLaw(
        'json-round-trip',
        subject,
        inputs,
        (value) => {
          const written: unknown = JSON.parse(JSON.stringify(schemeToJson(scheme)));
          const read = parseScheme(written, { ruleKinds: custom });
          if (!read.ok)
            throw new LawViolation({
              message: `the scheme's JSON does not read back: ${read.issues[0].message.en}`,
              inputs: toJsonData(value),
              values: {},
            });
          if (JSON.stringify(schemeToJson(read.value)) !== JSON.stringify(written))
            throw new LawViolation({
              message: 'the scheme read back from JSON differs',
              inputs: toJsonData(value),
              values: {},
            });
          const evaluation = scored(value);
          const again = parseEvaluation(JSON.parse(JSON.stringify(evaluation)));
          if (!again.ok || JSON.stringify(again.value) !== JSON.stringify(evaluation))
            throw new LawViolation({
              message: 'the evaluation read back from JSON differs',
              inputs: toJsonData(value),
              values: {},
            });
        },
        options,
      ),
    );
  }

  results.push(
    runLaw(
      'grade',
      subject,
      inputs,
      (value) => {
        const evaluation = scored(value);
        const band = scheme.grades.find((grade) =>
          decimal(evaluation.total).greaterThanOrEqualTo(grade.min),
        );
        if (band?.grade !== evaluation.grade.grade) {
          throw new LawViolation({
            message: `total ${evaluation.total} earned grade ${evaluation.grade.grade}, but falls in ${band?.grade ?? 'no band'}`,
            inputs: toJsonData(value),
            values: {
              total: evaluation.total,
              grade: evaluation.grade.grade,
              expected: band?.grade ?? '',
            },
          });
        }
      },
      options,
    ),
  );

  results.push(bestScoresLaw(scheme, engine, subject));

  return { passed: results.every((result) => result.status !== 'failed'), results };
}
