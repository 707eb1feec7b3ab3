import type { Dec } from '../../decimal/JixiaoDecimal.js';
import type { BilingualMessage } from '../../issues/Issue.js';
import { visibleText } from '../../issues/visibleText.js';
import type { CellLocation } from '../CellGrid.js';
import type { CellValue, NumberValue } from '../scoreTable/ScoreTable.js';
import {
  agreesAtPrinted,
  differenceText,
  plain,
  shownAt,
  type Printed,
} from './printedPrecision.js';
import type { SeenValue, TableCheck, TableVerdict } from './TableCheck.js';

/** What a check is about: its code, subject and path, the rule, and what it read. */
export interface CheckSubject {
  readonly code: string;
  readonly subject: string;
  readonly path: readonly string[];
  readonly rule: BilingualMessage;
  readonly values: readonly SeenValue[];
}

/** A value the check saw: its role, its text as written, and its cell. */
export function seen(role: string, value: CellValue | undefined): readonly SeenValue[] {
  if (value === undefined || value.kind === 'empty') {
    return value?.cell === undefined ? [] : [{ role, written: '', location: value.cell.location }];
  }
  return [{ role, written: value.cell.text.trim(), location: value.cell.location }];
}

const locationsOf = (values: readonly SeenValue[]): readonly CellLocation[] =>
  values.flatMap((value) => (value.location === undefined ? [] : [value.location]));

const quoted = (subject: string): BilingualMessage => {
  const name = visibleText(subject);
  return { zh: `「${name}」`, en: `"${name}"` };
};

/**
 * A check that a printed number equals what the rule gives, at the printed precision.
 *
 * @param subject - the check's code, subject, rule and the values it read
 * @param what - what the claimed number is (`得分` / `score`)
 * @param claimed - the printed number
 * @param exact - what the rule gives, exactly
 * @param arithmetic - the rule with the numbers, without its result (`min(67.20 ÷ 80.00, 100%) × 10`)
 * @returns the check
 */
export function equalityCheck(
  subject: CheckSubject,
  what: BilingualMessage,
  claimed: Printed & { readonly written: string },
  exact: Dec,
  arithmetic: string,
): TableCheck {
  const shown = shownAt(exact, claimed);
  const consistent = agreesAtPrinted(claimed, exact);
  const difference = consistent ? '0' : differenceText(claimed.value.minus(exact), claimed);
  const said = visibleText(claimed.written);
  const name = quoted(subject.subject);
  const full = `${arithmetic} = ${plain(exact, claimed.percent)}`;
  return {
    code: subject.code,
    verdict: consistent ? 'consistent' : 'inconsistent',
    subject: subject.subject,
    path: subject.path,
    values: subject.values,
    rule: subject.rule,
    arithmetic: full,
    claimed: claimed.written,
    expected: shown.text,
    difference,
    message: consistent
      ? {
          zh: `${name.zh}${what.zh} ${said} 与 ${full} 一致`,
          en: `${name.en}: ${what.en} ${said} agrees with ${full}`,
        }
      : {
          zh: `${name.zh}${what.zh}为 ${said}，但 ${full}（相差 ${difference}）`,
          en: `${name.en}: ${what.en} is ${said}, but ${full} (off by ${difference})`,
        },
    sources: locationsOf(subject.values),
  };
}

/**
 * A check with a verdict decided by the caller (a bound, a band, a missing score), and the
 * message's clauses for each outcome.
 *
 * @param subject - the check's code, subject, rule and the values it read
 * @param verdict - the outcome
 * @param arithmetic - the rule with the numbers (`0 ≤ 11 ≤ 15`)
 * @param says - what the message says after the subject's name
 * @returns the check
 */
export function verdictCheck(
  subject: CheckSubject,
  verdict: TableVerdict,
  arithmetic: string,
  says: BilingualMessage,
): TableCheck {
  const name = quoted(subject.subject);
  return {
    code: subject.code,
    verdict,
    subject: subject.subject,
    path: subject.path,
    values: subject.values,
    rule: subject.rule,
    arithmetic,
    message: { zh: `${name.zh}${says.zh}`, en: `${name.en}: ${says.en}` },
    sources: locationsOf(subject.values),
  };
}

/** The printed form of a number cell, for {@link equalityCheck}. */
export const printedOf = (value: NumberValue): Printed & { readonly written: string } => ({
  value: value.value,
  places: value.places,
  percent: value.percent,
  written: value.cell.text.trim(),
});
