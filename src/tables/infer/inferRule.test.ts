import { describe, expect, test } from 'vitest';
import { JixiaoDecimal } from '../../decimal/JixiaoDecimal.js';
import { readCellValue } from '../scoreTable/readCellValue.js';
import type { RowValues } from '../scoreTable/ScoreTable.js';
import type { ColumnRole } from '../vocabulary.js';
import { inferNumericRule, inferRule, readRowActual, readRowTarget } from './inferRule.js';

/** A row's values from cell texts by role, read as the score-table reader reads cells. */
function row(cells: Partial<Record<ColumnRole, string>>): RowValues {
  return Object.fromEntries(
    Object.entries(cells).map(([role, text], index) => [
      role,
      readCellValue({ text, location: { kind: 'text', line: 1, column: index + 1 } }),
    ]),
  );
}

const decimal = (value: string) => new JixiaoDecimal(value);

/** A target as plain data: comparison, target, percent, unit, written. */
const targetOf = (values: RowValues) => {
  const target = readRowTarget(values);
  return target === undefined
    ? undefined
    : [
        target.comparison,
        target.target.toString(),
        target.percent,
        target.unit ?? '-',
        target.written,
      ];
};

describe('readRowTarget: the written target as a number', () => {
  test('≥95%, ≤90万元, =1个, a bare 100% (to reach), ≥2000人', () => {
    expect(targetOf(row({ target: '≥95%' }))).toEqual(['>=', '0.95', true, '-', '≥95%']);
    expect(targetOf(row({ target: '≤90万元' }))).toEqual(['<=', '90', false, '万元', '≤90万元']);
    expect(targetOf(row({ target: '=1个' }))).toEqual(['=', '1', false, '个', '=1个']);
    expect(targetOf(row({ target: '100%' }))).toEqual(['>=', '1', true, '-', '100%']);
    expect(targetOf(row({ target: '≥2000人' }))).toEqual(['>=', '2000', false, '人', '≥2000人']);
  });

  test('comparison words: 不低于, 不高于, 不超过, >=, 以上, 以内; full-width forms', () => {
    expect(targetOf(row({ target: '不低于95%' }))?.slice(0, 3)).toEqual(['>=', '0.95', true]);
    expect(targetOf(row({ target: '不高于90万元' }))?.slice(0, 2)).toEqual(['<=', '90']);
    expect(targetOf(row({ target: '不超过2%' }))?.slice(0, 3)).toEqual(['<=', '0.02', true]);
    expect(targetOf(row({ target: '>=2000人' }))?.slice(0, 2)).toEqual(['>=', '2000']);
    expect(targetOf(row({ target: '95%以上' }))?.slice(0, 3)).toEqual(['>=', '0.95', true]);
    expect(targetOf(row({ target: '90万元以内' }))?.slice(0, 2)).toEqual(['<=', '90']);
    expect(targetOf(row({ target: '≥９５％' }))?.slice(0, 3)).toEqual(['>=', '0.95', true]);
  });

  test('指标性质 and 度量单位 cells: ≥ | 500 | 人 and ≥ | 95 | %', () => {
    expect(targetOf(row({ nature: '≥', target: '500', unit: '人' }))).toEqual([
      '>=',
      '500',
      false,
      '人',
      '≥500',
    ]);
    expect(targetOf(row({ nature: '≥', target: '95', unit: '%' }))).toEqual([
      '>=',
      '0.95',
      true,
      '-',
      '≥95%',
    ]);
    expect(targetOf(row({ nature: '定量指标', target: '≤2', unit: '%' }))).toEqual([
      '<=',
      '0.02',
      true,
      '-',
      '≤2%',
    ]);
  });

  test('no number, a hedge, or a date: undefined', () => {
    expect(readRowTarget(row({ target: '明显提升' }))).toBeUndefined();
    expect(readRowTarget(row({ target: '' }))).toBeUndefined();
    expect(readRowTarget(row({}))).toBeUndefined();
    expect(readRowTarget(row({ target: '10个左右' }))).toBeUndefined();
    expect(readRowTarget(row({ target: '≥95%以上' }))).toBeUndefined();
    expect(readRowTarget(row({ target: '10月底前' }))).toBeUndefined();
    expect(readRowTarget(row({ target: '2024年12月31日' }))).toBeUndefined();
  });
});

