import { escapeControls } from './escapeControls.js';

/** Every line break a terminal, an editor or a Markdown reader honours. */
// eslint-disable-next-line no-control-regex -- the breaks are what the pattern finds
const lineBreaks = /(?:\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029])+/gu;

/**
 * A text from the input made safe to print on one line of a human-readable output (a table
 * cell, a report sentence, an explanation, a message's quote): line breaks fold into one space,
 * so no input can start a line of its own (a forged `总分` row), and controls that would act on a
 * terminal (ANSI escapes, bidirectional overrides) are shown as `\u{…}` escapes. Tabs become
 * spaces. Applying it twice gives what applying it once gives.
 *
 * It lives in the evaluation layer so that `explain` can use it; `src/render/lineText.ts`
 * re-exports it for the layers above.
 *
 * @param text - the text as the input wrote it
 * @returns one printable line
 *
 * @example
 * lineText('部分完成\n总分 100'); // → "部分完成 总分 100"
 * lineText('\u001b[31m红'); // → "\\u{001B}[31m红"
 * @internal
 */
export function lineText(text: string): string {
  return escapeControls(text.replace(lineBreaks, ' ').replace(/\t/g, ' '));
}
