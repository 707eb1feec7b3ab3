import { isRecord } from '../issues/isRecord.js';
import { invalidArgument } from '../issues/invalidArgument.js';

/**
 * The options object an untyped caller passed: `{}` when none was given, the object as given,
 * and an `invalid_argument` error for anything else (`null`, a number, an array).
 *
 * @param value - the options argument as passed
 * @returns the options, whose fields the caller still checks
 * @throws JixiaoError with an `invalid_argument` issue when it is not an object
 *
 * @example
 * requireOptions(undefined); // → {}
 * requireOptions(null); // throws: 参数「options」应为选项对象，收到的是空值（null）
 * @internal
 */
export function requireOptions(value: unknown): Readonly<Record<string, unknown>> {
  if (value === undefined) return {};
  if (isRecord(value)) return value;
  throw invalidArgument('options', { zh: '选项对象', en: 'an options object' }, value);
}
