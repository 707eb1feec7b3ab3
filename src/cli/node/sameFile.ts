import { fstatSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** The device and inode of a path (its target, through links), or of standard output for `-`. */
function identityOf(path: string): string | undefined {
  try {
    const stats = path === '-' ? fstatSync(1) : statSync(path);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    // Nothing there yet (a file about to be written), or standard output closed.
    return undefined;
  }
}

/**
 * Whether two outputs are one place: the same path once resolved, or the same file on disk
 * (a link, `./out.nd` and `$PWD/out.nd`, `/dev/stdout` and standard output itself, `-`).
 *
 * @param first - a path, or `-` for standard output
 * @param second - a path, or `-` for standard output
 * @returns true when writing one overwrites the other
 *
 * @example
 * sameFile('out.nd', './out.nd'); // → true
 * sameFile('/dev/stdout', '-');   // → true
 */
export function sameFile(first: string, second: string): boolean {
  if (first === second) return true;
  if (first !== '-' && second !== '-' && resolve(first) === resolve(second)) return true;
  const identity = identityOf(first);
  return identity !== undefined && identity === identityOf(second);
}
