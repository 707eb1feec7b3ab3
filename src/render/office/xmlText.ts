/**
 * Characters XML 1.0 cannot hold at all, even escaped: C0 controls other than tab, line feed and
 * carriage return, U+FFFE/U+FFFF, and UTF-16 halves without their other half.
 */
const notXml =
  // eslint-disable-next-line no-control-regex -- the control characters are what is matched
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * Text written into an XML part (a cell, a paragraph, an attribute value): `& < > " '` escaped,
 * and each character XML cannot hold replaced by U+FFFD, so that a hostile name never makes a
 * file Excel, WPS or Word refuses to open.
 *
 * @param text - any string
 * @returns the text, safe inside an element or a quoted attribute
 *
 * @example
 * xmlText('A&B <"1">\u0007'); // → 'A&amp;B &lt;&quot;1&quot;&gt;\uFFFD'
 */
export function xmlText(text: string): string {
  return text
    .replace(notXml, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
