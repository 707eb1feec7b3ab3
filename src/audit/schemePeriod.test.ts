import { describe, expect, test } from 'vitest';
import { auditText } from './auditText.js';

const period = { reference: 'national-project@2020', from: 2020 };

/** The scheme_period check of a text audited against the period, as `verdict claimed`. */
function periodOf(text: string): string | undefined {
  const audit = auditText(text, { period });
  if (!audit.ok) throw new Error(JSON.stringify(audit.issues));
  const check = audit.value.checks.find((each) => each.code === 'scheme_period');
  return check === undefined ? undefined : `${check.verdict} ${check.claimed}`;
}

describe('the report year against the scheme period', () => {
  test('a year before the period on the first line is a finding', () => {
    expect(periodOf('2019年度项目支出绩效自评报告\n自评得分为95分。')).toBe('inconsistent 2019');
  });

  test('a 年 in the first four characters of a line does not hide the year after it', () => {
    expect(periodOf('评价年度：2019年\n自评得分为95分。')).toBe('inconsistent 2019');
    expect(periodOf('年度：2024年\n自评得分为95分。')).toBe('consistent 2024');
  });

  test('no year in the opening lines, no check', () => {
    expect(periodOf('自评得分为95分。')).toBeUndefined();
  });
});