describe('readRowActual: the actual in the target unit', () => {
  const actualOf = (values: RowValues) => {
    const target = readRowTarget(values);
    if (target === undefined) return undefined;
    const actual = readRowActual(values, target);
    return actual === undefined
      ? undefined
      : [actual.value.toString(), actual.target.toString(), actual.percent];
  };

  test('93% and a bare 93 beside ≥95%, 93 under a % unit column, 85万元 against ≤90万元', () => {
    expect(actualOf(row({ target: '≥95%', actual: '93%' }))).toEqual(['0.93', '0.95', true]);
    expect(actualOf(row({ target: '≥95%', actual: '93' }))).toEqual(['0.93', '0.95', true]);
    expect(actualOf(row({ nature: '≥', target: '95', unit: '%', actual: '93' }))).toEqual([
      '0.93',
      '0.95',
      true,
    ]);
    expect(actualOf(row({ target: '≤90万元', actual: '85万元' }))).toEqual(['85', '90', false]);
    expect(actualOf(row({ target: '≥2000人', actual: '1,880人' }))).toEqual([
      '1880',
      '2000',
      false,
    ]);
  });

  test('a target in points against an actual in %: 95 and 93% both read as fractions', () => {
    expect(actualOf(row({ target: '95', actual: '93%' }))).toEqual(['0.93', '0.95', true]);
  });

  test('a different unit, a date, or a word: undefined', () => {
    expect(actualOf(row({ target: '≥2000人', actual: '1880人次' }))).toBeUndefined();
    expect(actualOf(row({ target: '≥2000人', actual: '基本完成' }))).toBeUndefined();
    expect(actualOf(row({ target: '≥2000人', actual: '' }))).toBeUndefined();
  });
});

describe('inferNumericRule: the national formula and its exact score', () => {
  const exact = (values: RowValues, weight: string) => {
    const rule = inferNumericRule(values, decimal(weight));
    return rule === undefined ? undefined : [rule.kind, rule.exact.toString()];
  };

  test('ratio capped at the weight, reverse to 0 at twice the target, = 0', () => {
    expect(exact(row({ target: '≥2000人', actual: '1880人' }), '20')).toEqual(['ratio', '18.8']);
    expect(exact(row({ target: '≥95%', actual: '100%' }), '10')).toEqual(['ratio', '10']);
    expect(exact(row({ target: '≤90万元', actual: '85万元' }), '10')).toEqual(['reverse', '10']);
    expect(exact(row({ target: '≤90万元', actual: '99万元' }), '10')).toEqual(['reverse', '9']);
    expect(exact(row({ target: '≤90万元', actual: '200万元' }), '10')).toEqual(['reverse', '0']);
    expect(exact(row({ target: '=0起', actual: '0起' }), '5')).toEqual(['equal', '5']);
    expect(exact(row({ target: '=0起', actual: '1起' }), '5')).toEqual(['equal', '0']);
  });

  test('the assumption in both languages', () => {
    expect(
      inferNumericRule(row({ target: '≤90万元', actual: '85万元' }), decimal('10'))?.assumption,
    ).toEqual({
      zh: '由年度指标值「≤90万元」推断为反向指标（超出指标值按比例扣分，2 倍指标值得 0 分）',
      en: 'inferred from the written target "≤90万元" as a "less is better" indicator (proportional deduction above the target, 0 at twice the target)',
    });
  });

  test('a target of 0 with ≥ or ≤ gives no rule', () => {
    expect(inferNumericRule(row({ target: '≥0人', actual: '5人' }), decimal('5'))).toBeUndefined();
    expect(inferNumericRule(row({ target: '≤0%', actual: '0%' }), decimal('5'))).toBeUndefined();
  });
});

describe('inferRule (the import) calls the same parsing', () => {
  test('≥95% with 93% at 25, rounded at 2 places: 24.47, ratio with reviewAbove false', () => {
    const inferred = inferRule(row({ target: '≥95%', actual: '93%' }), decimal('25'), 2);
    expect([inferred?.rule, inferred?.input, inferred?.score?.toString()]).toEqual([
      { kind: 'ratio', target: '0.95', reviewAbove: false },
      { actual: '0.93' },
      '24.47',
    ]);
  });

  test('不低于95% now reads as ≥95% in the import too', () => {
    expect(
      inferRule(row({ target: '不低于95%', actual: '93%' }), decimal('25'), 2)?.score?.toString(),
    ).toBe('24.47');
  });

  test('a level word keeps the level rule; a deadline with 达成 is a level row, not a number', () => {
    const level = inferRule(
      row({ target: '明显提升', actual: '达成', score: '18' }),
      decimal('20'),
      2,
    );
    expect(level?.input).toEqual({ level: 'achieved', score: '18' });
    const deadline = inferRule(
      row({ target: '10月底前', actual: '达成', score: '10' }),
      decimal('10'),
      2,
    );
    expect(deadline?.input).toEqual({ level: 'achieved', score: '10' });
    expect(
      inferRule(row({ target: '10月底前', actual: '11月中旬', score: '8' }), decimal('10'), 2),
    ).toBeUndefined();
  });
});
