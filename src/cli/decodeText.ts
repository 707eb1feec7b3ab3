import { TextDecoder } from 'node:util';

/** The encodings {@link decodeText} recognises, as the `TextDecoder` names them. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * What {@link decodeText} made of a file's bytes: its text (the byte-order mark removed) and the
 * encoding it was read in, or why the bytes are not text.
 */
export type DecodedText =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: TextEncodingName;
      /** Whether the bytes began with the encoding's byte-order mark. */
      readonly bom: boolean;
    }
  | {
      readonly ok: false;
      /**
       * `nul`: a NUL character (binary data, or UTF-16 without its byte-order mark);
       * `malformed`: neither UTF-8 nor GB18030, or not the encoding its byte-order mark declares.
       */
      readonly reason: 'nul' | 'malformed';
      /** The encoding a byte-order mark declared, when there was one. */
      readonly declared?: TextEncodingName;
      /** The offset of the first byte UTF-8 cannot read (for `malformed` without a mark). */
      readonly offset?: number;
    };

/** The byte-order marks, longest first, with the encoding each declares. */
const marks: readonly { readonly bytes: readonly number[]; readonly encoding: TextEncodingName }[] =
  [
    { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
    { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
    { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  ];

/** The text of `bytes` in `encoding`, or `undefined` where they are not valid in it. */
function strictDecode(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
  let decoder: TextDecoder;
  try {
    // ignoreBOM keeps a second mark as text: the first was removed by the caller.
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    // A Node built without full ICU has no GB18030 decoder: the bytes cannot be read in it.
    return undefined;
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** How many continuation bytes a UTF-8 lead byte takes, and the range of its second byte. */
function utf8Sequence(
  lead: number,
): { readonly length: number; readonly low: number; readonly high: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { length: 3, low: 0xa0, high: 0xbf };
  if (lead === 0xed) return { length: 3, low: 0x80, high: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { length: 4, low: 0x90, high: 0xbf };
  if (lead === 0xf4) return { length: 4, low: 0x80, high: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, low: 0x80, high: 0xbf };
  return undefined;
}

/** The offset of the first byte that starts an invalid UTF-8 sequence, or -1 when there is none. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] ?? 0;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    const sequence = utf8Sequence(lead);
    if (sequence === undefined || at + sequence.length > bytes.length) return at;
    const second = bytes[at + 1] ?? 0;
    if (second < sequence.low || second > sequence.high) return at;
    for (let next = at + 2; next < at + sequence.length; next += 1) {
      const byte = bytes[next] ?? 0;
      if (byte < 0x80 || byte > 0xbf) return at;
    }
    at += sequence.length;
  }
  return -1;
}

/** The decoded text, or the `nul` failure when it holds a NUL character. */
function textOrNul(text: string, encoding: TextEncodingName, bom: boolean): DecodedText {
  return text.includes('\u0000')
    ? { ok: false, reason: 'nul', ...(bom ? { declared: encoding } : {}) }
    : { ok: true, text, encoding, bom };
}

/**
 * Reads a file's bytes as text the way files from Chinese Windows need: a UTF-8, UTF-16LE or
 * UTF-16BE byte-order mark decides the encoding (and is removed); without one the bytes are
 * UTF-8 when they are valid UTF-8, otherwise GB18030 (which includes GBK and GB2312) when they
 * are valid in it. Anything else, and any text holding a NUL character, is not text. Decoding is
 * strict (`fatal`): a byte that does not belong is never replaced by U+FFFD. It never throws.
 *
 * @param bytes - the file's content
 * @returns the text and its encoding, or why the bytes are not text
 *
 * @example
 * decodeText(new Uint8Array([0xc4, 0xcf, 0xd6, 0xde])); // → { ok: true, text: '南洲', encoding: 'gb18030', bom: false }
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])); // → { ok: true, text: '{}', encoding: 'utf-8', bom: true }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const mark = marks.find((each) => each.bytes.every((byte, index) => bytes[index] === byte));
  if (mark !== undefined) {
    const text = strictDecode(bytes.subarray(mark.bytes.length), mark.encoding);
    if (text === undefined) return { ok: false, reason: 'malformed', declared: mark.encoding };
    return textOrNul(text, mark.encoding, true);
  }
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return textOrNul(utf8, 'utf-8', false);
  const gb18030 = strictDecode(bytes, 'gb18030');
  if (gb18030 !== undefined) return textOrNul(gb18030, 'gb18030', false);
  const offset = firstInvalidUtf8(bytes);
  return { ok: false, reason: 'malformed', ...(offset < 0 ? {} : { offset }) };
}
