import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import type { BudgetBlock, BudgetRow, CellValue, NumberValue } from '../scoreTable/ScoreTable.js';
import type { ColumnRole } from '../vocabulary.js';
import { equalityCheck, printedOf, seen, verdictCheck } from './makeTableCheck.js';
import { agreesAtPrinted, plain, type Printed } from './printedPrecision.js';
import type { TableCheck } from './TableCheck.js';

const numberOf = (value: CellValue | undefined): NumberValue | undefined =>
  value?.kind === 'number' ? value : undefined;

const one = new JixiaoDecimal(1);
const zero = new JixiaoDecimal(0);
const amountRoles: readonly ColumnRole[] = ['initialBudget', 'budget', 'executed'];
const amountNames: Readonly<Record<string, { zh: string; en: string }>> = {
  initialBudget: { zh: '年初预算数', en: 'initial budget' },
  budget: { zh: '全年预算数', en: 'full-year budget' },
  executed: { zh: '执行数', en: 'executed' },
};

const written = (value: NumberValue): string => value.cell.text.trim();

/**
 * A printed rate as a fraction. Written with `%`, as printed; without, as percentage points
 * (`96.00` → 96.00%), or as a fraction (`0.96`) when only that reading agrees with the amounts.
 */
function printedRate(
  rate: NumberValue,
  exact: Dec | undefined,
): Printed & { readonly written: string; readonly read: 'percent' | 'points' | 'fraction' } {
  const text = written(rate);
  if (rate.percent)
    return {
      value: rate.value,
      places: rate.places,
      percent: true,
      written: text,
      read: 'percent',
    };
  const points = {
    value: rate.value.dividedBy(100),
    places: rate.places,
    percent: true,
    written: text,
    read: 'points' as const,
  };
  const fraction = {
    value: rate.value,
    places: rate.places,
    percent: false,
    written: text,
    read: 'fraction' as const,
  };
  if (exact !== undefined && !agreesAtPrinted(points, exact) && agreesAtPrinted(fraction, exact))
    return fraction;
  return points;
}

/** 执行数 ÷ 全年预算数 of a row, when both are printed and the budget is not 0. */
function rateOf(
  row: BudgetRow,
): { value: Dec; text: string; budget: NumberValue; executed: NumberValue } | undefined {
  const budget = numberOf(row.values.budget);
  const executed = numberOf(row.values.executed);
  if (budget === undefined || executed === undefined || budget.value.isZero()) return undefined;
  return {
    value: executed.value.dividedBy(budget.value),
    text: `${written(executed)} ÷ ${written(budget)}`,
    budget,
    executed,
  };
}

function executionRate(row: BudgetRow): readonly TableCheck[] {
  const rate = numberOf(row.values.rate);
  const exact = rateOf(row);
  if (rate === undefined || exact === undefined) return [];
  const printed = printedRate(rate, exact.value);
  const note =
    printed.read === 'points'
      ? { zh: '（未写 %，按百分点读）', en: ' (no %: read as percentage points)' }
      : printed.read === 'fraction'
        ? { zh: '（未写 %，按小数读）', en: ' (no %: read as a fraction)' }
        : { zh: '', en: '' };
  return [
    equalityCheck(
      {
        code: 'execution_rate',
        subject: row.label,
        path: [row.label],
        rule: {
          zh: `执行率 = 执行数 ÷ 全年预算数${note.zh}`,
          en: `rate = executed ÷ full-year budget${note.en}`,
        },
        values: [
          ...seen('executed', exact.executed),
          ...seen('budget', exact.budget),
          ...seen('rate', rate),
        ],
      },
      { zh: '执行率', en: 'the rate' },
      printed.read === 'fraction' ? printed : { ...printed, percent: true },
      exact.value,
      exact.text,
    ),
  ];
}

