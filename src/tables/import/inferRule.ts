import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { roundDecimal } from '../../decimal/roundDecimal.js';
import { parseWrittenTarget } from '../../presets/parseWrittenTarget.js';
import type { CellValue, NumberValue, RowValues } from '../scoreTable/index.js';
import { levelBands } from '../vocabulary.js';

/** A rule inferred for a leaf, in its data-file JSON form, with the inputs it needs. */
export interface InferredRule {
  /** The rule as a scheme file writes it (`{ kind: 'ratio', target: '0.95' }`). */
  readonly rule: Readonly<Record<string, unknown>>;
  /** The leaf's inputs (`{ actual: '0.93' }`, `{ level, score, reason }`). */
  readonly input: Readonly<Record<string, unknown>>;
  /** What was assumed, in words (zh). */
  readonly assumption: string;
  /** The score the rule gives, rounded at `scale` (absent for a manual rule without a score). */
  readonly score?: Dec;
}

const zero = new JixiaoDecimal(0);
const one = new JixiaoDecimal(1);

const numberOf = (value: CellValue | undefined): NumberValue | undefined =>
  value?.kind === 'number' ? value : undefined;

/** The text of a cell, or '' for an empty, absent or not-applicable one. */
const textOf = (value: CellValue | undefined): string =>
  value === undefined || value.kind === 'empty' || value.kind === 'notApplicable'
    ? ''
    : value.cell.text.trim();

/** The level ids of the imported level rule, in the order of {@link levelBands}. */
const levelIds = ['achieved', 'partly-achieved', 'not-achieved'] as const;

/** The level rule built from the vocabulary's bands: 达成 [80%, 100%], 部分达成 [60%, 80%), …. */
function levelRuleJson(): Readonly<Record<string, unknown>> {
  return {
    kind: 'level',
    levels: levelBands.map((band, index) => ({
      id: levelIds[index] ?? `level-${String(index + 1)}`,
      name: band.words[0] ?? levelIds[index] ?? '',
      award: {
        range: { min: band.from, max: band.to, minInclusive: true, maxInclusive: index === 0 },
      },
    })),
  };
}

/** The comparison, target and whether it is a percentage, from the target cell (and 指标性质). */
function targetOf(
  values: RowValues,
): { readonly comparison: string; readonly target: Dec; readonly percent: boolean } | undefined {
  const cell = values.target;
  const nature = textOf(values.nature);
  const comparator = ['≥', '≤', '>=', '<=', '>', '<', '=', '＝'].includes(nature) ? nature : '';
  const unit = textOf(values.unit);
  const written =
    cell?.kind === 'number'
      ? `${comparator}${cell.written}${cell.percent || unit === '%' ? '%' : ''}`
      : `${comparator}${textOf(cell)}`;
  if (!/\d/.test(written)) return undefined;
  const read = parseWrittenTarget(written);
  if (!read.ok || read.value.target === undefined) return undefined;
  const percent = read.value.unit === '%' || written.endsWith('%') || written.endsWith('％');
  return { comparison: read.value.comparison, target: read.value.target, percent };
}

/** A number written with its unit (`20个`, `93%`), read as parseWrittenTarget reads a bare value. */
function numberWithUnit(
  text: string,
): { readonly value: Dec; readonly percent: boolean } | undefined {
  if (text === '' || !/^\d/.test(text.normalize('NFKC'))) return undefined;
  const read = parseWrittenTarget(text);
  if (!read.ok || read.value.target === undefined) return undefined;
  return { value: read.value.target, percent: read.value.unit === '%' };
}

/** The actual value as a fraction when the target is a percentage, or as written. */
function actualOf(values: RowValues, percent: boolean): Dec | undefined {
  const cell = numberOf(values.actual);
  const actual =
    cell === undefined
      ? numberWithUnit(textOf(values.actual))
      : { value: cell.value, percent: cell.percent };
  if (actual === undefined) return undefined;
  if (percent && !actual.percent) {
    // `93` under a `%` unit column or beside `≥95%`: the table writes points.
    return textOf(values.unit) === '%' || actual.value.greaterThan(one)
      ? actual.value.dividedBy(100)
      : actual.value;
  }
  return actual.value;
}

