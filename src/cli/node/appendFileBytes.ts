import { appendFileSync } from 'node:fs';
import type { WriteOutcome } from '../WriteOutcome.js';
import { osReason } from './osReason.js';

/**
 * Appends to a file with `node:fs`, never throwing: a failure is returned with the operating
 * system's reason.
 *
 * @param path - the file to append to
 * @param bytes - what to append
 * @returns done, or the reason it was not
 *
 * @example
 * appendFileBytes('out.ndjson', new TextEncoder().encode('{}\n')); // → { ok: true }
 */
export function appendFileBytes(path: string, bytes: Uint8Array): WriteOutcome {
  try {
    appendFileSync(path, bytes);
    return { ok: true };
  } catch (error) {
    return { ok: false, detail: osReason(error) };
  }
}
