// One-leaf schemes for the worked examples of a rule kind: the rule scored through the engine, as
// a scheme author would see it (rounding, trace and explanation included).
import {
  defineScheme,
  evaluate,
  leaf,
  type DecimalInput,
  type Evaluation,
  type LeafInput,
  type LeafResult,
  type Result,
  type Rule,
  type Scheme,
} from '../../src/index.js';

/** A scheme whose only indicator is the leaf `x` scored by `rule`, on full marks = its weight. */
export function oneLeafScheme(rule: Rule, weight: DecimalInput = '10'): Scheme {
  return defineScheme({
    id: 'one-leaf',
    version: '1',
    title: 'one leaf',
    fullMarks: weight,
    grades: [{ grade: '-', min: 0 }],
    indicators: [leaf('x', '指标', weight, rule)],
  });
}

/** Evaluates the one-leaf scheme of `rule` with the default engine. */
export function evaluateOneLeaf(
  rule: Rule,
  weight: DecimalInput,
  input: LeafInput,
): Result<Evaluation> {
  return evaluate(oneLeafScheme(rule, weight), { x: input });
}

/** The leaf of a one-leaf evaluation. */
export function leafOf(evaluation: Evaluation): LeafResult {
  const node = evaluation.indicators[0];
  if (node?.type !== 'leaf') throw new Error('expected a leaf');
  return node;
}

/** The scored leaf of `rule` for `input`; issues are a test failure. */
export function scoreOneLeaf(rule: Rule, weight: DecimalInput, input: LeafInput): LeafResult {
  const result = evaluateOneLeaf(rule, weight, input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return leafOf(result.value);
}
