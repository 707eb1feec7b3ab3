import type { Exit } from '../Exit.js';
import type { Invocation } from '../Invocation.js';
import { io } from '../io.js';
import { batchIssues } from './batchIssues.js';
import { jobsOf } from './jobsOf.js';

/**
 * The issue of a `--jobs` that is not a whole number from 1 to 256, checked whether or not the
 * run is a batch (so apart from runBatch, which a run that is not a batch does not load).
 *
 * @param invocation - the command's environment and options
 * @returns the exit code after reporting it, or undefined when `--jobs` is fine or absent
 *
 * @example
 * refusedJobs({ ...invocation, options: { jobs: '0' } }); // → 2, `[invalid_jobs]` written
 */
export function refusedJobs({ environment, lang, options }: Invocation): Exit | undefined {
  return jobsOf(environment, options.jobs) === undefined
    ? io.report(environment, lang, [batchIssues.invalidJobs(options.jobs ?? '')])
    : undefined;
}
