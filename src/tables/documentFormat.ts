import { invalidArgument } from '../issues/invalidArgument.js';

/**
 * What a file's first bytes say it is: a PDF (`%PDF-` within its first kilobyte, as readers
 * allow), a zip container (Word .docx, Excel .xlsx, or another zip), an OLE compound file (the old
 * binary .doc, .xls, .wps, .et), or none of these (read as text).
 */
export type ContainerFormat = 'pdf' | 'zip' | 'ole' | 'text';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  prefix.every((byte, index) => bytes[at + index] === byte);

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d] as const;
const zipMagic = [0x50, 0x4b, 0x03, 0x04] as const;
const emptyZipMagic = [0x50, 0x4b, 0x05, 0x06] as const;
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/** How far into a file `%PDF-` may start (junk before the header is common). */
const pdfHeaderWindow = 1024;

const eofMarker = [0x25, 0x25, 0x45, 0x4f, 0x46] as const;

/** Whether `%%EOF` stands in the file's last two kilobytes. */
function endsLikePdf(bytes: Uint8Array): boolean {
  for (let at = bytes.length - eofMarker.length; at >= Math.max(0, bytes.length - 2048); at -= 1)
    if (startsWith(bytes, eofMarker, at)) return true;
  return false;
}

/**
 * Tells a file's container from its first bytes, never from its name.
 *
 * @param bytes - the file's bytes
 * @returns its container
 * @throws JixiaoError `invalid_argument` when `bytes` is not a Uint8Array
 *
 * @example
 * containerFormat(new TextEncoder().encode('%PDF-1.7\n…')); // → "pdf"
 * containerFormat(new TextEncoder().encode('| 分值 | 得分 |')); // → "text"
 */
export function containerFormat(bytes: Uint8Array): ContainerFormat {
  const given: unknown = bytes;
  if (!(given instanceof Uint8Array))
    throw invalidArgument(
      'bytes',
      { zh: '文件的字节（Uint8Array）', en: "a file's bytes (a Uint8Array)" },
      given,
    );
  if (startsWith(bytes, zipMagic) || startsWith(bytes, emptyZipMagic)) return 'zip';
  if (startsWith(bytes, oleMagic)) return 'ole';
  if (startsWith(bytes, pdfMagic)) return 'pdf';
  // Past the first byte only with a PDF's end marker near the end, so that a text which merely
  // mentions `%PDF-` stays a text.
  const window = Math.min(bytes.length - pdfMagic.length, pdfHeaderWindow);
  for (let at = 1; at <= window; at += 1)
    if (startsWith(bytes, pdfMagic, at)) return endsLikePdf(bytes) ? 'pdf' : 'text';
  return 'text';
}
