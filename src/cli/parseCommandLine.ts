import { parseArgs } from 'node:util';
import type { Issue } from '../issues/Issue.js';
import type { Language } from '../issues/Language.js';
import { cliIssues } from './cliIssues.js';
import { closestName } from './closestName.js';

/** The options only some commands take. */
export type CommandOption =
  | 'format'
  | 'data'
  | 'scheme'
  | 'output'
  | 'bom'
  | 'jobs'
  | 'ndjson'
  | 'quiet'
  | 'summary'
  | 'seed'
  | 'runs'
  | 'maxShare';

/** Every option, with its type and short form. */
const definitions = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  lang: { type: 'string' },
  format: { type: 'string' },
  data: { type: 'string' },
  scheme: { type: 'string' },
  output: { type: 'string', short: 'o' },
  bom: { type: 'boolean' },
  'no-bom': { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  ndjson: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  summary: { type: 'string' },
  seed: { type: 'string' },
  runs: { type: 'string' },
  'max-share': { type: 'string' },
} as const;

type OptionName = keyof typeof definitions;

const isOptionName = (name: string): name is OptionName => Object.hasOwn(definitions, name);

/** The options every command takes. */
const globalOptions: readonly OptionName[] = ['help', 'version', 'lang'];

/** The command option an option name sets (`--no-bom` sets `bom`), if it is one. */
function commandOptionOf(name: OptionName): CommandOption | undefined {
  switch (name) {
    case 'format':
    case 'data':
    case 'scheme':
    case 'output':
    case 'bom':
    case 'jobs':
    case 'ndjson':
    case 'quiet':
    case 'summary':
    case 'seed':
    case 'runs':
      return name;
    case 'no-bom':
      return 'bom';
    case 'max-share':
      return 'maxShare';
    case 'help':
    case 'version':
    case 'lang':
      return undefined;
  }
}

/** The short form of each option that has one (`-h`, `-v`, `-o`). */
const shortForms: ReadonlyMap<string, string> = new Map(
  Object.entries(definitions).flatMap(([name, definition]) =>
    'short' in definition ? [[name, definition.short] as const] : [],
  ),
);

/** The spellings an option can be written in, for a "did you mean" hint. */
function spellings(names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const short = shortForms.get(name);
    return [`--${name}`, ...(short === undefined ? [] : [`-${short}`])];
  });
}

/** The command line as read: the language, the options given, the positionals and the issues. */
export interface CommandLine {
  /** `--lang`, read even when another option is wrong; `zh` when absent or not zh/en. */
  readonly lang: Language;
  readonly help: boolean;
  readonly version: boolean;
  readonly options: {
    readonly format?: string;
    readonly data?: string;
    readonly scheme?: string;
    readonly output?: string;
    /** `true` for `--bom`, `false` for `--no-bom`. */
    readonly bom?: boolean;
    /** `--jobs N`: how many worker threads score a batch, as written. */
    readonly jobs?: string;
    /** `--ndjson`: standard input holds one document per line. */
    readonly ndjson?: boolean;
    /** `--quiet`: no progress bar. */
    readonly quiet?: boolean;
    /** `--summary FILE`: where a batch's summary is written beside its NDJSON results. */
    readonly summary?: string;
    /** `--seed N`: the seed of `verify`'s generated cases, as written. */
    readonly seed?: string;
    /** `--runs N`: how many cases `verify` tries per law, as written. */
    readonly runs?: string;
    /** `--max-share F`: the largest share of a category one child may carry, as written. */
    readonly maxShare?: string;
  };
  /** The command options given, each with the spelling written (for a refusal). */
  readonly given: readonly { readonly option: CommandOption; readonly written: string }[];
  readonly positionals: readonly string[];
  readonly issues: readonly Issue[];
}

/**
 * The language asked for by `--lang zh|en` or `--lang=zh|en` (the last one before `--`), read
 * from the raw arguments so that it holds even when another option cannot be read.
 *
 * @param argv - the arguments after the program name
 * @returns the language, `zh` by default
 *
 * @example
 * languageOf(['score', '--formt', '--lang=en']); // → 'en'
 */
