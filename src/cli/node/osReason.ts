/**
 * The operating system's reason in a Node file-system error, without the path Node appends
 * (`EACCES: permission denied, open '/x'` → `EACCES: permission denied`): the message names
 * the file itself, quoted safely.
 *
 * @param error - what a `node:fs` call threw
 * @returns the reason, such as `EACCES: permission denied`
 *
 * @example
 * osReason(Object.assign(new Error("ENOSPC: no space left on device, write"), { code: 'ENOSPC' })); // → 'ENOSPC: no space left on device'
 */
export function osReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const [reason = error.message] = error.message.split(', ');
  return code === undefined || reason.startsWith(code) ? reason : `${code}: ${reason}`;
}

/** The error's `code` (`ENOENT`, `EACCES`…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}