function budgetScore(
  row: BudgetRow,
  fromTitle: { written: string; value: Dec; cellText: string } | undefined,
  scorePlaces: number,
): readonly TableCheck[] {
  const score = numberOf(row.values.score);
  const ownWeight = numberOf(row.values.weight);
  const weight = ownWeight;
  const weightValue = weight?.value ?? (row.kind === 'total' ? fromTitle?.value : undefined);
  const weightText = weight === undefined ? fromTitle?.written : written(weight);
  if (weightValue === undefined || weightText === undefined) return [];
  if (score === undefined) {
    // 其中 rows are amounts only: a blank 得分 there is the template's, never an unscored row.
    if (row.values.score?.kind !== 'empty' || row.kind === 'part') return [];
    return [
      verdictCheck(
        {
          code: 'unscored_row',
          subject: row.label,
          path: [row.label],
          rule: { zh: '有分值的预算行应有得分', en: 'a budget row with a weight has a score' },
          values: [...seen('score', row.values.score), ...seen('weight', weight)],
        },
        'unscored',
        '得分 = —',
        { zh: '的得分单元格为空：该行未评分', en: 'its 得分 cell is empty: the row is unscored' },
      ),
    ];
  }
  const exact = rateOf(row);
  const rate = numberOf(row.values.rate);
  const printed = rate === undefined ? undefined : printedRate(rate, exact?.value);
  // The score first: a finding stands at the cell it is about.
  const values = [
    ...seen('score', score),
    ...(exact === undefined
      ? []
      : [...seen('executed', exact.executed), ...seen('budget', exact.budget)]),
    ...seen('rate', rate),
    ...(weight === undefined && fromTitle !== undefined
      ? [{ role: 'weight', written: fromTitle.cellText }]
      : seen('weight', weight)),
  ];
  const subject = {
    code: 'budget_score',
    subject: row.label,
    path: [row.label],
    rule: {
      zh: '得分 = min(执行数 ÷ 全年预算数, 100%) × 分值',
      en: 'score = min(executed ÷ full-year budget, 100%) × weight',
    },
    values,
  };
  const what = { zh: '得分', en: 'the score' };
  const fromAmounts = exact === undefined ? undefined : capAtOne(exact.value).times(weightValue);
  if (exact !== undefined && fromAmounts !== undefined) {
    const check = equalityCheck(
      subject,
      what,
      atPlaces(printedOf(score), scorePlaces),
      fromAmounts,
      `min(${exact.text}, 100%) × ${weightText}`,
    );
    if (check.verdict === 'consistent' || printed === undefined) return [check];
    // The sheet may score the printed (rounded) rate: consistent with that reading too.
    const fromPrinted = capAtOne(printed.value).times(weightValue);
    const alternative = equalityCheck(
      {
        ...subject,
        rule: {
          zh: '得分 = min(执行率, 100%) × 分值（按表中执行率）',
          en: 'score = min(printed rate, 100%) × weight',
        },
      },
      what,
      atPlaces(printedOf(score), scorePlaces),
      fromPrinted,
      `min(${printed.written}, 100%) × ${weightText}`,
    );
    return [alternative.verdict === 'consistent' ? alternative : check];
  }
  if (printed === undefined) return [];
  return [
    equalityCheck(
      {
        ...subject,
        rule: { zh: '得分 = min(执行率, 100%) × 分值', en: 'score = min(rate, 100%) × weight' },
      },
      what,
      atPlaces(printedOf(score), scorePlaces),
      capAtOne(printed.value).times(weightValue),
      `min(${printed.written}, 100%) × ${weightText}`,
    ),
  ];
}

// A rate above 100% still earns only the weight.
function capAtOne(rate: Dec): Dec {
  return rate.greaterThan(one) ? one : rate;
}

