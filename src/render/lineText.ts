/** Every line break a terminal, an editor or a Markdown reader honours. */
// eslint-disable-next-line no-control-regex -- the breaks are what the pattern finds
const lineBreaks = /(?:\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029])+/gu;

/**
 * Controls that would act instead of print (C0 and C1 controls such as ESC, DEL) and the
 * bidirectional overrides and isolates that reorder what a reader sees.
 */
const acting =
  // eslint-disable-next-line no-control-regex -- the controls are what the pattern finds
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const escape = (char: string): string =>
  `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`;

/**
 * A text from the input made safe to print on one line of a human-readable output (a table
 * cell, a report sentence, a message's quote): line breaks fold into one space, so no input
 * can start a line of its own (a forged `总分` row), and controls that would act on a terminal
 * (ANSI escapes, bidirectional overrides) are shown as `\u{…}` escapes. Tabs become spaces.
 *
 * @param text - the text as the input wrote it
 * @returns one printable line
 *
 * @example
 * lineText('部分完成\n总分 100'); // → "部分完成 总分 100"
 * lineText('\u001b[31m红'); // → "\\u{001B}[31m红"
 */
export function lineText(text: string): string {
  return text.replace(lineBreaks, ' ').replace(/\t/g, ' ').replace(acting, escape);
}
