/** A JSON value, as rules and inputs appear in results (decimals as strings). */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