function budgetParts(block: BudgetBlock): readonly TableCheck[] {
  const total = block.total;
  if (total === undefined) return [];
  const columns = amountRoles.flatMap((role) => {
    const stated = numberOf(total.values[role]);
    const parts = block.parts.flatMap((part) => {
      const value = numberOf(part.values[role]);
      return value === undefined ? [] : [value];
    });
    return stated === undefined || parts.length === 0
      ? []
      : [{ role, stated, parts, sum: parts.reduce((sum, part) => sum.plus(part.value), zero) }];
  });
  if (columns.length === 0) return [];
  const unfilled =
    columns.every((column) => column.stated.value.isZero()) &&
    columns.some((column) => !column.sum.isZero());
  if (unfilled) {
    const sums = columns.map((column) => plain(column.sum)).join(' / ');
    const stated = columns.map((column) => written(column.stated)).join(' / ');
    return [
      verdictCheck(
        {
          code: 'budget_total_unfilled',
          subject: total.label,
          path: [total.label],
          rule: {
            zh: '总额 = Σ 其中各行（各金额列）',
            en: 'the total equals the sum of its 其中 rows (every amount column)',
          },
          values: columns.flatMap((column) => [
            ...seen(column.role, column.stated),
            ...column.parts.flatMap((part) => seen(column.role, part)),
          ]),
        },
        'inconsistent',
        `${stated} ≠ ${sums}`,
        {
          zh: `总额各列为 ${stated}，而其中各行之和为 ${sums}：总额未填写，据此算出的执行率和得分与实际支出不符`,
          en: `the total reads ${stated} while its 其中 rows sum to ${sums}: the total was never filled in, and a rate or score computed from it contradicts the money spent`,
        },
      ),
    ];
  }
  return columns.map((column) => {
    const name = amountNames[column.role] ?? { zh: column.role, en: column.role };
    return equalityCheck(
      {
        code: 'budget_parts',
        subject: `${total.label} · ${name.zh}`,
        path: [total.label],
        rule: {
          zh: `${name.zh}：总额 = Σ 其中各行`,
          en: `${name.en}: the total equals the sum of its 其中 rows`,
        },
        values: [
          ...seen(column.role, column.stated),
          ...column.parts.flatMap((part) => seen(column.role, part)),
        ],
      },
      { zh: name.zh, en: name.en },
      printedOf(column.stated),
      column.sum,
      column.parts.map(written).join(' + '),
    );
  });
}

/**
 * A printed score compared at the table's score precision when the table prints more places
 * elsewhere: a budget score written `9` in a sheet whose other scores read `48.50` stands for
 * 9.00, so 37.24 ÷ 43.2 × 10 = 8.62 disagrees with it.
 */
const atPlaces = <T extends { readonly places: number }>(printed: T, places: number): T =>
  printed.places >= places ? printed : { ...printed, places };

/**
 * The checks of the budget block: each stated 执行率 against 执行数 ÷ 全年预算数, each scored
 * row's 得分 against min(rate, 100%) × 分值 (at the table's score precision, `scorePlaces`) (the 总额 row with the block title's weight when it
 * has no 分值 cell; scored 其中 rows on their own amounts), and 总额 = Σ 其中 in every amount
 * column (a 0 总额 over non-zero parts reported once as never filled in).
 *
 * @param block - the budget block
 * @param scorePlaces - the most decimal places any score cell of the table prints
 * @returns the checks
 */
export function budgetChecks(block: BudgetBlock, scorePlaces = 0): readonly TableCheck[] {
  const rows = [...(block.total === undefined ? [] : [block.total]), ...block.parts];
  const title = block.titleWeight;
  const fromTitle =
    title === undefined
      ? undefined
      : { written: title.written, value: title.value, cellText: title.cell.text.trim() };
  return [
    ...rows.flatMap(executionRate),
    ...rows.flatMap((row) => budgetScore(row, fromTitle, scorePlaces)),
    ...budgetParts(block),
  ];
}

/** The weight of the budget block: its 总额 row's 分值 cell, or the block title's `（N分）`. */
export function budgetWeight(
  block: BudgetBlock | undefined,
): { value: Dec; written: string } | undefined {
  const stated = numberOf(block?.total?.values.weight);
  if (stated !== undefined) return { value: stated.value, written: written(stated) };
  const title = block?.titleWeight;
  return title === undefined ? undefined : { value: title.value, written: title.written };
}

/** The score of the budget block: its 总额 row's 得分 (其中 rows are sub-checks, not addends). */
export function budgetScoreOf(block: BudgetBlock | undefined): NumberValue | undefined {
  return numberOf(block?.total?.values.score);
}
