import type { CliEnvironment } from './CliEnvironment.js';
import { cliIssues } from './cliIssues.js';
import { closestName } from './closestName.js';
import type { Command } from './Command.js';
import type { Exit } from './Exit.js';
import { io } from './io.js';
import { messages } from './messages.js';
import { parseCommandLine } from './parseCommandLine.js';

/**
 * Every command by its name on the command line, with the loader of its module. A command's
 * module (and what it needs: zod, the engine, the table readers) is loaded only when that command
 * is named, so `jixiao --help` loads none and `jixiao score` not the audit's readers.
 */
const commandModules: ReadonlyMap<string, () => Promise<Command>> = new Map([
  ['score', async () => (await import('./commands/score.js')).score],
  ['audit', async () => (await import('./commands/audit.js')).audit],
  ['import', async () => (await import('./commands/import.js')).importCommand],
  ['diff', async () => (await import('./commands/diff.js')).diff],
  ['validate', async () => (await import('./commands/validate.js')).validate],
  ['test', async () => (await import('./commands/test.js')).test],
  ['schema', async () => (await import('./commands/schema.js')).schema],
  ['presets', async () => (await import('./commands/presets.js')).presets],
  ['verify', async () => (await import('./commands/verify.js')).verify],
]);

/** The commands whose modules are loaded, by name. */
const commands = new Map<string, Command>();

/** Loads the modules of the commands named (other words are ignored), each at most once. */
async function loadModules(names: Iterable<string>): Promise<readonly Command[]> {
  const loading = [...new Set(names)].flatMap((name) => {
    const load = commandModules.get(name);
    if (load === undefined) return [];
    const loaded = commands.get(name);
    return loaded === undefined
      ? [
          load().then((command) => {
            commands.set(name, command);
            return command;
          }),
        ]
      : [Promise.resolve(loaded)];
  });
  return Promise.all(loading);
}

/**
 * Loads the modules of commands, and what they load only on need (see `Command.preload`), so
 * that {@link runCli} runs them at once.
 *
 * @param names - the command names (every command when none are given); other words are ignored
 * @returns when they are loaded
 *
 * @example
 * await loadCommands(); // then runCli(['score'], environment) returns its exit code at once
 */
export async function loadCommands(names: Iterable<string> = commandModules.keys()): Promise<void> {
  const loaded = await loadModules(names);
  await Promise.all(
    loaded.flatMap((command) => (command.preload === undefined ? [] : [command.preload()])),
  );
}

/**
 * Runs the `jixiao` command line: parses `argv`, does the work, writes through `environment`
 * and returns the exit code (0 success, 1 an inconsistency or a failed case, 2 unusable input, 3 an audit
 * that read too little to check): at once, or as a promise when the module of a command named in
 * `argv` is not loaded yet (see {@link loadCommands}), a command reads a Word, Excel or PDF file
 * (its readers load asynchronously) or `score` reads a data file its reader without zod declines
 * (zod loads then, unless loadCommands loaded it); text and JSON inputs of commands loaded by
 * loadCommands never wait.
 * It never throws for bad input: every problem is a message with its `[code]`, in the language
 * of `--lang` (read even when another option is wrong).
 *
 * @param argv - the arguments after the program name
 * @param environment - output streams, file access, the bundled example and the version
 * @returns the exit code, or a promise of it
 *
 * @example
 * runCli(['score', '--format', 'json'], environment); // → 0, the Nanzhou evaluation printed
 */
export function runCli(argv: readonly string[], environment: CliEnvironment): Exit | Promise<Exit> {
  // Any word of the line may be the command (options and their values come first or after):
  // each one that names a command not loaded yet is loaded before the line is read.
  if (argv.some((word) => commandModules.has(word) && !commands.has(word)))
    return loadModules(argv).then(() => runLoaded(argv, environment));
  return runLoaded(argv, environment);
}

/** {@link runCli} once the commands the line names are loaded. */
function runLoaded(argv: readonly string[], environment: CliEnvironment): Exit | Promise<Exit> {
  const line = parseCommandLine(argv, ([name]) =>
    name === undefined ? undefined : commands.get(name)?.options,
  );
  const { lang, positionals } = line;
  if (line.issues.length > 0) return io.report(environment, lang, line.issues);
  const text = messages[lang];
  if (line.version) {
    environment.stdout(`${environment.version}\n`);
    return 0;
  }
  const [name, ...args] = positionals;
  if (name === undefined) {
    if (line.help) {
      environment.stdout(`${text.usage}\n`);
      return 0;
    }
    return io.fail(environment, text.usage);
  }
  const command = commands.get(name);
  if (command === undefined) {
    const suggestion = closestName(name, [...commandModules.keys()]);
    return io.report(environment, lang, [cliIssues.unknownCommand(name, suggestion)]);
  }
  if (line.help) {
    environment.stdout(`${command.help(lang)}\n`);
    return 0;
  }
  const refused = line.given.filter(({ option }) => !command.options.includes(option));
  if (refused.length > 0) {
    const issues = refused.map(({ written }) => cliIssues.unsupportedOption(name, written));
    return io.report(environment, lang, issues);
  }
  return command.run({ environment, lang, args, options: line.options });
}