/** The national formula for a numeric target: 正向 ratio, 等于, 反向 linear (0 from 2t). */
function formulaScore(comparison: string, actual: Dec, target: Dec, weight: Dec): Dec | undefined {
  if (comparison === '<=' || comparison === '<') {
    if (target.lessThanOrEqualTo(zero)) return undefined;
    if (actual.lessThanOrEqualTo(target)) return weight;
    const rate = one.minus(actual.minus(target).dividedBy(target));
    return (rate.lessThan(zero) ? zero : rate).times(weight);
  }
  if (comparison === '=' && target.isZero()) return actual.lessThanOrEqualTo(zero) ? weight : zero;
  if (target.lessThanOrEqualTo(zero)) return undefined;
  const rate = actual.dividedBy(target);
  return (rate.greaterThan(one) ? one : rate).times(weight);
}

const kinds: Readonly<Record<string, { readonly kind: string; readonly zh: string }>> = {
  '>=': { kind: 'ratio', zh: '正向指标（完成值 ÷ 指标值 × 分值，满分封顶）' },
  '>': { kind: 'ratio', zh: '正向指标（完成值 ÷ 指标值 × 分值，满分封顶）' },
  '=': { kind: 'equal', zh: '等于指标（指标值为 0 时完成值 ≤ 0 得满分，否则按正向）' },
  '<=': { kind: 'reverse', zh: '反向指标（超出指标值按比例扣分，2 倍指标值得 0 分）' },
  '<': { kind: 'reverse', zh: '反向指标（超出指标值按比例扣分，2 倍指标值得 0 分）' },
};

/** A decimal as a data file writes it: `0.95`, `2400`. */
const written = (value: Dec): string => formatDecimal(value);

/**
 * Infers the rule of one indicator row from its written target and actual value: a numeric
 * target with a numeric actual picks the national formula (`≥` 正向 ratio, `=` 等于, `≤` 反向);
 * a level word (达成 / 部分达成 / 未达成 …) picks the level bands with the table's score as the
 * evaluator's judgement. Nothing else is inferred (undefined): the caller keeps the table's
 * score as a manual judgement.
 *
 * @param values - the row's cells by column role
 * @param weight - the row's weight
 * @param scale - decimal places the table prints its scores at
 * @returns the rule, its inputs and the assumption, or undefined
 *
 * @example
 * inferRule(row /* ≥95%, 93%, 分值 25 *\/, decimal(25), 2)?.score?.toString(); // → "24.47"
 */
export function inferRule(values: RowValues, weight: Dec, scale: number): InferredRule | undefined {
  const target = targetOf(values);
  if (target !== undefined) {
    const actual = actualOf(values, target.percent);
    const kind = kinds[target.comparison];
    if (actual === undefined || kind === undefined) return undefined;
    const exact = formulaScore(target.comparison, actual, target.target, weight);
    if (exact === undefined) return undefined;
    const rule: Record<string, unknown> = { kind: kind.kind, target: written(target.target) };
    if (kind.kind !== 'reverse') rule.reviewAbove = false;
    return {
      rule,
      input: { actual: written(actual) },
      assumption: `由年度指标值「${textOf(values.target)}」推断为${kind.zh}`,
      score: roundDecimal(exact, { scale, mode: 'half-up' }),
    };
  }
  const word = textOf(values.actual);
  const band = levelBands.findIndex((each) => each.words.includes(word));
  const score = numberOf(values.score);
  if (band < 0 || score === undefined) return undefined;
  const bounds = levelBands[band];
  if (bounds === undefined || weight.isZero()) return undefined;
  const fraction = score.value.dividedBy(weight);
  const inside =
    fraction.greaterThanOrEqualTo(bounds.from) &&
    (band === 0 ? fraction.lessThanOrEqualTo(bounds.to) : fraction.lessThan(bounds.to));
  if (!inside) return undefined;
  return {
    rule: levelRuleJson(),
    input: { level: levelIds[band] ?? '', score: written(score.value) },
    assumption: `由完成情况「${word}」推断为定性指标（达成 [80%, 100%]，部分达成 [60%, 80%)，未达成 [0, 60%)），表中得分作为评价人的判断`,
    score: score.value,
  };
}
