import type { Issue } from '../../issues/Issue.js';
import { cliIssues } from '../cliIssues.js';

/** The format a file's extension names, as `--format` spells it. */
const byExtension: readonly (readonly [extension: string, format: string])[] = [
  ['.ndjson', 'ndjson'],
  ['.json', 'json'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.csv', 'csv'],
  ['.xlsx', 'xlsx'],
  ['.docx', 'docx'],
  ['.html', 'html'],
  ['.htm', 'html'],
];

/**
 * Extensions of files no command writes as text: a text table saved under one of these names
 * would not open as what the name says.
 */
const foreignExtensions: readonly string[] = [
  '.pdf',
  '.doc',
  '.xls',
  '.xlsm',
  '.ppt',
  '.pptx',
  '.odt',
  '.ods',
  '.rtf',
  '.wps',
  '.et',
  '.png',
  '.jpg',
  '.jpeg',
  '.svg',
  '.zip',
];

/** The extension of a file name, lower-case with its dot, or undefined when it has none. */
function extensionOf(file: string): string | undefined {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? undefined : name.slice(dot).toLowerCase();
}

/**
 * The format for an output file given without `--format`: the one its extension names, when the
 * command writes that format; `fallback` (a table) for standard output, a name without an
 * extension and any other text name (`.txt`, `.log`); and `undefined` for a name whose extension
 * says it is a file of another kind (`.pdf`, `.xls`, or `.xlsx` for a command that writes no
 * workbook), which a text table must not be written under.
 *
 * @param file - the `-o` or `--summary` file, or absent
 * @param formats - the formats the command writes
 * @param fallback - the format for text names and for standard output
 * @returns a format of `formats`, or undefined when the name's extension cannot be written
 *
 * @example
 * formatOfOutput('评分表.xlsx', ['table', 'json', 'xlsx'], 'table'); // → 'xlsx'
 * formatOfOutput('out.txt', ['table', 'json'], 'table'); // → 'table'
 * formatOfOutput('out.pdf', ['table', 'json'], 'table'); // → undefined
 */
export function formatOfOutput<Format extends string>(
  file: string | undefined,
  formats: readonly Format[],
  fallback: Format,
): Format | undefined {
  if (file === undefined || file === '-') return fallback;
  const lower = file.toLowerCase();
  const named = byExtension.find(([extension]) => lower.endsWith(extension))?.[1];
  if (named !== undefined) return formats.find((each) => each === named);
  const extension = extensionOf(file);
  return extension !== undefined && foreignExtensions.includes(extension) ? undefined : fallback;
}

/**
 * The issue for an output file whose name `formatOfOutput` refused (no `--format` was given and
 * its extension names a kind of file the command does not write); else nothing.
 *
 * @param file - the `-o` or `--summary` file, or absent
 * @param format - what `--format` or `formatOfOutput` gave
 * @param formats - the formats the command writes, for the message
 * @param option - the option that named the file (default `output`)
 * @returns the `output_extension_unwritable` issue, or undefined
 *
 * @example
 * refusedOutput('报告.PDF', undefined, ['table', 'json']); // → issue naming ".pdf"
 */
export function refusedOutput(
  file: string | undefined,
  format: string | undefined,
  formats: readonly string[],
  option: 'output' | 'summary' = 'output',
): Issue | undefined {
  if (format !== undefined || file === undefined) return undefined;
  return cliIssues.outputExtensionUnwritable(file, extensionOf(file) ?? file, formats, option);
}
