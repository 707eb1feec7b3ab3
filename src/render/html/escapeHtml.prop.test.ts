import { fc, test as property } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { category, defineScheme, leaf } from '../../scheme/builders.js';
import { evaluate } from '../../evaluate/evaluate.js';
import { manualRule } from '../../rules/manual/index.js';
import { decimal } from '../../decimal/decimal.js';
import { escapeHtml } from './escapeHtml.js';
import { renderHtmlReport } from './renderHtmlReport.js';

/** Pieces of hostile text: markup, quotes, references, controls, halves of surrogate pairs. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '"',
        "'",
        '&',
        '&amp;',
        '&lt;',
        '</td></tr></table>',
        '<!--',
        ']]>',
        '<svg onload=alert(1)>',
        '\u0000',
        '\u0007',
        '\u001b[31m',
        '\u0085',
        '\uD800',
        '\uDC00',
        '\u202e',
        '得分',
        ' ',
      ),
      { maxLength: 8 },
    )
    .map((pieces) => pieces.join('')),
);

/** The inverse of the five references escapeHtml writes. */
const unescape = (text: string): string =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

/** A two-leaf evaluation whose title, names, reason and grade are the given texts. */
function hostileEvaluation(names: readonly string[]) {
  const [title = '', top = '', first = '', second = '', reason = '', grade = ''] = names;
  const scheme = defineScheme({
    id: 'hostile',
    version: '1',
    title,
    fullMarks: 10,
    grades: [{ grade: 'A', min: 0, name: { zh: grade, en: grade } }],
    indicators: [
      category('top', top, 10, [
        leaf('a', first, 5, manualRule()),
        leaf('b', second, 5, manualRule()),
      ]),
    ],
  });
  const result = evaluate(scheme, {
    a: { score: decimal(4), reason: `理由${reason}` },
    b: { score: decimal(5) },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** The page's tags and attribute names, in order: what a name could add if it were not escaped. */
const markupOf = (html: string): string[] =>
  [...html.matchAll(/<\/?([A-Za-z][\w-]*)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*\/?>/gu)].map(
    ([, tag = '', attributes = '']) =>
      `${tag} ${[...attributes.matchAll(/([\w-]+)(?:=|\s|$)/gu)].map(([, name]) => name).join(' ')}`,
  );

describe('escapeHtml', () => {
  property.prop([hostile], { numRuns: 300 })(
    'leaves no markup character unescaped, no control, no lone surrogate, and reads back',
    (text) => {
      const written = escapeHtml(text);
      expect(written).not.toMatch(/[<>"']|&(?!(?:amp|lt|gt|quot|#39);)/u);
      // eslint-disable-next-line no-control-regex -- the control characters are what is looked for
      expect(written).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u);
      expect(written).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u,
      );
      const kept = unescape(written);
      expect(kept.length).toBe(text.length);
      expect(kept.replaceAll('\uFFFD', '')).toBe(
        text.replace(
          // eslint-disable-next-line no-control-regex -- what escapeHtml replaces
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu,
          '',
        ),
      );
    },
  );

  property.prop([fc.array(hostile, { minLength: 6, maxLength: 6 })], { numRuns: 100 })(
    'a report whose title, names, reason and grade are hostile has the markup of one with plain names',
    (names) => {
      const page = renderHtmlReport(hostileEvaluation(names));
      const plain = renderHtmlReport(hostileEvaluation(['t', 'x', 'y', 'z', 'r', 'g']));
      expect(markupOf(page)).toEqual(markupOf(plain));
      expect(page.match(/<script/gu)).toHaveLength(1);
    },
  );
});
