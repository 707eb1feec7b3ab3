import type { LocalizedText } from '../../issues/LocalizedText.js';

/**
 * A node's name in each language, the English falling back to the Chinese.
 *
 * @param name - the node's name
 * @returns `{ zh, en }`
 *
 * @example
 * nodeName({ zh: '满意度' }); // → { zh: '满意度', en: '满意度' }
 *
 * @internal
 */
export function nodeName(name: LocalizedText): { readonly zh: string; readonly en: string } {
  return { zh: name.zh, en: name.en ?? name.zh };
}
