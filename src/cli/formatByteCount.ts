import type { BilingualMessage } from '../issues/Issue.js';

const mebibyte = 1024 * 1024;

/**
 * A size as a message states it: in bytes below 1 MiB, in whole MiB when it is whole, otherwise
 * in MiB to one decimal with the exact count of bytes.
 *
 * @param bytes - the size
 * @returns the size in each language
 *
 * @example
 * formatByteCount(64 * 1024 * 1024); // → { zh: '64 MiB', en: '64 MiB' }
 * formatByteCount(100); // → { zh: '100 字节', en: '100 bytes' }
 * formatByteCount(64 * 1024 * 1024 + 1); // → { zh: '64.0 MiB（67108865 字节）', en: '64.0 MiB (67108865 bytes)' }
 */
export function formatByteCount(bytes: number): BilingualMessage {
  if (bytes < mebibyte) return { zh: `${bytes} 字节`, en: `${bytes} bytes` };
  const mib = bytes / mebibyte;
  if (Number.isInteger(mib)) return { zh: `${mib} MiB`, en: `${mib} MiB` };
  const shown = mib.toFixed(1);
  return { zh: `${shown} MiB（${bytes} 字节）`, en: `${shown} MiB (${bytes} bytes)` };
}
