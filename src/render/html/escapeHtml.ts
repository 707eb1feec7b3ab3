/**
 * Characters a page should not carry as they are: C0 controls other than tab, line feed and
 * carriage return, DEL and the C1 controls (HTML's parser reports them as errors and some
 * browsers drop or remap them), U+FFFE/U+FFFF, and UTF-16 halves without their other half (which
 * no UTF-8 file can hold).
 */
const notHtml =
  // eslint-disable-next-line no-control-regex -- the control characters are what is matched
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * Text written into an HTML or SVG page, in an element or a quoted attribute: `& < > " '`
 * written as character references and each character a page should not carry replaced by
 * U+FFFD, so that a hostile name (`<script>`, a quote that ends an attribute, a control
 * character) shows as text and never adds an element or an attribute.
 *
 * @param text - any string
 * @returns the text, safe inside an element or a quoted attribute value
 *
 * @example
 * escapeHtml('A&B <script>"1"</script>\u0007'); // → 'A&amp;B &lt;script&gt;&quot;1&quot;&lt;/script&gt;\uFFFD'
 * @internal
 */
export function escapeHtml(text: string): string {
  return text
    .replace(notHtml, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
