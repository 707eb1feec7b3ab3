import type { CliEnvironment } from '../CliEnvironment.js';

/** The most worker threads a batch starts. */
const mostJobs = 256;

/**
 * The number of worker threads a batch's `--jobs` asks for: the machine's cores when it is not
 * given.
 *
 * @param environment - the machine's cores
 * @param written - the `--jobs` value as written, if any
 * @returns the number, or undefined when `--jobs` is not a whole number from 1 to 256
 *
 * @example
 * jobsOf(environment, '4'); // → 4
 */
export function jobsOf(
  environment: CliEnvironment,
  written: string | undefined,
): number | undefined {
  if (written === undefined) return Math.max(1, Math.min(mostJobs, environment.cores ?? 1));
  if (!/^[0-9]{1,3}$/u.test(written)) return undefined;
  const jobs = Number(written);
  return jobs >= 1 && jobs <= mostJobs ? jobs : undefined;
}
