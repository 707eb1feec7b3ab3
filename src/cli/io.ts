import type { CaseFileAccess } from '../cases/runCases.js';
import type { Issue } from '../issues/Issue.js';
import { formatIssuePath } from '../issues/formatIssuePath.js';
import type { Language } from '../issues/Language.js';
import { parseJsonText } from '../json/parseJsonText.js';
import type { CliEnvironment } from './CliEnvironment.js';
import type { Exit } from './Exit.js';
import type { Outcome } from './Outcome.js';
import { messages } from './messages.js';

/**
 * Writes a message and a newline to standard error and returns 2, the exit code of unusable input.
 */
function fail(environment: CliEnvironment, text: string): Exit {
  environment.stderr(`${text}\n`);
  return 2;
}

/** Writes every issue found in `file` to standard error, one a line, and returns exit code 2. */
function printIssues(
  environment: CliEnvironment,
  lang: Language,
  file: string,
  issues: readonly Issue[],
): Exit {
  const lines = [messages[lang].errorHeading(file)];
  for (const found of issues) {
    lines.push(`  ${formatIssuePath(found.path)}: ${found.message[lang]} [${found.code}]`);
  }
  environment.stderr(`${lines.join('\n')}\n`);
  return 2;
}

/** Reads a text file as it is, reporting a missing or unreadable file. */
function readText(environment: CliEnvironment, lang: Language, file: string): Outcome<string> {
  let text: string | undefined;
  try {
    text = environment.readFile(file);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, exit: fail(environment, messages[lang].unreadable(file, detail)) };
  }
  if (text === undefined) {
    return { ok: false, exit: fail(environment, messages[lang].fileNotFound(file)) };
  }
  return { ok: true, value: text };
}

/**
 * Reads a JSON file exactly, with {@link parseJsonText} (never `JSON.parse`): numbers a float
 * would change arrive as their own text, a key written twice or nesting past 200 levels is an
 * issue, and a leading byte-order mark is ignored. Every problem is reported.
 */
function readJson(environment: CliEnvironment, lang: Language, file: string): Outcome<unknown> {
  const text = readText(environment, lang, file);
  if (!text.ok) return text;
  const parsed = parseJsonText(text.value);
  if (!parsed.ok) return { ok: false, exit: printIssues(environment, lang, file, parsed.issues) };
  return { ok: true, value: parsed.value };
}

/** The file access a case file needs: its paths are resolved against the case file's place. */
function caseFileAccess(environment: CliEnvironment, lang: Language, file: string): CaseFileAccess {
  const resolve = (path: string): string => environment.resolve(file, path);
  return { readFile: environment.readFile, resolve, lang };
}

/**
 * The command line's reading of files and writing of error messages, in one place, so that every
 * command reports a missing file, an unreadable one or bad JSON in the same words.
 */
export const io = Object.freeze({ readText, readJson, caseFileAccess, printIssues, fail });
