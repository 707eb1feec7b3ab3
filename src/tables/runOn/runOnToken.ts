import type { CellLocation, GridCell, GridRow, Repair } from '../CellGrid.js';

/** A run of non-space characters on one line of a text, with where it starts (1-based). */
export interface Token {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

const lineBreak = /\r\n|\n|\r/;
const isSpace = (character: string): boolean => /\s/u.test(character);

/**
 * The lines of a text, split at every line break (CRLF, LF, CR).
 *
 * @param text - the whole text
 * @returns its lines, without their breaks
 */
export function textLines(text: string): readonly string[] {
  return text.split(lineBreak);
}

/**
 * Splits one line into its space-separated tokens (any white space, the ideographic space and
 * no-break space included), each with its 1-based line and column.
 *
 * @param lineText - the line
 * @param line - its 1-based number
 * @returns the tokens left to right
 */
export function lineTokens(lineText: string, line: number): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let index = 0; index <= lineText.length; index += 1) {
    const character = lineText.charAt(index);
    const blank = index === lineText.length || isSpace(character);
    if (blank && start >= 0) {
      tokens.push({ text: lineText.slice(start, index), line, column: start + 1 });
      start = -1;
    } else if (!blank && start < 0) start = index;
  }
  return tokens;
}

/** The text location of a token. */
export function locationOf(token: Token): CellLocation {
  return { kind: 'text', line: token.line, column: token.column };
}

/**
 * A cell from one or more tokens: their texts joined by `separator`, located at the first.
 *
 * @param tokens - the tokens of the cell (at least one)
 * @param separator - what stood between them in the cell as it is read (a space, or nothing)
 * @returns the cell
 */
export function cellOf(tokens: readonly [Token, ...Token[]], separator = ' '): GridCell {
  return {
    text: tokens.map((token) => token.text).join(separator),
    location: locationOf(tokens[0]),
  };
}

/** An empty cell standing where the source dropped one, located at a neighbouring token. */
export function emptyCellAt(token: Token): GridCell {
  return { text: '', location: locationOf(token) };
}

/** A row from its cells. */
export function rowOf(cells: readonly GridCell[]): GridRow {
  return { cells };
}

/**
 * A repair at a token's place.
 *
 * @param code - the repair's snake_case code
 * @param token - where it applies
 * @param zh - what was done, in Chinese
 * @param en - what was done, in English
 * @param guess - whether the reader chose among readings
 * @returns the repair
 */
export function repairAt(
  code: string,
  token: Token,
  zh: string,
  en: string,
  guess = false,
): Repair {
  return guess
    ? { code, location: locationOf(token), message: { zh, en }, guess: true }
    : { code, location: locationOf(token), message: { zh, en } };
}

/** Characters of a run of text pieces joined without spaces, each with where it stands. */
export interface JoinedText {
  readonly text: string;
  readonly locations: readonly CellLocation[];
  readonly lines: ReadonlySet<number>;
}

/**
 * Joins tokens without the spaces between them, keeping each character's location.
 *
 * @param tokens - the tokens, in reading order
 * @returns the joined text, a location per character, and the lines it came from
 */
export function joinTokens(tokens: readonly Token[]): JoinedText {
  let text = '';
  const locations: CellLocation[] = [];
  for (const token of tokens) {
    for (let offset = 0; offset < token.text.length; offset += 1) {
      locations.push({ kind: 'text', line: token.line, column: token.column + offset });
    }
    text += token.text;
  }
  return { text, locations, lines: new Set(tokens.map((token) => token.line)) };
}
