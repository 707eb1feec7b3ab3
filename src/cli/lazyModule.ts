/** A module loaded on first need, then at hand without waiting. */
export interface LazyModule<T> {
  /** The module, when it is loaded. */
  readonly loaded: () => T | undefined;
  /** Loads the module (at most once) and gives it. */
  readonly load: () => Promise<T>;
}

/**
 * A module the command line loads only when a run needs it (zod's data-file reader for a file
 * the quick reader declines, the batch's modules for a batch): its first use waits for it, and
 * every use after it is loaded, or after `loadCommands` preloaded it, runs at once.
 *
 * @param load - imports the module, as `() => import('./module.js')`
 * @returns the module's holder
 *
 * @example
 * const batch = lazyModule(() => import('./batch/runBatch.js'));
 * batch.loaded()?.runBatch(invocation, 'score') ?? batch.load().then(({ runBatch }) => …);
 */
export function lazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  let loading: Promise<T> | undefined;
  let module: T | undefined;
  return {
    loaded: () => module,
    load: () =>
      (loading ??= load().then((value) => {
        module = value;
        return value;
      })),
  };
}
