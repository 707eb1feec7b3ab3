/**
 * Controls that would act instead of print (C0 and C1 controls such as ESC and DEL, vertical tab
 * and form feed) and the bidirectional overrides, isolates and marks that reorder what a reader
 * sees. Tab, line feed and carriage return are left to the caller: a one-line output folds them,
 * a CSV field keeps them.
 */
const acting =
  // eslint-disable-next-line no-control-regex -- the controls are what the pattern finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const escape = (char: string): string =>
  `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`;

/**
 * Shows the controls of a text that would act on a terminal, an editor or a spreadsheet (ANSI
 * escapes, bidirectional overrides, NUL, DEL, C1 controls) as `\u{…}` escapes, keeping tab, line
 * feed and carriage return as they are. For one-line outputs use `lineText`, which also folds
 * line breaks.
 *
 * @param text - the text as the input wrote it
 * @returns the text with its acting controls shown as escapes
 *
 * @example
 * escapeControls('\u001b[31m红\n字'); // → "\\u{001B}[31m红\n字"
 * @internal
 */
export function escapeControls(text: string): string {
  return text.replace(acting, escape);
}
