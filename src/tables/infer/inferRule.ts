import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { roundDecimal } from '../../decimal/roundDecimal.js';
import type { BilingualMessage } from '../../issues/Issue.js';
import { parseWrittenTarget } from '../../presets/parseWrittenTarget.js';
import { compactText } from '../scoreTable/readCellValue.js';
import type { CellValue, NumberValue, RowValues } from '../scoreTable/ScoreTable.js';
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

/** The comparison of a numeric target, as {@link parseWrittenTarget} gives it. */
export type NumericComparison = '>=' | '>' | '=' | '<=' | '<';

/** A row's written target read as a number: `≥95%` → `>=`, 0.95, percent. */
export interface RowTarget {
  readonly comparison: NumericComparison;
  /** The target value; a fraction when `percent` (95% → 0.95). */
  readonly target: Dec;
  readonly percent: boolean;
  /** The unit written after the number (`人`, `万元`), when not `%`. */
  readonly unit?: string;
  /** The target as it was read, with the comparison (`≥95%`, `≥500人` from three cells). */
  readonly written: string;
}

/** The national formula a numeric target picks. */
export type NumericRuleKind = 'ratio' | 'equal' | 'reverse';

/**
 * The numeric rule of one row, inferred from its written target and actual value, with the
 * exact score it gives (before rounding).
 */
