import type { CellGrid, GridCell } from '../CellGrid.js';
import { assembleGrids, type RowDraft } from './assembleGrids.js';
import { isTitleText, isYearOnly } from './cellKinds.js';

/** The separators a CSV may use; the one that splits the text most consistently is taken. */
const separators = [',', ';', '\t'] as const;

/** A field as parsed: its raw value and where it starts. */
interface Field {
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Parses CSV text (RFC 4180) with one separator: quoted fields with `""` for a quote, line
 * breaks (CRLF, CR, LF) inside quotes, records ended by any line break. One pass, linear.
 */
function parseCsv(text: string, separator: string): Field[][] {
  const records: Field[][] = [];
  let record: Field[] = [];
  let value = '';
  let quoted = false;
  let inQuotes = false;
  let line = 1;
  let lineStart = 0;
  let fieldLine = 1;
  let fieldColumn = 1;
  const endField = (): void => {
    record.push({ value: quoted ? value : value.trim(), line: fieldLine, column: fieldColumn });
    value = '';
    quoted = false;
  };
  const startField = (index: number): void => {
    fieldLine = line;
    fieldColumn = index - lineStart + 1;
  };
  startField(0);
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (inQuotes) {
      if (char === '"' && text[index + 1] === '"') {
        value += '"';
        index += 1;
      } else if (char === '"') {
        inQuotes = false;
      } else {
        if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) {
          line += 1;
          lineStart = index + 1;
        }
        value += char;
      }
    } else if (char === '"' && value.trim() === '' && !quoted) {
      inQuotes = true;
      quoted = true;
      value = '';
    } else if (char === separator) {
      endField();
      startField(index + 1);
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endField();
      records.push(record);
      record = [];
      line += 1;
      lineStart = index + 1;
      startField(index + 1);
    } else if (!quoted) {
      value += char;
    }
  }
  endField();
  records.push(record);
  return records;
}

/**
 * How consistently a separator splits the text: the number of records that have the most
 * common field count, when that count is at least two and most multi-field records share it.
 */
function consistency(records: readonly (readonly Field[])[]): number {
  const counts = new Map<number, number>();
  let multi = 0;
  for (const record of records) {
    if (record.length < 2 || record.every((field) => field.value.trim() === '')) continue;
    multi += 1;
    counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
  }
  let best = 0;
  for (const count of counts.values()) best = Math.max(best, count);
  return best >= 2 && best * 5 >= multi * 3 ? best : 0;
}

/** Whether a record holds one field only (a line without the separator). */
const single = (record: readonly Field[] | undefined): boolean =>
  record !== undefined && record.length < 2;

/**
 * The records that belong to tables: every multi-field record, a one-field record inside a
 * table (between two multi-field records), and a title line; the narrative around the tables
 * of a report (lines without the separator) is left out, as the `|` reader leaves it.
 */
function tableRecords(records: readonly Field[][]): readonly Field[][] {
  // One pass each way: whether a multi-field record comes before / after each record.
  const multiAfter: boolean[] = [];
  let seen = false;
  for (let index = records.length - 1; index >= 0; index -= 1) {
    multiAfter[index] = seen;
    if (!single(records[index])) seen = true;
  }
  let multiBefore = false;
  return records.filter((record, index) => {
    if (!single(record)) {
      multiBefore = true;
      return true;
    }
    const text = cellText(record[0]?.value ?? '');
    return (
      text === '' ||
      isTitleText(text) ||
      isYearOnly(text) ||
      (multiBefore && multiAfter[index] === true)
    );
  });
}

/** A field's text as a cell: trimmed, a spreadsheet's formula-neutralising `'` removed. */
function cellText(value: string): string {
  const text = value.trim();
  return /^'[=+\-@]/u.test(text) ? text.slice(1) : text;
}

/**
 * Reads a CSV table (RFC 4180): quoted fields with `""`, line breaks inside quotes, a UTF-8
 * BOM, and `,`, `;` or tab as the separator, whichever splits the text into the most records
 * of one width. Every field is a cell, empty ones included (a spreadsheet keeps its columns:
 * the *filled* form of the row contract in {@link TextLayoutReader});
 * a leading `'` before `=`, `+`, `-` or `@` (the OWASP formula guard) is removed. Locations are
 * the field's first line and column in the original text. A title row starts a new table.
 *
 * @param text - the text to read
 * @returns the tables found, or `[]`
 *
 * @example
 * readCsvTables('分值,得分\n10,9\n')[0]?.rows[1]?.cells.map((cell) => cell.text); // → ["10", "9"]
 */
export function readCsvTables(text: string): readonly CellGrid[] {
  if (typeof text !== 'string') return [];
  const bom = text.startsWith('\ufeff') ? 1 : 0;
  const body = text.slice(bom);
  let best: Field[][] = [];
  let bestScore = 0;
  for (const separator of separators) {
    if (!body.includes(separator)) continue;
    const records = parseCsv(body, separator);
    const score = consistency(records);
    if (score > bestScore) {
      best = records;
      bestScore = score;
    }
  }
  const drafts: RowDraft[] = tableRecords(best).map((record) => ({
    cells: record.map((field): GridCell => ({
      text: cellText(field.value),
      location: {
        kind: 'text',
        line: field.line,
        column: field.line === 1 ? field.column + bom : field.column,
      },
    })),
    repairs: [],
  }));
  return assembleGrids('csv', drafts);
}
