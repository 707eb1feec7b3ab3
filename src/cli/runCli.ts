import type { CliEnvironment } from './CliEnvironment.js';
import { cliIssues } from './cliIssues.js';
import { closestName } from './closestName.js';
import type { Command } from './Command.js';
import type { Exit } from './Exit.js';
import { audit } from './commands/audit.js';
import { diff } from './commands/diff.js';
import { importCommand } from './commands/import.js';
import { presets } from './commands/presets.js';
import { schema } from './commands/schema.js';
import { score } from './commands/score.js';
import { test } from './commands/test.js';
import { validate } from './commands/validate.js';
import { io } from './io.js';
import { messages } from './messages.js';
import { parseCommandLine } from './parseCommandLine.js';

/** Every command by its name on the command line. */
const commands: ReadonlyMap<string, Command> = new Map([
  ['score', score],
  ['audit', audit],
  ['import', importCommand],
  ['diff', diff],
  ['validate', validate],
  ['test', test],
  ['schema', schema],
  ['presets', presets],
]);

/**
 * Runs the `jixiao` command line: parses `argv`, does the work, writes through `environment`
 * and returns the exit code (0 success, 1 an inconsistency or a failed case, 2 unusable input, 3 an audit
 * that read too little to check): at once, or as a promise when a command reads a Word, Excel or
 * PDF file (its readers load asynchronously); text and JSON inputs never wait.
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
    const suggestion = closestName(name, [...commands.keys()]);
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
