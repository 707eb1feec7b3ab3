let segmenter: Intl.Segmenter | undefined;

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
  // Made on first use rather than on import, so that importing the renderers does nothing.
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(text)) yield segment;
}
