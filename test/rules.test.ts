import { describe, expect, test } from 'vitest';
import {
  bandsRule,
  bandsRuleKind,
  createEngine,
  decimal,
  defineScheme,
  equalRule,
  failure,
  createIssue,
  leaf,
  levelRule,
  nationalLevelRule,
  ratioRule,
  success,
  thresholdRule,
  validateScheme,
  type Rule,
  type RuleKind,
} from '../src/index.js';

const context = { weight: decimal(10), rounding: { scale: 2, mode: 'half-up' } as const, path: ['inputs', 'x'] };

function schemeWith(rule: Rule, weight = '10') {
  return defineScheme({ id: 'r', version: '1', title: 'r', fullMarks: weight, grades: [{ grade: '-', min: 0 }], indicators: [leaf('x', 'x', weight, rule)] });
}

describe('rule parameters are validated', () => {
  test('bands must be contiguous: gaps and overlaps are issues', () => {
    const gap = bandsRule({ bands: [{ to: ['60%', false], points: 0 }, { from: ['70%', true], points: 10 }] });
    const overlap = bandsRule({ bands: [{ to: ['60%', true], points: 0 }, { from: ['60%', true], points: 10 }] });
    for (const rule of [gap, overlap]) {
      expect(validateScheme(schemeWith(rule)).map((found) => `${found.code} ${found.path.join('.')}`)).toEqual(['bands_not_contiguous indicators.0.rule.bands.1.from']);
    }
    const above = bandsRule({ bands: [{ points: 11 }] });
    expect(validateScheme(schemeWith(above)).map((found) => found.code)).toEqual(['invalid_rule_parameter']);
  });

  test('a band edge belongs to exactly one band, as declared', () => {
    const rule = bandsRule({ bands: [{ to: ['90%', false], points: 4 }, { from: ['90%', true], points: 5 }] });
    const atEdge = bandsRuleKind.evaluate(rule, { actual: decimal('90%') }, context);
    const below = bandsRuleKind.evaluate(rule, { actual: decimal('89.99%') }, context);
    expect([atEdge.ok && atEdge.value.score.toString(), below.ok && below.value.score.toString()]).toEqual(['5', '4']);
    const bounded = bandsRule({ bands: [{ from: ['0', true], to: ['1', true], points: 5 }] });
    const outside = bandsRuleKind.evaluate(bounded, { actual: decimal('1.5') }, context);
    expect(outside.ok ? '' : outside.issues[0]?.code).toBe('value_outside_bands');
  });

  test('national qualitative bands: 达成 [8, 10], 部分达成 [6, 8), 未达成 [0, 6)', () => {
    const rule = nationalLevelRule();
    const engine = createEngine();
    const kind = engine.ruleKind('level');
    if (kind === undefined) throw new Error('level kind');
    const score = (level: string, value: string) => kind.evaluate(rule, { level, score: decimal(value), reason: '评价人判断' }, context);
    expect(score('achieved', '8').ok).toBe(true);
    expect(score('partly-achieved', '8').ok).toBe(false);
    expect(score('部分达成年度指标并具有一定效果', '7.99').ok).toBe(true);
    const low = score('not-achieved', '6');
    expect(low.ok ? '' : low.issues[0]?.expected).toBe('[0, 6)');
    expect(validateScheme(schemeWith(levelRule([{ id: 'a', name: { zh: 'a' }, fraction: '1.5' }]))).map((found) => found.code)).toEqual(['invalid_rule_parameter']);
  });

  test('equal with a zero target: 0 → full, anything above → 0; positive target scores as 正向', () => {
    const engine = createEngine();
    const run = (actual: string, target?: string) => engine.evaluate(schemeWith(equalRule(target === undefined ? {} : { target })), { x: { actual: decimal(actual), ...(target === undefined ? { target: decimal('0') } : {}) } });
    const scoreOf = (result: ReturnType<typeof run>) => (result.ok ? result.value.total : result.issues[0]?.code);
    expect([scoreOf(run('0')), scoreOf(run('1')), scoreOf(run('9', '10')), scoreOf(run('12', '10'))]).toEqual(['10.00', '0.00', '9.00', '10.00']);
  });

  test('over-achievement at ≥120% of target is flagged for review; the threshold is configurable', () => {
    const flagged = createEngine().evaluate(schemeWith(ratioRule()), { x: { actual: decimal('2,520'), target: decimal('2,100') } });
    const justUnder = createEngine().evaluate(schemeWith(ratioRule()), { x: { actual: decimal('2,502.22'), target: decimal('2,100') } });
    const stricter = createEngine().evaluate(schemeWith(ratioRule({ reviewAbove: '1.1' })), { x: { actual: decimal('2,502.22'), target: decimal('2,100') } });
    const codes = (result: typeof flagged) => (result.ok && result.value.indicators[0]?.type === 'leaf' ? result.value.indicators[0].findings.map((found) => found.code) : ['failed']);
    expect([codes(flagged), codes(justUnder), codes(stricter)]).toEqual([['over_achievement_review'], [], ['over_achievement_review']]);
  });

  test('rounding the rate before multiplying is a declared option: 99.56% × 10 = 9.956 → 9.96', () => {
    const result = createEngine().evaluate(schemeWith(ratioRule({ roundRateTo: 4 })), { x: { actual: decimal('23033.06'), target: decimal('23135.18') } });
    const node = result.ok ? result.value.indicators[0] : undefined;
    expect(node?.type === 'leaf' ? [node.score, node.trace.map((each) => each.result.value)] : []).toEqual(['9.96', ['0.9955859431394093324538646338606399431515', '0.9956', '9.956', '9.96']]);
  });

  test('a yes/no threshold reads an answer and awards the declared lower score when it fails', () => {
    const engine = createEngine();
    const rule = thresholdRule({ comparison: 'yes', otherwise: 1 });
    const totals = [true, false].map((answer) => {
      const result = engine.evaluate(schemeWith(rule), { x: { answer } });
      return result.ok ? result.value.total : 'failed';
    });
    expect(totals).toEqual(['10.00', '1.00']);
  });
});

