import { parseArgs } from 'node:util';
import { evaluate } from '../evaluate/evaluate.js';
import { presets } from '../presets/presets.js';
import type { Issue } from '../issues/Issue.js';
import { formatIssuePath } from '../issues/formatIssuePath.js';
import type { Language } from '../issues/Language.js';
import { renderCsv } from '../render/renderCsv.js';
import { renderMarkdown } from '../render/renderMarkdown.js';
import { renderTable } from '../render/renderTable.js';
import { jsonSchemas } from '../json/jsonSchemas.js';
import { parseDataFile } from '../json/parseDataFile.js';
import { parseJsonText } from '../json/parseJsonText.js';
import { parseScheme } from '../json/parseScheme.js';
import { runCases } from '../cases/runCases.js';
import { renderReport } from '../audit/renderReport.js';
import { runAudit } from './runAudit.js';
import { localize } from '../issues/LocalizedText.js';
import type { IndicatorNode } from '../scheme/Scheme.js';
import { messages } from './messages.js';

/** What the CLI needs from its surroundings, so that it can run in a test as well as a shell. */
export interface CliEnvironment {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a file as UTF-8, or returns `undefined` when it does not exist. */
  readonly readFile: (path: string) => string | undefined;
  /** Resolves a path written inside `file` against that file's location. */
  readonly resolve: (file: string, path: string) => string;
  /** The bundled example's path and the package version. */
  readonly defaultDataFile: string;
  readonly version: string;
}

/** The exit codes: success, an inconsistency or failed case, unusable input. */
export type Exit = 0 | 1 | 2;

const formats = ['table', 'json', 'markdown', 'csv', 'report'] as const;
const schemaNames = ['scheme', 'inputs', 'evaluation', 'data', 'cases'] as const;

export function printIssues(environment: CliEnvironment, lang: Language, file: string, issues: readonly Issue[]): Exit {
  const lines = [messages[lang].errorHeading(file)];
  for (const found of issues) {
    lines.push(`  ${formatIssuePath(found.path)}: ${found.message[lang]} [${found.code}]`);
  }
  environment.stderr(`${lines.join('\n')}\n`);
  return 2;
}

export function fail(environment: CliEnvironment, text: string): Exit {
  environment.stderr(`${text}\n`);
  return 2;
}

