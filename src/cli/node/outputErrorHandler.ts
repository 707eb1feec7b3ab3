import type { Language } from '../../issues/Language.js';
import { cliIssues } from '../cliIssues.js';
import type { Exit } from '../Exit.js';
import { errorCode, osReason } from './osReason.js';

/**
 * The listener for errors of standard output. A closed reader (`EPIPE`: `jixiao … | head -1`)
 * is no error of jixiao's: the process ends quietly with the exit code of its work. Any other
 * failure (`ENOSPC` writing to a full disk or `/dev/full`) is reported once, with its
 * `[write_failed]` code, and the exit code becomes 2.
 *
 * @param lang - the language of the message
 * @param stderr - where the message is written
 * @param setExit - sets the process's exit code
 * @returns the listener, for `process.stdout.on('error', …)`
 *
 * @example
 * process.stdout.on('error', outputErrorHandler('zh', (text) => process.stderr.write(text), (exit) => (process.exitCode = exit)));
 */
export function outputErrorHandler(
  lang: Language,
  stderr: (text: string) => void,
  setExit: (exit: Exit) => void,
): (error: unknown) => void {
  let handled = false;
  return (error) => {
    // One failed write is followed by the failures of the writes queued behind it.
    if (handled) return;
    handled = true;
    if (errorCode(error) === 'EPIPE') return;
    const found = cliIssues.writeFailed(undefined, osReason(error));
    stderr(`${found.message[lang]} [${found.code}]\n`);
    setExit(2);
  };
}
