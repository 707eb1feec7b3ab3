import { formatPercent } from '../decimal/formatPercent.js';
import { parseDecimal } from '../decimal/parseDecimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import type { LocalizedText } from '../issues/LocalizedText.js';

const percentSign = /[%％]\s*$/;

/**
 * The `percent_expected` issue for a value of a rate (`unit: 'percent'`) as it was written: a
 * value without `%` is a fraction, so one above 1 (above 100%) has almost always lost its sign.
 * Values written with `%`, fractions up to 1, and anything that is not a number get none.
 *
 * @param written - the value as it stands in the file (string or JSON number)
 * @param path - where it stands
 * @param what - what the value is, e.g. 「结转结余率」 / "carry-over rate", or 目标值 / the target
 * @returns the issue, or undefined
 *
 * @internal
 */
export function percentExpected(
  written: unknown,
  path: IssuePath,
  what: Required<LocalizedText>,
): Issue | undefined {
  if (typeof written !== 'string' && typeof written !== 'number') return undefined;
  const text = String(written).trim();
  if (percentSign.test(text)) return undefined;
  const value = parseDecimal(written);
  if (!value.ok || !value.value.greaterThan(1)) return undefined;
  const read = formatPercent(value.value, 'exact');
  return createIssue(
    'percent_expected',
    path,
    {
      zh: `${what.zh}是百分比：「${text}」会被读作 ${read}。是否应写作 ${text}%？（确为 ${read} 时请写作 ${read}）`,
      en: `${what.en} is a rate: "${text}" reads as ${read}. Did you mean ${text}%? (write ${read} if that is meant)`,
    },
    { expected: `${text}%`, received: text },
  );
}
