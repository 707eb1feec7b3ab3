import type { Language } from './Language.js';

/** A name or title in Chinese, with its English form where one is known. */
export interface LocalizedText {
  readonly zh: string;
  readonly en?: string;
}

/**
 * Picks the text for a language, falling back to Chinese where no English form is known.
 *
 * @param text - the localized text
 * @param lang - `zh` or `en`
 * @returns the text in that language, or the Chinese text
 */
export function localize(text: LocalizedText, lang: Language): string {
  return lang === 'en' ? (text.en ?? text.zh) : text.zh;
}
