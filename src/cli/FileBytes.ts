/** The kinds of file that are not regular files, as a refusal names them. */
export type SpecialFileKind = 'character-device' | 'block-device' | 'fifo' | 'socket' | 'other';

/**
 * What the environment found when asked for a file's bytes (or standard input's): the bytes, or
 * why there are none. The CLI turns a refusal into a coded issue ({@link readInput}).
 */
export type FileBytes =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: 'file_not_found' | 'is_directory' }
  | { readonly ok: false; readonly problem: 'not_a_regular_file'; readonly kind: SpecialFileKind }
  | {
      readonly ok: false;
      readonly problem: 'too_large';
      /** The size found by `stat`; absent when reading stopped at the limit (a pipe, a growing file). */
      readonly size?: number;
    }
  | {
      readonly ok: false;
      readonly problem: 'unreadable';
      /** The operating system's reason, such as `EACCES: permission denied`. */
      readonly detail: string;
    };
