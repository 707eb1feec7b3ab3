import { parseArgs } from 'node:util';
import type { Language } from '../issues/Language.js';
import type { CliEnvironment } from './CliEnvironment.js';
import type { Command } from './Command.js';
import type { Exit } from './Exit.js';
import { audit } from './commands/audit.js';
import { presets } from './commands/presets.js';
import { schema } from './commands/schema.js';
import { score } from './commands/score.js';
import { test } from './commands/test.js';
import { validate } from './commands/validate.js';
import { io } from './io.js';
import { messages } from './messages.js';

/** Every command by its name on the command line. */
const commands: ReadonlyMap<string, Command> = new Map([
  ['score', score],
  ['audit', audit],
  ['validate', validate],
  ['test', test],
  ['schema', schema],
  ['presets', presets],
]);

/** The options only some commands take, in the order they are checked. */
const commandOptions = ['format', 'data', 'scheme'] as const;

/**
 * Runs the `jixiao` command line: parses `argv`, does the work, writes through `environment`
 * and returns the exit code (0 success, 1 a failed case, 2 unusable input). It never throws for
 * bad input.
 *
 * @param argv - the arguments after the program name
 * @param environment - output streams, file reading, the bundled example and the version
 * @returns the exit code
 *
 * @example
 * runCli(['score', '--format', 'json'], environment); // → 0, the Nanzhou evaluation printed
 */
export function runCli(argv: readonly string[], environment: CliEnvironment): Exit {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        lang: { type: 'string' },
        format: { type: 'string' },
        data: { type: 'string' },
        scheme: { type: 'string' },
      },
    });
  } catch (error) {
    // The options could not be read, so --lang is guessed from the raw arguments.
    const english = argv.includes('en') && argv[argv.indexOf('en') - 1] === '--lang';
    const guess: Language = english ? 'en' : 'zh';
    const detail = error instanceof Error ? error.message : String(error);
    return io.fail(environment, messages[guess].unknownOption(detail));
  }
  const { values, positionals } = parsed;
  const langValue = values.lang ?? 'zh';
  if (langValue !== 'zh' && langValue !== 'en') {
    return io.fail(environment, messages.zh.badLang(langValue));
  }
  const lang: Language = langValue;
  const text = messages[lang];
  const [name, ...args] = positionals;
  if (values.version === true && name === undefined) {
    environment.stdout(`${environment.version}\n`);
    return 0;
  }
  if (name === undefined) {
    if (values.help === true) {
      environment.stdout(`${text.usage}\n`);
      return 0;
    }
    return io.fail(environment, text.usage);
  }
  const command = commands.get(name);
  if (command === undefined) return io.fail(environment, text.unknownCommand(name));
  if (values.help === true) {
    environment.stdout(`${command.help(lang)}\n`);
    return 0;
  }
  const refused = commandOptions.find(
    (option) => values[option] !== undefined && !command.options.includes(option),
  );
  if (refused !== undefined) return io.fail(environment, text.unknownOption(`--${refused}`));
  return command.run({ environment, lang, args, options: values });
}
