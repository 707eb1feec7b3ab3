/** What the environment reports after writing a file: done, or the operating system's reason. */
export type WriteOutcome =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** The reason, such as `ENOSPC: no space left on device`. */
      readonly detail: string;
    };
