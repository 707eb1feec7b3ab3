/** What the CLI needs from its surroundings, so that it can run in a test as well as a shell. */
export interface CliEnvironment {
  /** Writes text to standard output, as given (no newline added). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error, as given (no newline added). */
  readonly stderr: (text: string) => void;
  /** Reads a file as UTF-8, or returns `undefined` when it does not exist. */
  readonly readFile: (path: string) => string | undefined;
  /** Resolves a path written inside `file` against that file's location. */
  readonly resolve: (file: string, path: string) => string;
  /** The bundled example's path, scored by `jixiao score` when no file is given. */
  readonly defaultDataFile: string;
  /** The package version, printed by `jixiao --version`. */
  readonly version: string;
}
