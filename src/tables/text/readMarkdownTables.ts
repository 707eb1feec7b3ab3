import type { CellGrid, GridCell } from '../CellGrid.js';
import { assembleGrids, type RowDraft } from './assembleGrids.js';
import { isTitleText } from './cellKinds.js';
import { columnOf, textLines, type TextLine } from './textLines.js';

/** The cell boundaries of a Markdown row: every `|` not escaped as `\|`. */
function splitMarkdownRow(line: TextLine): GridCell[] {
  const text = line.text;
  const cells: GridCell[] = [];
  let start = 0;
  let piece = '';
  const push = (end: number): void => {
    cells.push({
      text: cleanCell(piece),
      location: { kind: 'text', line: line.line, column: columnOf(text.slice(start, end), start) },
    });
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\\' && text[index + 1] === '|') {
      piece += '|';
      index += 1;
    } else if (char === '|') {
      push(index);
      start = index + 1;
      piece = '';
    } else {
      piece += char ?? '';
    }
  }
  push(text.length);
  const trimmed = text.trim();
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|') && cells.length > 0) cells.pop();
  return cells;
}

/** A cell's text: trimmed, HTML line breaks as spaces, a bold wrapper removed. */
function cleanCell(piece: string): string {
  const text = piece.replace(/<br\s?\/?>/giu, ' ').trim();
  return text.length > 4 && text.startsWith('**') && text.endsWith('**')
    ? text.slice(2, -2).trim()
    : text;
}

/**
 * Whether a line is a Markdown table's separator row (`|---|:---:|`): never a row of data, in
 * any reader.
 *
 * @param line - a line of text
 * @returns true for a separator row
 *
 * @example
 * isSeparatorRow('|---|:---:|'); // → true
 */
export function isSeparatorRow(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed.includes('-') || !trimmed.includes('|')) return false;
  const cells = trimmed.replace(/^\|/u, '').replace(/\|$/u, '').split('|');
  return cells.length > 0 && cells.every((cell) => /^\s*:?-+:?\s*$/u.test(cell));
}

/** A title written as a line of its own: a heading (`## …`) or a bold line (`**…**`). */
function titleLine(line: TextLine): GridCell | undefined {
  const text = line.text
    .trim()
    .replace(/^#{1,6}\s+/u, '')
    .replace(/^\*\*(.*)\*\*$/u, '$1')
    .trim();
  return isTitleText(text)
    ? { text, location: { kind: 'text', line: line.line, column: columnOf(line.text, 0) } }
    : undefined;
}

/**
 * Whether a text's `|` lines are all Markdown tables' (each table a header row, a `|---|`
 * separator row, then body rows up to a line without `|`), with one table at least: such a text
 * is Markdown, and the `|` reader leaves it to the Markdown reader.
 *
 * @param text - the text to look at
 * @returns true when every `|` line belongs to a Markdown table
 *
 * @example
 * isMarkdownText('| 分值 | 得分 |\n|---|---|\n| 10 | 9 |'); // → true
 */
export function isMarkdownText(text: string): boolean {
  const lines = textLines(text);
  let inTable = false;
  let tables = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]?.text ?? '';
    if (!line.includes('|')) {
      inTable = false;
    } else if (!inTable) {
      if (!isSeparatorRow(lines[index + 1]?.text ?? '')) return false;
      inTable = true;
      tables += 1;
    }
  }
  return tables > 0;
}

/**
 * Reads Markdown tables: a header row, a `|---|` separator row, then body rows up to the first
 * line without a `|`. Cells are split at unescaped `|` (`\|` is a literal bar), HTML `<br>`
 * becomes a space; empty cells are kept (merged cells written as `| |`: the *filled* form of the
 * row contract in {@link TextLayoutReader}), short rows stay short (the *left short* form). Title lines between tables
 * (plain, `## …` or `**…**`) start a new table, as do title rows inside one.
 *
 * @param text - the text to read
 * @returns the tables found, or `[]`
 *
 * @example
 * readMarkdownTables('| 分值 | 得分 |\n|---|---|\n| 10 | 9 |')[0]?.rows.length; // → 2
 */
export function readMarkdownTables(text: string): readonly CellGrid[] {
  if (typeof text !== 'string' || !text.includes('|')) return [];
  const lines = textLines(text);
  const drafts: RowDraft[] = [];
  let inTable = false;
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (!inTable && next !== undefined && line.text.includes('|') && isSeparatorRow(next.text)) {
      inTable = true;
    } else if (inTable && (line.text.trim() === '' || !line.text.includes('|'))) {
      inTable = false;
    }
    if (inTable) {
      if (!isSeparatorRow(line.text)) drafts.push({ cells: splitMarkdownRow(line), repairs: [] });
      return;
    }
    const title = titleLine(line);
    if (title !== undefined) drafts.push({ cells: [title], repairs: [] });
  });
  return assembleGrids('markdown', drafts);
}
