import type { Language } from '../issues/Language.js';
import type { Exit } from './Exit.js';
import type { Invocation } from './Invocation.js';
import type { CommandOption } from './parseCommandLine.js';

/** One command of the command line (`jixiao <name> …`): its help, its options and its work. */
export interface Command {
  /** The command's help text, printed by `jixiao <name> --help`. */
  readonly help: (lang: Language) => string;
  /** Which of the command options it takes; any other one given is an error. */
  readonly options: readonly CommandOption[];
  /**
   * Does the command's work, writing through the environment, and returns the exit code: at
   * once, or as a promise when the work must wait (a Word, Excel or PDF file read by `audit` or
   * `import`, whose readers load asynchronously).
   */
  readonly run: (invocation: Invocation) => Exit | Promise<Exit>;
  /**
   * Loads what the command otherwise loads only when an input needs it (`score`: the data-file
   * reader with zod, for a file the reader without zod declines), so that once `loadCommands`
   * has loaded the command it never waits for it; a run of `jixiao` loads it only when needed.
   */
  readonly preload?: () => Promise<void>;
}
