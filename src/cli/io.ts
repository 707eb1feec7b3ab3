import type { CaseFileAccess } from '../cases/runCases.js';
import type { Issue } from '../issues/Issue.js';
import { formatIssuePath } from '../issues/formatIssuePath.js';
import type { Language } from '../issues/Language.js';
import { success, type Result } from '../issues/Result.js';
import { parseJsonText } from '../json/parseJsonText.js';
import type { CliEnvironment } from './CliEnvironment.js';
import { cliIssues } from './cliIssues.js';
import type { Exit } from './Exit.js';
import { inputName } from './inputName.js';
import type { Outcome } from './Outcome.js';
import { messages } from './messages.js';
import { containerFormat } from '../tables/documentFormat.js';
import { decodeInput, readInput, readInputBytes } from './readInput.js';

/**
 * Writes a message and a newline to standard error and returns 2, the exit code of unusable input.
 */
function fail(environment: CliEnvironment, text: string): Exit {
  environment.stderr(`${text}\n`);
  return 2;
}

/** One issue of the command line or of a file as a whole, on one line with its `[code]`. */
function issueLine(lang: Language, found: Issue): string {
  return `${found.message[lang]} [${found.code}]`;
}

/**
 * Writes issues of the command line or of a file as a whole (a missing file, an unknown
 * option), one a line with its `[code]`, to standard error and returns exit code 2.
 */
function report(environment: CliEnvironment, lang: Language, issues: readonly Issue[]): Exit {
  return fail(environment, issues.map((found) => issueLine(lang, found)).join('\n'));
}

/** Writes every issue found in `file` to standard error, one a line, and returns exit code 2. */
function printIssues(
  environment: CliEnvironment,
  lang: Language,
  file: string,
  issues: readonly Issue[],
): Exit {
  const lines = [messages[lang].errorHeading(inputName(file)[lang])];
  for (const found of issues) {
    lines.push(`  ${formatIssuePath(found.path)}: ${found.message[lang]} [${found.code}]`);
  }
  return fail(environment, lines.join('\n'));
}

/**
 * Reads a file (or standard input, for `-`) as text through {@link readInput}, writing a note
 * to standard error when it was decoded as GB18030.
 */
function textOf(environment: CliEnvironment, lang: Language, file: string): Result<string> {
  const read = readInput(environment, file);
  if (!read.ok) return read;
  if (read.value.encoding === 'gb18030') {
    environment.stderr(`${messages[lang].decodedAsGb18030(inputName(file)[lang])}\n`);
  }
  return success(read.value.text);
}

/**
 * Reads a report the audit or the import takes: a text (decoded as {@link readInput} decodes it,
 * with the GB18030 note), or the bytes of a Word, Excel or PDF file, told by their first bytes.
 * A file that cannot be read is reported.
 */
function readReport(
  environment: CliEnvironment,
  lang: Language,
  file: string,
): Outcome<{ readonly text: string } | { readonly bytes: Uint8Array }> {
  const read = readInputBytes(environment, file);
  if (!read.ok)
    return { ok: false, exit: report(environment, lang, read.issues), issues: read.issues };
  if (containerFormat(read.value) !== 'text') return { ok: true, value: { bytes: read.value } };
  const decoded = decodeInput(file, read.value);
  if (!decoded.ok)
    return { ok: false, exit: report(environment, lang, decoded.issues), issues: decoded.issues };
  if (decoded.value.encoding === 'gb18030') {
    environment.stderr(`${messages[lang].decodedAsGb18030(inputName(file)[lang])}\n`);
  }
  return { ok: true, value: { text: decoded.value.text } };
}

/** Reads a text file, reporting a file that cannot be read as text. */
function readText(environment: CliEnvironment, lang: Language, file: string): Outcome<string> {
  const text = textOf(environment, lang, file);
  return text.ok
    ? text
    : { ok: false, exit: report(environment, lang, text.issues), issues: text.issues };
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
  if (!parsed.ok)
    return {
      ok: false,
      exit: printIssues(environment, lang, file, parsed.issues),
      issues: parsed.issues,
    };
  return { ok: true, value: parsed.value };
}

/**
 * The file access a case file needs: its paths are resolved against the case file's place, and
 * the files it names are read as the command line's own are (the same checks and encodings).
 */
function caseFileAccess(environment: CliEnvironment, lang: Language, file: string): CaseFileAccess {
  return {
    readFile: (path) => textOf(environment, lang, path),
    resolve: (path) => environment.resolve(file, path),
    lang,
  };
}

/**
 * Writes a command's output: to standard output, or to the file given by `--output` (`-` is
 * standard output), with a UTF-8 byte-order mark first when `bom` is set. Bytes (a workbook, a
 * Word file) go only to a file: without one they are `output_file_required`. A file that cannot
 * be written is reported with exit code 2.
 */
function writeOutput(
  environment: CliEnvironment,
  lang: Language,
  content: string | Uint8Array,
  { output, bom }: { readonly output: string | undefined; readonly bom: boolean },
): Exit {
  if (typeof content !== 'string') {
    // A workbook or a Word file is bytes: written to its file, never to a terminal or a pipe.
    if (output === undefined || output === '-')
      return report(environment, lang, [cliIssues.outputFileRequired()]);
    const written = environment.writeFile(output, content);
    if (written.ok) return 0;
    return report(environment, lang, [cliIssues.writeFailed(output, written.detail)]);
  }
  const text = bom ? `\uFEFF${content}` : content;
  if (output === undefined || output === '-') {
    environment.stdout(text);
    return 0;
  }
  const written = environment.writeFile(output, new TextEncoder().encode(text));
  if (written.ok) return 0;
  return report(environment, lang, [cliIssues.writeFailed(output, written.detail)]);
}

/**
 * The command line's reading of files and writing of error messages, in one place, so that every
 * command reports a missing file, an unreadable one or bad JSON in the same words.
 */
export const io = Object.freeze({
  readText,
  readReport,
  readJson,
  caseFileAccess,
  printIssues,
  report,
  fail,
  writeOutput,
});
