/**
 * The formats written by a writer loaded only when asked for (a workbook, a Word file, a
 * self-contained page), for one evaluation and for a batch's summary. Each has its writers in
 * {@link exportWriters}; the list is here, apart from them, so that choosing a format loads none.
 */
export const exportFormats = ['xlsx', 'docx', 'html'] as const satisfies readonly string[];

/** One of {@link exportFormats}. */
export type ExportFormat = (typeof exportFormats)[number];

/**
 * Whether a format is written by an export writer.
 *
 * @param format - a `--format` value
 * @returns true for one of {@link exportFormats}
 *
 * @example
 * isExportFormat('json'); // → false
 */
export function isExportFormat(format: string): format is ExportFormat {
  return exportFormats.some((each: string) => each === format);
}

/** The export formats written as bytes, which go only to a file (`-o`, `--summary`). */
const byteFormats: ReadonlySet<string> = new Set(['xlsx', 'docx']);

/**
 * Whether a format writes bytes, which only a file can take: checked before any work is done.
 *
 * @param format - a `--format` value
 * @returns true for a workbook or a Word file
 *
 * @example
 * writesBytes('xlsx'); // → true
 */
export function writesBytes(format: string): boolean {
  return byteFormats.has(format);
}
