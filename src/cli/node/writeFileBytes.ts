import { writeFileSync } from 'node:fs';
import type { WriteOutcome } from '../WriteOutcome.js';
import { osReason } from './osReason.js';

/**
 * Writes a file whole with `node:fs`, never throwing: a failure (a missing folder, a directory,
 * no permission, a full disk) is returned with the operating system's reason.
 *
 * @param path - the file to write
 * @param bytes - its whole content
 * @returns done, or the reason it was not
 *
 * @example
 * writeFileBytes('/dev/full', new Uint8Array([0x31])); // → { ok: false, detail: 'ENOSPC: no space left on device' }
 */
export function writeFileBytes(path: string, bytes: Uint8Array): WriteOutcome {
  try {
    writeFileSync(path, bytes);
    return { ok: true };
  } catch (error) {
    return { ok: false, detail: osReason(error) };
  }
}