interface SquareRule {
  readonly kind: 'square';
}

describe('custom rule kinds', () => {
  const squareKind: RuleKind<SquareRule> = {
    kind: 'square',
    inputFields: ['actual'],
    directionOf: () => 'increasing',
    validateRule: () => [],
    evaluate(_rule, input, ruleContext) {
      if (input.actual === undefined) return failure([createIssue('missing_input_field', [...ruleContext.path, 'actual'], { zh: '缺少 actual', en: 'actual is missing' })]);
      const fraction = input.actual.greaterThan(1) ? decimal(1) : input.actual.times(input.actual);
      const score = ruleContext.weight.times(fraction);
      return success({ score, trace: [], findings: [] });
    },
  };

  test('a kind added through createEngine scores alongside the built-in ones, with no global registry', () => {
    const engine = createEngine({ ruleKinds: [squareKind] });
    const scheme = defineScheme<Rule | SquareRule>({
      id: 'c',
      version: '1',
      title: 'c',
      fullMarks: 20,
      grades: [{ grade: '-', min: 0 }],
      indicators: [leaf('a', 'a', 10, { kind: 'square' }), leaf('b', 'b', 10, ratioRule())],
    });
    const result = engine.evaluate(scheme, { a: { actual: decimal('0.5') }, b: { actual: decimal(1), target: decimal(2) } });
    expect(result.ok ? result.value.total : result.issues).toBe('7.50');
    expect(createEngine().validateScheme(scheme as never).map((found) => found.code)).toEqual(['unknown_rule_kind']);
  });

  test('an evaluator that returns a score above the weight is caught', () => {
    const broken: RuleKind<SquareRule> = { ...squareKind, evaluate: (_rule, _input, ruleContext) => success({ score: ruleContext.weight.plus(1), trace: [], findings: [] }) };
    const engine = createEngine({ ruleKinds: [broken] });
    const scheme = defineScheme<Rule | SquareRule>({ id: 'c', version: '1', title: 'c', fullMarks: 10, grades: [{ grade: '-', min: 0 }], indicators: [leaf('a', 'a', 10, { kind: 'square' })] });
    const result = engine.evaluate(scheme, { a: { actual: decimal(1) } });
    expect(result.ok ? '' : result.issues[0]?.code).toBe('rule_score_out_of_bounds');
    expect(() => createEngine({ ruleKinds: [{ ...squareKind, kind: 'ratio' } as never] })).toThrow(/Duplicate rule kind: ratio/);
  });
});
