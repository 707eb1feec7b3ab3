import type { Invocation } from '../Invocation.js';

/**
 * Whether a run of `score` or `audit` is a batch: several files, a directory, NDJSON input,
 * `--format ndjson` or `--summary`. Apart from runBatch, so that a command decides it without
 * loading the batch's modules (and the data-file reader with zod that they load).
 *
 * @param invocation - the command's arguments and options
 * @returns whether it is a batch
 *
 * @example
 * isBatch({ ...invocation, args: ['a.json', 'b.json'] }); // → true
 */
export function isBatch({ environment, args, options }: Invocation): boolean {
  return (
    args.length > 1 ||
    options.ndjson === true ||
    options.format === 'ndjson' ||
    options.summary !== undefined ||
    args.some((arg) => arg !== '-' && environment.listDirectory?.(arg) !== undefined)
  );
}
