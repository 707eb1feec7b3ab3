/**
 * One entry of a directory as the environment lists it: its name and kind. A symbolic link is
 * listed as what it points to (`file`, `directory`), or `other` when that cannot be told; a
 * batch follows links to files and never descends a linked directory (a loop cannot form).
 */
export interface DirectoryEntry {
  readonly name: string;
  readonly kind: 'file' | 'directory' | 'linked-directory' | 'other';
}
