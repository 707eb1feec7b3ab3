import type { Language } from '../issues/Language.js';
import type { CliEnvironment } from './CliEnvironment.js';
import type { CommandLine } from './parseCommandLine.js';

/** What a command is run with: the surroundings, the language, its arguments and options. */
export interface Invocation {
  /** Output streams, file reading, the bundled example and the version. */
  readonly environment: CliEnvironment;
  /** The language of every message and output (`--lang`). */
  readonly lang: Language;
  /** The positional arguments after the command's name. */
  readonly args: readonly string[];
  /** The options only some commands take; the command table checks which were given. */
  readonly options: CommandLine['options'];
}
