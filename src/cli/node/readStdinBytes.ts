import type { FileBytes } from '../FileBytes.js';
import { readAtMost } from './readFileBytes.js';

/** Waits a little without spinning, before a read of a non-blocking stdin is tried again. */
function pause(): boolean {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  return true;
}

/**
 * Reads standard input (file descriptor 0) to its end, synchronously, stopping past `limit`
 * bytes with a `too_large` refusal. Never throws: a closed or unreadable stdin is refused with
 * its reason.
 *
 * @param limit - the most bytes accepted
 * @returns the bytes, or why there are none
 *
 * @example
 * readStdinBytes(64 * 1024 * 1024); // `echo '{}' | jixiao validate -` → { ok: true, bytes: … }
 */
export function readStdinBytes(limit: number): FileBytes {
  return readAtMost(0, limit, pause);
}
