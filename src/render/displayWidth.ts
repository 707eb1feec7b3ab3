import { invalidArgument } from '../issues/invalidArgument.js';
import { graphemes } from './graphemes.js';

/**
 * Code points that take no column of their own: combining and enclosing marks, format
 * characters (zero-width space and joiners, word joiner, byte-order mark, variation selectors are
 * marks), controls, and the Hangul vowel and final jamo that join a leading consonant. The soft
 * hyphen, a format character that terminals draw, is left out.
 */
const zeroWidth = /^(?!\u00ad)[\p{Mn}\p{Me}\p{Cf}\p{Cc}\u1160-\u11ff\ud7b0-\ud7ff]$/u;
/** Emoji drawn as pictures by default (😀, 🇨🇳), two columns wide in a terminal. */
const emojiPresentation = /^\p{Emoji_Presentation}$/u;
/** Pictographs that a variation selector 16 (U+FE0F) turns into two-column emoji (❤️). */
const pictographic = /^\p{Extended_Pictographic}$/u;

/**
 * How many terminal columns a string takes, counted by user-perceived character (grapheme
 * cluster): East Asian wide and full-width characters (汉字, ，（）％, ａ) and emoji (😀, 👨‍👩‍👧 as one
 * joined sequence, 🇨🇳, ❤️) take two; combining marks, zero-width spaces and joiners and other
 * format characters none; everything else one (East Asian ambiguous characters such as “ ” and
 * ≧ are narrow, as most terminals draw them). Controls take none: outputs show them as
 * escapes first (see `lineText`), and those escapes are what is measured.
 *
 * @param text - the text
 * @returns its width in columns
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than a string
 *
 * @example
 * displayWidth('得分率 99.60%'); // 13
 * displayWidth('👨\u200d👩\u200d👧 e\u0301'); // 4
 */
export function displayWidth(text: string): number {
  if (typeof text !== 'string')
    throw invalidArgument('text', { zh: '字符串', en: 'a string' }, text);
  let width = 0;
  for (const cluster of graphemes(text)) width += clusterWidth(cluster);
  return width;
}

/** The columns of one grapheme cluster: its first visible code point decides. */
function clusterWidth(cluster: string): number {
  // One code unit of the commonest kinds, printable ASCII and 汉字, needs no regular expression:
  // a table of a score sheet is mostly these, and the expressions are slow before they warm up.
  if (cluster.length === 1) {
    const code = cluster.charCodeAt(0);
    if (code >= 0x20 && code <= 0x7e) return 1;
    if (code >= 0x4e00 && code <= 0x9fff) return 2;
  }
  // Code points, not clusters: the cluster is already one user-perceived character.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- as the comment above says
  const codePoints = [...cluster];
  const base = codePoints.find((char) => !zeroWidth.test(char));
  if (base === undefined) return 0;
  const code = base.codePointAt(0) ?? 0;
  if (isWide(code) || emojiPresentation.test(base)) return 2;
  return codePoints.includes('\ufe0f') && pictographic.test(base) ? 2 : 1;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2329 && code <= 0x232a) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x16fe0 && code <= 0x18aff) ||
    (code >= 0x1b000 && code <= 0x1b2ff) ||
    (code >= 0x1f200 && code <= 0x1f2ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
