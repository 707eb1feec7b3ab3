// Internal: the scanner the audit reads report text with, in place of regular expressions. Every
// pattern is a list of tokens that each consume deterministically (no backtracking), a match is
// tried only where the first phrase stands, and every character read is counted: the tests
// check that the count stays linear in the input's length on pathological text.

/** Counts the characters a scanner reads, so that a test can bound the work without a clock. */
export interface Meter {
  steps: number;
}

/**
 * One token of a pattern, in a stream whose whitespace runs are already single spaces:
 * - `phrase`: these characters, a space allowed between any two (PDF text breaks words anywhere);
 * - `gap`: an optional space;
 * - `number`: a decimal (`23,135.18` with `commas`), captured under its name;
 * - `oneOf`: one of these characters (or none, when `optional`);
 * - `choice`: one of these phrases, captured under its name.
 */
export type Token =
  | { readonly phrase: string }
  | { readonly gap: true }
  | { readonly number: string; readonly commas?: boolean }
  | { readonly oneOf: string; readonly optional?: boolean }
  | { readonly choice: readonly string[]; readonly name: string };

/** Where a pattern matched, and what it captured: stream offsets of each number, each choice made. */
export interface ScanMatch {
  readonly start: number;
  readonly end: number;
  readonly numbers: ReadonlyMap<string, { readonly start: number; readonly end: number }>;
  readonly choices: ReadonlyMap<string, string>;
}

/** The longest number a claim may be written with: longer digit runs are not claims. */
const longestNumber = 40;

export const gap: Token = { gap: true };

export const isDigit = (char: string): boolean => char >= '0' && char <= '9' && char.length === 1;

/** The scanner over one stream. */
export interface ReportScanner {
  /** The character at an offset (`''` outside the stream), counted as one step. */
  readonly at: (offset: number) => string;
  /** The offset after an optional space. */
  readonly skipGap: (offset: number) => number;
  /** The offset after a phrase that starts at `offset`, or -1. */
  readonly phraseAt: (offset: number, words: string, limit?: number) => number;
  /** The end of a number starting at `offset`, or -1. */
  readonly numberAt: (offset: number, commas: boolean, limit?: number) => number;
  /** The next offset in [from, to) where a phrase starts, or -1. */
  readonly find: (words: string, from: number, to?: number) => number;
  /** The pattern matched at `offset`, or undefined. */
  readonly matchAt: (
    offset: number,
    tokens: readonly Token[],
    limit?: number,
  ) => ScanMatch | undefined;
  /** Every match of a pattern whose first token is a phrase, left to right, not overlapping. */
  readonly matchAll: (tokens: readonly Token[], from?: number, to?: number) => ScanMatch[];
}

/**
 * A scanner over a stream, counting its work in `meter`.
 *
 * @param text - the stream (whitespace runs folded to one space)
 * @param meter - where the characters read are counted
 * @returns the scanner
 */
export function reportScanner(text: string, meter: Meter): ReportScanner {
  const at = (offset: number): string => {
    meter.steps += 1;
    return offset >= 0 && offset < text.length ? text.charAt(offset) : '';
  };
  const skipGap = (offset: number): number => (at(offset) === ' ' ? offset + 1 : offset);

  const phraseAt = (offset: number, words: string, limit = text.length): number => {
    let position = offset;
    for (let index = 0; index < words.length; index += 1) {
      if (index > 0 && position < limit) position = skipGap(position);
      if (position >= limit || at(position) !== words[index]) return -1;
      position += 1;
    }
    return position;
  };

  const numberAt = (offset: number, commas: boolean, limit = text.length): number => {
    if (offset >= limit || !isDigit(at(offset))) return -1;
    let end = offset + 1;
    const more = (char: string): boolean => isDigit(char) || (commas && char === ',');
    while (end < limit && end - offset <= longestNumber && more(at(end))) end += 1;
    // A comma ends no number: `20,` is the number 20 and a comma.
    while (at(end - 1) === ',') end -= 1;
    if (end + 1 < limit && at(end) === '.' && isDigit(at(end + 1))) {
      end += 2;
      while (end < limit && end - offset <= longestNumber && isDigit(at(end))) end += 1;
    }
    return end - offset > longestNumber ? -1 : end;
  };

  const find = (words: string, from: number, to = text.length): number => {
    const first = words[0] ?? '';
    let position = from;
    while (position < to) {
      const found = text.indexOf(first, position);
      meter.steps += (found < 0 ? to : Math.min(found, to)) - position + 1;
      if (found < 0 || found >= to) return -1;
      if (phraseAt(found, words, text.length) >= 0) return found;
      position = found + 1;
    }
    return -1;
  };

  const matchAt = (
    offset: number,
    tokens: readonly Token[],
    limit = text.length,
  ): ScanMatch | undefined => {
    const numbers = new Map<string, { readonly start: number; readonly end: number }>();
    const choices = new Map<string, string>();
    let position = offset;
    for (const token of tokens) {
      if ('gap' in token) {
        if (position < limit) position = skipGap(position);
      } else if ('phrase' in token) {
        position = phraseAt(position, token.phrase, limit);
      } else if ('number' in token) {
        const end = numberAt(position, token.commas === true, limit);
        if (end >= 0) numbers.set(token.number, { start: position, end });
        position = end;
      } else if ('oneOf' in token) {
        if (position < limit && token.oneOf.includes(at(position))) position += 1;
        else if (token.optional !== true) position = -1;
      } else {
        const start = position;
        const chosen = token.choice.find((words) => phraseAt(start, words, limit) >= 0);
        if (chosen !== undefined) choices.set(token.name, chosen);
        position = chosen === undefined ? -1 : phraseAt(start, chosen, limit);
      }
      if (position < 0) return undefined;
    }
    return { start: offset, end: position, numbers, choices };
  };

  const matchAll = (tokens: readonly Token[], from = 0, to = text.length): ScanMatch[] => {
    const [first] = tokens;
    if (first === undefined || !('phrase' in first)) return [];
    const matches: ScanMatch[] = [];
    let position = from;
    for (;;) {
      const start = find(first.phrase, position, to);
      if (start < 0) return matches;
      const match = matchAt(start, tokens, to);
      if (match === undefined) position = start + 1;
      else {
        matches.push(match);
        position = match.end;
      }
    }
  };

  return { at, skipGap, phraseAt, numberAt, find, matchAt, matchAll };
}
