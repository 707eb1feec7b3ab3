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
 * The format for an output file given without `--format`: the one its extension names, when the
 * command writes that format; otherwise `fallback` (a table).
 *
 * @param file - the `-o` or `--summary` file, or absent
 * @param formats - the formats the command writes
 * @param fallback - the format for any other name, and for standard output
 * @returns a format of `formats`, or `fallback`
 *
 * @example
 * formatOfOutput('评分表.xlsx', ['table', 'json', 'xlsx'], 'table'); // → 'xlsx'
 * formatOfOutput('out.txt', ['table', 'json'], 'table'); // → 'table'
 */
export function formatOfOutput<Format extends string>(
  file: string | undefined,
  formats: readonly Format[],
  fallback: Format,
): Format {
  if (file === undefined || file === '-') return fallback;
  const lower = file.toLowerCase();
  const named = byExtension.find(([extension]) => lower.endsWith(extension))?.[1];
  return formats.find((each) => each === named) ?? fallback;
}
