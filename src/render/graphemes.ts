let segmenter: Intl.Segmenter | undefined;

/**
 * Text made only of characters that never join a neighbour into one cluster: printable ASCII,
 * Latin-1 and Latin Extended letters, general punctuation (“ ” — …), letterlike and number forms,
 * arrows, mathematical operators (≤ ≥), enclosed numbers (①), box drawing, shapes and dingbats,
 * CJK radicals and punctuation, kana, CJK ideographs, Hangul syllables and full-width forms. None of them is a combining mark, a joiner,
 * a variation selector, a Hangul jamo, a regional indicator, a prepended mark, CR or a surrogate,
 * so each is a cluster of its own (checked against Intl.Segmenter in graphemes.prop.test.ts).
 */
const standalone =
  /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u2100-\u27bf\u2e80-\u3029\u3030-\u303f\u3041-\u3096\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff60\uffe0-\uffe6]*$/;

/**
 * The user-perceived characters (grapheme clusters) of a text, as a terminal draws them: a
 * letter with its combining marks, an emoji with its modifiers and zero-width joiners, a flag's
 * two regional indicators. Cutting a text between them never splits one.
 *
 * @param text - the text
 * @returns its clusters, in order
 *
 * @example
 * [...graphemes('e\u0301👨\u200d👩\u200d👧')]; // ["e\u0301", "👨\u200d👩\u200d👧"]
 * @internal
 */
export function* graphemes(text: string): Generator<string, void, undefined> {
  // Most texts of a score sheet (Chinese names, numbers, ASCII) need no segmenter: building one
  // loads ICU's break data, the largest part of drawing the CLI's first table.
  if (standalone.test(text)) {
    // Each UTF-16 unit is a whole character here (no surrogates), and a cluster.
    for (let index = 0; index < text.length; index += 1) yield text.charAt(index);
    return;
  }
  // Made on first use rather than on import, so that importing the renderers does nothing.
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(text)) yield segment;
}
