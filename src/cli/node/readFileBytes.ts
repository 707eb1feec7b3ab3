import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { FileBytes, SpecialFileKind } from '../FileBytes.js';
import { errorCode, osReason } from './osReason.js';

/** What a failed `stat`, `open` or `read` means for the reader. */
function refusal(error: unknown): FileBytes {
  switch (errorCode(error) ?? '') {
    case 'ENOENT':
    case 'ENOTDIR':
      return { ok: false, problem: 'file_not_found' };
    case 'EISDIR':
      return { ok: false, problem: 'is_directory' };
    default:
      return { ok: false, problem: 'unreadable', detail: osReason(error) };
  }
}

/** The kind of a file that is not a regular file. */
function specialKind(stats: Stats): SpecialFileKind {
  if (stats.isCharacterDevice()) return 'character-device';
  if (stats.isBlockDevice()) return 'block-device';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

/** A refusal for anything but a regular file no larger than `limit`, or `undefined` to read it. */
function refusalOfStats(stats: Stats, limit: number): FileBytes | undefined {
  if (stats.isDirectory()) return { ok: false, problem: 'is_directory' };
  if (!stats.isFile())
    return { ok: false, problem: 'not_a_regular_file', kind: specialKind(stats) };
  if (stats.size > limit) return { ok: false, problem: 'too_large', size: stats.size };
  return undefined;
}

/**
 * Reads at most `limit` bytes from an open file descriptor: a `too_large` refusal when there are
 * more (a file that grew after its `stat`, or a pipe).
 *
 * @param fd - the descriptor, open for reading
 * @param limit - the most bytes accepted
 * @param retry - called when a read would block (`EAGAIN`); returns whether to try again
 * @returns the bytes, or the refusal
 */
export function readAtMost(
  fd: number,
  limit: number,
  retry: () => boolean = () => false,
): FileBytes {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 16, limit + 1 - total));
    let count: number;
    try {
      count = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      if (errorCode(error) === 'EAGAIN' && retry()) continue;
      return refusal(error);
    }
    if (count === 0) break;
    chunks.push(chunk.subarray(0, count));
    total += count;
    if (total > limit) return { ok: false, problem: 'too_large' };
  }
  return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks, total)) };
}

/**
 * Reads a regular file's bytes with `node:fs`, never throwing: a missing file, a directory, a
 * device, a pipe or a socket, a file over `limit` bytes and an unreadable file are refused with
 * their reason. The file is checked by `stat` before it is opened (a device is never opened),
 * opened without blocking (a FIFO would wait for a writer), checked again on the open descriptor,
 * and read only up to the limit.
 *
 * @param path - the file
 * @param limit - the most bytes accepted
 * @returns the bytes, or why there are none
 *
 * @example
 * readFileBytes('/dev/zero', 64 * 1024 * 1024); // → { ok: false, problem: 'not_a_regular_file', kind: 'character-device' }
 */
export function readFileBytes(path: string, limit: number): FileBytes {
  let fd: number;
  try {
    const before = refusalOfStats(statSync(path), limit);
    if (before !== undefined) return before;
    // O_NONBLOCK is undefined on Windows, whatever the types say; a FIFO would block without it.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as the comment above says
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return refusal(error);
  }
  try {
    const after = refusalOfStats(fstatSync(fd), limit);
    return after ?? readAtMost(fd, limit);
  } catch (error) {
    return refusal(error);
  } finally {
    closeSync(fd);
  }
}
