/**
 * Characters that print as nothing or move the cursor: C0 and C1 controls, DEL, zero-width and
 * bidirectional formatting characters, the byte-order mark, line and paragraph separators, and
 * the spaces other than U+0020 that look like one. A message shows them as escapes.
 */
const invisible =
  // These are the characters the pattern exists to find, combining ones included.
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- as the comment above says
  /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]|\p{Cs}/gu;

/** The escapes people recognise for the common controls; the rest are written `\u{…}`. */
const named: Readonly<Record<string, string>> = Object.freeze({
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
});

/** Latin letters, and the letters of scripts that have look-alikes of them. */
const latin = /[A-Za-z]/u;
const lookAlike = /[\p{Script=Cyrillic}\p{Script=Greek}\uff01-\uff5e]/gu;

const escape = (char: string): string =>
  named[char] ?? `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`;

/**
 * A text as a message shows it, so that what a reader sees is what the input holds: invisible
 * and control characters become escapes (`12\u{200B}`, `a\nb`), and in a text that mixes Latin
 * letters with Cyrillic, Greek or full-width forms, those look-alike letters do too (`p\u{0430}y`
 * is not `pay`). Anything else is kept as written, Chinese included.
 *
 * @param text - the text taken from the input
 * @returns the text with its invisible and look-alike characters made visible
 *
 * @example
 * visibleText('12\u200b'); // → "12\\u{200B}"
 * visibleText('预算执行率'); // → "预算执行率"
 * @internal
 */
export function visibleText(text: string): string {
  const shown = text.replace(invisible, escape);
  return latin.test(text) ? shown.replace(lookAlike, escape) : shown;
}
