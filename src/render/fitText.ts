import { displayWidth } from './displayWidth.js';
import { graphemes } from './graphemes.js';

/**
 * A text cut to a width in terminal columns, ending in `…` when cut, between user-perceived
 * characters (never inside an emoji sequence or before a combining mark). The score sheet and
 * the comparison table share it.
 *
 * @param text - the one-line text (see `lineText`)
 * @param width - the most columns it may take, at least 1
 * @returns the text, or its cut form that ends in `…`
 *
 * @example
 * fitText('卫生清洁服务费、垃圾清运费', 10); // → "卫生清洁…"
 * @internal
 */
export function fitText(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const cluster of graphemes(text)) {
    const columns = displayWidth(cluster);
    if (used + columns > width - 1) break;
    out += cluster;
    used += columns;
  }
  return `${out}…`;
}
