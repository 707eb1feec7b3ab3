import { invalidArgument } from '../issues/invalidArgument.js';
import type { Language } from '../issues/Language.js';

/**
 * The language an untyped caller asked for: `zh` when none was given, `zh` or `en` as given,
 * and an `invalid_argument` error for anything else (a renderer would otherwise crash looking up
 * its labels).
 *
 * @param value - the `lang` argument or option as passed
 * @param parameter - its name, for the error (`lang`, `options.lang`)
 * @returns the language
 * @throws JixiaoError with an `invalid_argument` issue for anything but `zh`, `en` or nothing
 *
 * @example
 * requireLanguage(undefined, 'lang'); // → "zh"
 * requireLanguage('fr', 'lang'); // throws: 参数「lang」应为语言 "zh" 或 "en"，收到的是字符串
 * @internal
 */
export function requireLanguage(value: unknown, parameter: string): Language {
  if (value === undefined || value === 'zh') return 'zh';
  if (value === 'en') return 'en';
  throw invalidArgument(
    parameter,
    { zh: '语言 "zh" 或 "en"', en: 'the language "zh" or "en"' },
    value,
  );
}
