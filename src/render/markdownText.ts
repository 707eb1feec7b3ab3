import { lineText } from './lineText.js';

/** ASCII punctuation that starts Markdown syntax: escapes, emphasis, code, links, strikethrough, headings, table cells. */
const markdownSyntax = /[\\`*_[\]~#|]/g;
const htmlEntities: Readonly<Record<string, string>> = Object.freeze({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
});

/**
 * A text from the input as a Markdown table cell or heading shows it, literally: folded onto one
 * line with its terminal controls shown (see `lineText`), then `&`, `<` and `>` written as HTML
 * entities (no tag, comment or entity of the input reaches the page, and a leading `>` starts no
 * quote) and `\` `` ` `` `*` `_` `[` `]` `~` `#` `|` escaped with a backslash (no emphasis,
 * code, link, strikethrough, heading or extra column). A Markdown reader shows the text as
 * written.
 *
 * @param text - the text as the input wrote it
 * @returns the escaped Markdown text
 *
 * @example
 * markdownText('<b>甲</b>|**乙**'); // → "&lt;b&gt;甲&lt;/b&gt;\\|\\*\\*乙\\*\\*"
 * @internal
 */
export function markdownText(text: string): string {
  return lineText(text)
    .replace(markdownSyntax, '\\$&')
    .replace(/[&<>]/g, (char) => htmlEntities[char] ?? char);
}
