/** A path into the input that an issue is about: object keys and array indexes. */
export type IssuePath = readonly (string | number)[];

/** A message in both of the library's languages. */
export interface BilingualMessage {
  readonly zh: string;
  readonly en: string;
}

/**
 * One problem with an input: what it is (a snake_case `code`), where (`path`), and a message in
 * Chinese and English. `expected` and `received` are given where they help.
 */
export interface Issue {
  readonly code: string;
  readonly path: IssuePath;
  readonly message: BilingualMessage;
  readonly expected?: string;
  readonly received?: string;
}
