import { escapeControls } from '../evaluation/escapeControls.js';

/**
 * A cell a spreadsheet would read as a formula: one that starts with a tab or a carriage return,
 * or whose first character after any leading white space (ASCII or full-width) and quote marks
 * is `=`, `+`, `-`, `@` or their full-width forms `＝ ＋ － ＠`.
 */
const formulaStart = /^(?:[\t\r]|[\s"']*[=+\-@\uff1d\uff0b\uff0d\uff20])/u;
/**
 * A plain negative decimal, as jixiao writes scores, weights and deltas, optionally a percentage:
 * a minus sign, digits, optionally a point and more digits, optionally `%`, nothing else. A
 * spreadsheet reads it as a number, never as a formula.
 */
const plainNegativeDecimal = /^-\d+(?:\.\d+)?%?$/;

/**
 * Writes one CSV field (RFC 4180) so that no spreadsheet runs it as a formula (OWASP's advice for
 * CSV injection): a cell that a spreadsheet would read as a formula (see `formulaStart`: `=1+1`,
 * `+cmd|' /C calc'!A0`, `-2+3`, `@SUM(…)`, a leading tab or carriage return, any of them behind
 * leading spaces or quotes) is prefixed with a single quote `'` and quoted; a cell that is
 * exactly a plain negative decimal (`-1.5`, `-0.25%`) stays a number. Controls that would act
 * (ESC, bidirectional overrides, NUL) are shown as `\u{…}` escapes; tab, CR and LF are kept, a
 * line break inside a quoted field as RFC 4180 allows. Fields with `"`, `,`, CR or LF are quoted,
 * their quotes doubled.
 *
 * @param text - the cell's text
 * @returns the field as written in the CSV
 *
 * @example
 * csvField('=1+1'); // → "\"'=1+1\""
 * csvField('-1.5'); // → "-1.5"
 * @internal
 */
export function csvField(text: string): string {
  const shown = escapeControls(text);
  const neutralised =
    formulaStart.test(shown) && !plainNegativeDecimal.test(shown) ? `'${shown}` : shown;
  return neutralised !== shown || /[",\r\n]/.test(neutralised)
    ? `"${neutralised.replaceAll('"', '""')}"`
    : neutralised;
}