export function languageOf(argv: readonly string[]): Language {
  let lang: Language = 'zh';
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--') break;
    const value =
      arg === '--lang' ? argv[(index += 1)] : arg?.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'zh' || value === 'en') lang = value;
  }
  return lang;
}

/**
 * Reads the command line without throwing: every unknown option (with the nearest known one
 * as a hint), an option missing its value, a value given to a flag, `--bom` with `--no-bom`
 * and an unknown `--lang` is an issue, all of them collected.
 *
 * @param argv - the arguments after the program name
 * @param commandOptions - the options of the command named, for the hints (all when unknown)
 * @returns the command line
 *
 * @example
 * parseCommandLine(['score', '--formt', 'json']).issues[0]?.message.en; // → 'Unknown option: --formt (did you mean --format?)'
 */
export function parseCommandLine(
  argv: readonly string[],
  commandOptions?: (positionals: readonly string[]) => readonly CommandOption[] | undefined,
): CommandLine {
  const { tokens } = parseArgs({
    args: [...argv],
    options: definitions,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positionals = tokens.flatMap((token) => (token.kind === 'positional' ? [token.value] : []));
  const known = commandOptions?.(positionals);
  const candidates = spellings([
    ...globalOptions,
    ...(
      known ?? [
        'format',
        'data',
        'scheme',
        'output',
        'bom',
        'jobs',
        'ndjson',
        'quiet',
        'summary',
        'seed',
        'runs',
        'maxShare',
      ]
    ).flatMap((option) =>
      option === 'bom' ? ['bom', 'no-bom'] : option === 'maxShare' ? ['max-share'] : [option],
    ),
  ]);
  const issues: Issue[] = [];
  const values = new Map<OptionName, string | boolean>();
  const given: { option: CommandOption; written: string }[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const { name, rawName, value, inlineValue } = token;
    if (!isOptionName(name)) {
      issues.push(cliIssues.unknownOption(rawName, closestName(rawName, candidates)));
      continue;
    }
    if (definitions[name].type === 'boolean') {
      if (value !== undefined) issues.push(cliIssues.unexpectedOptionValue(rawName));
      else values.set(name, true);
    } else if (value === undefined || (!inlineValue && looksLikeOption(value))) {
      // A value that is itself an option (`--format --lang en`) is the value left out; a negative
      // number (`--seed -1`) is a value.
      issues.push(cliIssues.missingOptionValue(rawName));
    } else {
      // One value each: a second, other one (`-o a.txt -o b.txt`) is a mistake, not the winner.
      const earlier = values.get(name);
      if (typeof earlier === 'string' && earlier !== value)
        issues.push(cliIssues.repeatedOption(rawName, earlier, value));
      values.set(name, value);
    }
    const option = commandOptionOf(name);
    if (option !== undefined) given.push({ option, written: rawName });
  }
  if (values.get('bom') === true && values.get('no-bom') === true)
    issues.push(cliIssues.conflictingOptions('--bom', '--no-bom'));
  const lang = values.get('lang');
  if (typeof lang === 'string' && lang !== 'zh' && lang !== 'en')
    issues.push(cliIssues.unknownLanguage(lang));
  const text = (name: OptionName) => {
    const value = values.get(name);
    return typeof value === 'string' ? { [name]: value } : {};
  };
  const bom = values.get('bom') === true ? true : values.get('no-bom') === true ? false : undefined;
  return {
    lang: languageOf(argv),
    help: values.get('help') === true,
    version: values.get('version') === true,
    options: {
      ...text('format'),
      ...text('data'),
      ...text('scheme'),
      ...text('output'),
      ...(bom === undefined ? {} : { bom }),
      ...text('jobs'),
      ...(values.get('ndjson') === true ? { ndjson: true } : {}),
      ...(values.get('quiet') === true ? { quiet: true } : {}),
      ...text('summary'),
      ...text('seed'),
      ...text('runs'),
      ...(typeof values.get('max-share') === 'string'
        ? { maxShare: String(values.get('max-share')) }
        : {}),
    },
    given,
    positionals,
    issues,
  };
}

/** Whether a separate value is an option rather than a value: `-x`, `--name`, not `-` or `-1`. */
function looksLikeOption(value: string): boolean {
  return value.length > 1 && value.startsWith('-') && !/^-\d/.test(value);
}
