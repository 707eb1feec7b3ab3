/** The JSON-ish type names a message uses for a value found where another was expected. */
export type ValueType =
  | 'undefined'
  | 'null'
  | 'boolean'
  | 'number'
  | 'bigint'
  | 'string'
  | 'symbol'
  | 'function'
  | 'array'
  | 'object';

/**
 * The type of a value as a message names it: `typeof`, with arrays and `null` told apart from
 * objects.
 *
 * @param value - any value
 * @returns its type name
 *
 * @example
 * typeOfValue([]); // → "array"
 * typeOfValue(null); // → "null"
 * @internal
 */
export function typeOfValue(value: unknown): ValueType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A type name in each language, as the messages write it. */
export const valueTypeNames: Readonly<
  Record<ValueType, { readonly zh: string; readonly en: string }>
> = Object.freeze({
  undefined: { zh: '空缺（undefined）', en: 'undefined' },
  null: { zh: '空值（null）', en: 'null' },
  boolean: { zh: '布尔值', en: 'a boolean' },
  number: { zh: '数字', en: 'a number' },
  bigint: { zh: '大整数（bigint）', en: 'a bigint' },
  string: { zh: '字符串', en: 'a string' },
  symbol: { zh: '符号（symbol）', en: 'a symbol' },
  function: { zh: '函数', en: 'a function' },
  array: { zh: '数组', en: 'an array' },
  object: { zh: '对象', en: 'an object' },
});
