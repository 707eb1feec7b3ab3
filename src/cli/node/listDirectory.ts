import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DirectoryEntry } from '../DirectoryEntry.js';

/** What a symbolic link points to, by `stat` (following it); `other` when it cannot be told. */
function linkedKind(path: string): DirectoryEntry['kind'] {
  try {
    const stat = statSync(path);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'linked-directory' : 'other';
  } catch {
    return 'other';
  }
}

/**
 * Lists a directory with `node:fs`, never throwing: `undefined` when the path is not a directory
 * (or cannot be listed: reading it as a file then reports why). Links are listed as what they
 * point to; a linked directory is marked so that a batch does not descend it.
 *
 * @param path - the directory
 * @returns its entries, or undefined
 *
 * @example
 * listDirectory('examples'); // → [{ name: 'nanzhou-2023.json', kind: 'file' }, …]
 */
export function listDirectory(path: string): readonly DirectoryEntry[] | undefined {
  try {
    return readdirSync(path, { withFileTypes: true }).map((entry) => ({
      name: entry.name,
      kind: entry.isSymbolicLink()
        ? linkedKind(join(path, entry.name))
        : entry.isFile()
          ? 'file'
          : entry.isDirectory()
            ? 'directory'
            : 'other',
    }));
  } catch {
    return undefined;
  }
}