export function readJson(environment: CliEnvironment, lang: Language, file: string): { ok: true; value: unknown } | { ok: false; exit: Exit } {
  let text: string | undefined;
  try {
    text = environment.readFile(file);
  } catch (error) {
    return { ok: false, exit: fail(environment, messages[lang].unreadable(file, error instanceof Error ? error.message : String(error))) };
  }
  if (text === undefined) return { ok: false, exit: fail(environment, messages[lang].fileNotFound(file)) };
  const parsed = parseJsonText(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (!parsed.ok) return { ok: false, exit: printIssues(environment, lang, file, parsed.issues) };
  return { ok: true, value: parsed.value };
}

function countLeaves(nodes: readonly IndicatorNode<{ readonly kind: string }>[]): number {
  return nodes.reduce((sum, node) => sum + (node.type === 'leaf' ? 1 : countLeaves(node.children)), 0);
}

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
    const langGuess: Language = argv.includes('en') && argv[argv.indexOf('en') - 1] === '--lang' ? 'en' : 'zh';
    return fail(environment, messages[langGuess].unknownOption(error instanceof Error ? error.message : String(error)));
  }
  const { values, positionals } = parsed;
  const langValue = values.lang ?? 'zh';
  if (langValue !== 'zh' && langValue !== 'en') return fail(environment, messages.zh.badLang(langValue));
  const lang: Language = langValue;
  const text = messages[lang];
  const [command, ...rest] = positionals;
  if (values.version === true && command === undefined) {
    environment.stdout(`${environment.version}\n`);
    return 0;
  }
  if (command === undefined) {
    if (values.help === true) {
      environment.stdout(`${text.usage}\n`);
      return 0;
    }
    return fail(environment, text.usage);
  }
  const commands = { score: text.score, audit: text.audit, validate: text.validate, test: text.test, schema: text.schema, presets: text.presets } as const;
  if (!Object.hasOwn(commands, command)) return fail(environment, text.unknownCommand(command));
  if (values.help === true) {
    environment.stdout(`${commands[command as keyof typeof commands]}\n`);
    return 0;
  }
  if (values.format !== undefined && command !== 'score' && command !== 'audit') return fail(environment, text.unknownOption('--format'));
  if ((values.data !== undefined || values.scheme !== undefined) && command !== 'audit') return fail(environment, text.unknownOption(values.data !== undefined ? '--data' : '--scheme'));
  switch (command) {
    case 'score': {
      if (rest.length > 1) return fail(environment, text.unknownOption(rest.slice(1).join(' ')));
      const format = values.format ?? 'table';
      if (!(formats as readonly string[]).includes(format)) return fail(environment, text.badFormat(format));
      const file = rest[0] ?? environment.defaultDataFile;
      const json = readJson(environment, lang, file);
      if (!json.ok) return json.exit;
      const data = parseDataFile(json.value);
      if (!data.ok) return printIssues(environment, lang, file, data.issues);
      const result = evaluate(data.value.scheme, data.value.inputs);
      if (!result.ok) return printIssues(environment, lang, file, result.issues);
      const evaluation = result.value;
      const { department, project, selection } = data.value;
      const title = [
        `${localize(evaluation.scheme.title, lang)} (${evaluation.scheme.id}@${evaluation.scheme.version})`,
        ...(selection?.by === 'year' && selection.year !== undefined ? [text.selectedByYear(selection.reference, selection.year)] : []),
        ...(department === undefined ? [] : [text.department(department.name, department.year)]),
        ...(project === undefined ? [] : [[project.name, project.department].filter((part) => part !== undefined).join(' · ')]),
      ];
      const output =
        format === 'json'
          ? `${JSON.stringify(evaluation, null, 2)}\n`
          : format === 'markdown'
            ? renderMarkdown(evaluation, { lang })
            : format === 'csv'
              ? renderCsv(evaluation, { lang })
              : format === 'report'
                ? renderReport(evaluation, {
                    lang,
                    ...(department === undefined ? (project === undefined ? {} : { department: project.name }) : { department: department.name }),
                    ...(selection?.year ?? department?.year ?? evaluation.scheme.effectiveYear) === undefined ? {} : { year: selection?.year ?? department?.year ?? evaluation.scheme.effectiveYear },
                  })
                : renderTable(evaluation, { lang, title });
      environment.stdout(output);
      return 0;
    }
    case 'audit':
      return runAudit(environment, lang, rest, values);
    case 'validate': {
      const [file, ...extra] = rest;
      if (file === undefined) return fail(environment, `${text.missingFile}\n\n${text.validate}`);
      if (extra.length > 0) return fail(environment, text.unknownOption(extra.join(' ')));
      const json = readJson(environment, lang, file);
      if (!json.ok) return json.exit;
      // A scheme file is a scheme itself; a data file names its scheme.
      const isScheme = typeof json.value === 'object' && json.value !== null && 'indicators' in json.value && !('scheme' in json.value);
      if (isScheme) {
        const scheme = parseScheme(json.value);
        if (!scheme.ok) return printIssues(environment, lang, file, scheme.issues);
        environment.stdout(`${text.valid(text.schemeFile, countLeaves(scheme.value.indicators))}\n`);
        return 0;
      }
      const data = parseDataFile(json.value);
      if (!data.ok) return printIssues(environment, lang, file, data.issues);
      const result = evaluate(data.value.scheme, data.value.inputs);
      if (!result.ok) return printIssues(environment, lang, file, result.issues);
      environment.stdout(`${text.valid(text.dataFile, countLeaves(data.value.scheme.indicators))}\n`);
      return 0;
    }
    case 'test': {
      if (rest.length === 0) return fail(environment, `${text.missingFile}\n\n${text.test}`);
      let passed = 0;
      let total = 0;
      let anyFailed = false;
      for (const file of rest) {
        const json = readJson(environment, lang, file);
        if (!json.ok) return json.exit;
        const report = runCases(json.value, { readFile: environment.readFile, resolve: (path) => environment.resolve(file, path), lang });
        if (!report.ok) return printIssues(environment, lang, file, report.issues);
        const lines = [file];
        for (const result of report.value.cases) {
          total += 1;
          if (result.passed) {
            passed += 1;
            lines.push(`  ${text.casePassed(result.name, result.checks)}`);
            continue;
          }
          anyFailed = true;
          lines.push(`  ${text.caseFailed(result.name)}`);
          for (const found of result.failures) {
            lines.push(text.caseLine(found.subject, found.expected, found.actual));
            if (found.explanation !== undefined && found.explanation !== '') lines.push(text.caseExplanation(found.explanation));
          }
        }
        environment.stdout(`${lines.join('\n')}\n`);
      }
      environment.stdout(`${text.caseSummary(passed, total)}\n`);
      return anyFailed ? 1 : 0;
    }
    case 'schema': {
      const [name, ...extra] = rest;
      if (extra.length > 0) return fail(environment, text.unknownOption(extra.join(' ')));
      const schemas = jsonSchemas();
      if (name === undefined) {
        environment.stdout(`${JSON.stringify(schemas, null, 2)}\n`);
        return 0;
      }
      if (!(schemaNames as readonly string[]).includes(name)) return fail(environment, text.badSchema(name));
      // The name was checked against schemaNames just above.
      environment.stdout(`${JSON.stringify(schemas[name as (typeof schemaNames)[number]], null, 2)}\n`);
      return 0;
    }
    default: {
      if (rest.length > 0) return fail(environment, text.unknownOption(rest.join(' ')));
      const lines = presets.map((preset) => `${preset.reference}\t${preset.effectivePeriod.from}–${preset.effectivePeriod.to ?? ''}\t${localize(preset.title, lang)}\n  ${lang === 'zh' ? '来源' : 'source'}: ${preset.source}`);
      environment.stdout(`${lines.join('\n')}\n`);
      return 0;
    }
  }
}