export interface NumericRule {
  readonly kind: NumericRuleKind;
  readonly comparison: NumericComparison;
  /** Target and actual, both fractions when `percent`. */
  readonly target: Dec;
  readonly actual: Dec;
  readonly percent: boolean;
  /** The target as read (`≥95%`). */
  readonly written: string;
  readonly weight: Dec;
  /** The score the rule gives, exactly. */
  readonly exact: Dec;
  /** What was assumed, in words. */
  readonly assumption: BilingualMessage;
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

/** Comparison symbols {@link parseWrittenTarget} reads, as a 指标性质 cell may hold them. */
const symbols: readonly string[] = ['≥', '≤', '>=', '<=', '>', '<', '=', '＝', '≧', '≦'];

/** Words written before a number for a comparison (`不低于95%`), longest first. */
const leadingWords: readonly (readonly [string, string])[] = [
  ['大于或等于', '≥'],
  ['小于或等于', '≤'],
  ['大于等于', '≥'],
  ['小于等于', '≤'],
  ['不低于', '≥'],
  ['不少于', '≥'],
  ['不小于', '≥'],
  ['不高于', '≤'],
  ['不超过', '≤'],
  ['不多于', '≤'],
  ['不大于', '≤'],
];

/** Words written after a number and its unit for a comparison (`95%以上`, `90万元以内`). */
const trailingWords: readonly (readonly [string, string])[] = [
  ['及以上', '≥'],
  ['以上', '≥'],
  ['以内', '≤'],
  ['以下', '≤'],
];

/** A comparison word or symbol as the symbol parseWrittenTarget reads, or '' for none. */
function comparatorOf(text: string): string {
  if (symbols.includes(text)) return text;
  return leadingWords.find(([word]) => word === text)?.[1] ?? '';
}

/**
 * A written target with its comparison words turned into the symbols parseWrittenTarget reads:
 * `不低于95%` → `≥95%`, `90万元以内` → `≤90万元`. Other text is returned compacted.
 */
function symbolicTarget(text: string): string {
  const compact = compactText(text);
  for (const [word, symbol] of leadingWords)
    if (compact.startsWith(word)) return `${symbol}${compact.slice(word.length)}`;
  const leads = symbols.some((symbol) => compact.startsWith(symbol));
  if (leads) return compact;
  for (const [word, symbol] of trailingWords)
    if (compact.endsWith(word) && compact.length > word.length)
      return `${symbol}${compact.slice(0, -word.length)}`;
  return compact;
}

/** Whether a unit is a date or a deadline (`月底前`, `日前`, `月中旬`): no numeric target. */
function isDeadline(unit: string): boolean {
  return (
    ['前', '后', '底', '初', '旬'].some((end) => unit.endsWith(end)) ||
    (unit.includes('月') && !unit.includes('个月'))
  );
}

/** The unit column's text (`%`, `人`), NFKC-folded. */
const unitOf = (values: RowValues): string => compactText(textOf(values.unit));

/**
 * Reads a row's written target as a number: the target cell with the comparison of a 指标性质
 * cell and the unit of a 度量单位 cell (`≥ | 500 | 人`), comparison words turned into symbols
 * (`不低于95%`, `90万元以内`), then read by parseWrittenTarget. A target without a number, one
 * parseWrittenTarget cannot read, or a date (`10月底前`) is undefined.
 *
 * @param values - the row's cells by column role
 * @returns the comparison, target, whether it is a percentage, its unit and its written form
 *
 * @example
 * readRowTarget(row /* 年度指标值 ≥95% *\/); // → { comparison: '>=', target: 0.95, percent: true, written: '≥95%' }
 */
export function readRowTarget(values: RowValues): RowTarget | undefined {
  const cell = values.target;
  const comparator = comparatorOf(compactText(textOf(values.nature)));
  const unit = unitOf(values);
  // A number cell's written form keeps its `%` (`100%`); a `%` unit column adds one below.
  const body = cell?.kind === 'number' ? cell.written : symbolicTarget(textOf(cell));
  const leads = symbols.some((symbol) => body.startsWith(symbol));
  const written = `${leads ? '' : comparator}${body}${unit === '%' && !body.endsWith('%') ? '%' : ''}`;
  if (!/\d/.test(written)) return undefined;
  const read = parseWrittenTarget(written);
  if (!read.ok || read.value.target === undefined) return undefined;
  const { comparison } = read.value;
  if (comparison === 'qualitative') return undefined;
  const percent = read.value.unit === '%';
  const named = percent ? undefined : (read.value.unit ?? (unit === '' ? undefined : unit));
  if (named !== undefined && isDeadline(named)) return undefined;
  return {
    comparison,
    target: read.value.target,
    percent,
    ...(named === undefined ? {} : { unit: named }),
    written,
  };
}

/** A number written with its unit (`20个`, `93%`), read as parseWrittenTarget reads a bare value. */
function numberWithUnit(
  text: string,
): { readonly value: Dec; readonly percent: boolean; readonly unit?: string } | undefined {
  if (text === '' || !/^\d/.test(text.normalize('NFKC'))) return undefined;
  const read = parseWrittenTarget(text);
  if (!read.ok || read.value.target === undefined) return undefined;
  const percent = read.value.unit === '%';
  return {
    value: read.value.target,
    percent,
    ...(percent || read.value.unit === undefined ? {} : { unit: read.value.unit }),
  };
}

/**
 * Reads a row's actual value against its target: as a fraction when the target is a percentage
 * (`93%`, or a bare `93` beside `≥95%` or under a `%` unit column), else as written. An actual
 * whose unit differs from the target's (`11月中旬` against `10月底前`) is undefined.
 *
 * @param values - the row's cells by column role
 * @param target - the row's target, from {@link readRowTarget}
 * @returns the actual value in the target's unit, and whether the target is now a percentage
 *
 * @example
 * readRowActual(row /* 实际完成值 93 under 度量单位 % *\/, target)?.value.toString(); // → "0.93"
 */
export function readRowActual(
  values: RowValues,
  target: RowTarget,
): { readonly value: Dec; readonly target: Dec; readonly percent: boolean } | undefined {
  const cell = numberOf(values.actual);
  const actual =
    cell === undefined
      ? numberWithUnit(textOf(values.actual))
      : { value: cell.value, percent: cell.percent, unit: undefined };
  if (actual === undefined) return undefined;
  if (actual.unit !== undefined && target.unit !== undefined && actual.unit !== target.unit)
    return undefined;
  if (actual.unit !== undefined && isDeadline(actual.unit)) return undefined;
  if (target.percent && !actual.percent) {
    // `93` under a `%` unit column or beside `≥95%`: the table writes points.
    const points = unitOf(values) === '%' || actual.value.greaterThan(one);
    return {
      value: points ? actual.value.dividedBy(100) : actual.value,
      target: target.target,
      percent: true,
    };
  }
  if (!target.percent && actual.percent) {
    // `95` against `93%`: a target above 1 is written in points.
    const points = target.target.greaterThan(one);
    return {
      value: actual.value,
      target: points ? target.target.dividedBy(100) : target.target,
      percent: true,
    };
  }
  return { value: actual.value, target: target.target, percent: target.percent };
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

const kinds: Readonly<
  Record<
    NumericComparison,
    { readonly kind: NumericRuleKind; readonly zh: string; readonly en: string }
  >
> = {
  '>=': {
    kind: 'ratio',
    zh: '正向指标（完成值 ÷ 指标值 × 分值，满分封顶）',
    en: 'a "more is better" indicator (actual ÷ target × weight, capped at the weight)',
  },
  '>': {
    kind: 'ratio',
    zh: '正向指标（完成值 ÷ 指标值 × 分值，满分封顶）',
    en: 'a "more is better" indicator (actual ÷ target × weight, capped at the weight)',
  },
  '=': {
    kind: 'equal',
    zh: '等于指标（指标值为 0 时完成值 ≤ 0 得满分，否则按正向）',
    en: 'an "equal to" indicator (full marks for an actual ≤ 0 when the target is 0, else as "more is better")',
  },
  '<=': {
    kind: 'reverse',
    zh: '反向指标（超出指标值按比例扣分，2 倍指标值得 0 分）',
    en: 'a "less is better" indicator (proportional deduction above the target, 0 at twice the target)',
  },
  '<': {
    kind: 'reverse',
    zh: '反向指标（超出指标值按比例扣分，2 倍指标值得 0 分）',
    en: 'a "less is better" indicator (proportional deduction above the target, 0 at twice the target)',
  },
};

/**
 * Infers the numeric rule of one indicator row from its written target and actual value: `≥`
 * and `>` pick the 正向 ratio (capped at the weight), `=` the 等于 rule, `≤` and `<` the 反向
 * rule. A row without a readable numeric target or actual gives undefined.
 *
 * @param values - the row's cells by column role
 * @param weight - the row's weight
 * @returns the rule, its numbers and exact score, and the assumption in words, or undefined
 *
 * @example
 * inferNumericRule(row /* ≥2000人, 1880人 *\/, decimal(20))?.exact.toString(); // → "18.8"
 */
export function inferNumericRule(values: RowValues, weight: Dec): NumericRule | undefined {
  const target = readRowTarget(values);
  if (target === undefined) return undefined;
  const actual = readRowActual(values, target);
  if (actual === undefined) return undefined;
  const exact = formulaScore(target.comparison, actual.value, actual.target, weight);
  if (exact === undefined) return undefined;
  const kind = kinds[target.comparison];
  const shown = textOf(values.target);
  return {
    kind: kind.kind,
    comparison: target.comparison,
    target: actual.target,
    actual: actual.value,
    percent: actual.percent,
    written: target.written,
    weight,
    exact,
    assumption: {
      zh: `由年度指标值「${shown}」推断为${kind.zh}`,
      en: `inferred from the written target "${shown}" as ${kind.en}`,
    },
  };
}

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
  if (readRowTarget(values) !== undefined) {
    const numeric = inferNumericRule(values, weight);
    if (numeric === undefined) return undefined;
    const rule: Record<string, unknown> = { kind: numeric.kind, target: written(numeric.target) };
    if (numeric.kind !== 'reverse') rule.reviewAbove = false;
    return {
      rule,
      input: { actual: written(numeric.actual) },
      assumption: numeric.assumption.zh,
      score: roundDecimal(numeric.exact, { scale, mode: 'half-up' }),
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
