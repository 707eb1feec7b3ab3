import type { Repair } from '../CellGrid.js';
import { clusterValues } from './clusterValues.js';
import { runMiddle, type Rule, type TextRun } from './geometry.js';
import type { DraftCell, PageTable } from './PageTable.js';
import { joinRuns, lineAt } from './pageRuns.js';

/** Rules closer than this (points) are one rule; a gap this small inside a rule is closed. */
const ruleTolerance = 2;

/** Merges collinear rules: one per position, overlapping or touching pieces joined. */
function mergeRules(rules: readonly Rule[], horizontal: boolean): Rule[] {
  const chosen = rules.filter((rule) => rule.horizontal === horizontal);
  const positions = clusterValues(
    chosen.map((rule) => rule.at),
    ruleTolerance,
  );
  const merged: Rule[] = [];
  for (const at of positions) {
    const pieces = chosen
      .filter((rule) => Math.abs(rule.at - at) <= ruleTolerance)
      .sort((one, other) => one.from - other.from);
    let current: { from: number; to: number } | undefined;
    for (const piece of pieces) {
      if (current !== undefined && piece.from <= current.to + ruleTolerance)
        current.to = Math.max(current.to, piece.to);
      else {
        if (current !== undefined) merged.push({ horizontal, at, ...current });
        current = { from: piece.from, to: piece.to };
      }
    }
    if (current !== undefined) merged.push({ horizontal, at, ...current });
  }
  return merged;
}

const crosses = (horizontal: Rule, vertical: Rule): boolean =>
  vertical.at >= horizontal.from - ruleTolerance &&
  vertical.at <= horizontal.to + ruleTolerance &&
  horizontal.at >= vertical.from - ruleTolerance &&
  horizontal.at <= vertical.to + ruleTolerance;

/** The groups of rules that touch one another: each group with rows and columns is a table. */
function ruleGroups(rules: readonly Rule[]): Rule[][] {
  const parent = rules.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[index] = root;
    return root;
  };
  rules.forEach((one, i) => {
    rules.forEach((other, j) => {
      if (j <= i || one.horizontal === other.horizontal) return;
      const [horizontal, vertical] = one.horizontal ? [one, other] : [other, one];
      if (crosses(horizontal, vertical)) parent[find(j)] = find(i);
    });
  });
  const groups = new Map<number, Rule[]>();
  rules.forEach((rule, index) => {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), rule]);
  });
  return [...groups.values()];
}

/** A grid of boundaries with the rules that draw them. */
interface Lattice {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly rules: readonly Rule[];
}

/** Whether a rule is drawn at a boundary position across a point of the other axis. */
const ruleAt = (lattice: Lattice, horizontal: boolean, at: number, across: number): boolean =>
  lattice.rules.some(
    (rule) =>
      rule.horizontal === horizontal &&
      Math.abs(rule.at - at) <= ruleTolerance &&
      rule.from <= across + ruleTolerance &&
      rule.to >= across - ruleTolerance,
  );

/** The merged regions of a lattice: each grid position's region, as its top-left position. */
function regionsOf(lattice: Lattice): number[] {
  const { xs, ys } = lattice;
  const [rows, columns] = [ys.length - 1, xs.length - 1];
  const parent = Array.from({ length: rows * columns }, (_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[index] = root;
    return root;
  };
  const union = (one: number, other: number): void => {
    const [a, b] = [find(one), find(other)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  for (let row = 0; row < rows; row += 1) {
    const middleY = ((ys[row] ?? 0) + (ys[row + 1] ?? 0)) / 2;
    for (let column = 0; column < columns; column += 1) {
      const middleX = ((xs[column] ?? 0) + (xs[column + 1] ?? 0)) / 2;
      const at = row * columns + column;
      if (column + 1 < columns && !ruleAt(lattice, false, xs[column + 1] ?? 0, middleY))
        union(at, at + 1);
      if (row + 1 < rows && !ruleAt(lattice, true, ys[row + 1] ?? 0, middleX))
        union(at, at + columns);
    }
  }
  return parent.map((_, index) => find(index));
}

/** The index of the interval of sorted boundaries that holds a value (clamped to the ends). */
function intervalOf(bounds: readonly number[], value: number): number {
  let index = 0;
  while (index + 2 < bounds.length && value >= (bounds[index + 1] ?? 0)) index += 1;
  return index;
}

/** The width share of each character: ASCII half, everything else full. */
const charShare = (char: string): number => ((char.codePointAt(0) ?? 0) < 0x80 ? 0.5 : 1);

/** Splits a run at a position, by the characters' estimated widths. */
function splitRun(run: TextRun, at: number): [TextRun, TextRun] | undefined {
  const chars = Array.from(run.text);
  const total = chars.reduce((sum, char) => sum + charShare(char), 0);
  const scale = total > 0 ? run.width / total : 0;
  let offset = 0;
  let cut = 0;
  for (const char of chars) {
    if (run.x + (offset + charShare(char) / 2) * scale > at) break;
    offset += charShare(char);
    cut += 1;
  }
  const [left, right] = [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
  if (left.trim() === '' || right.trim() === '') return undefined;
  const leftWidth = offset * scale;
  return [
    { ...run, text: left, width: leftWidth },
    { ...run, text: right, x: run.x + leftWidth, width: run.width - leftWidth },
  ];
}

/** A run placed in a grid position (after splitting at the column rules it crosses). */
interface PlacedRun {
  readonly run: TextRun;
  readonly row: number;
  readonly column: number;
}

/** Places a run in the grid, split where it crosses a drawn column rule. */
function placeRun(lattice: Lattice, run: TextRun, page: number, repairs: Repair[]): PlacedRun[] {
  const { xs, ys } = lattice;
  const row = intervalOf(ys, runMiddle(run));
  const middleY = ((ys[row] ?? 0) + (ys[row + 1] ?? 0)) / 2;
  const placed: PlacedRun[] = [];
  let rest = run;
  let column = intervalOf(xs, rest.x + Math.min(1, rest.width / 2));
  for (let boundary = column + 1; boundary < xs.length - 1; boundary += 1) {
    const at = xs[boundary] ?? 0;
    if (rest.x + rest.width <= at + ruleTolerance) break;
    if (!ruleAt(lattice, false, at, middleY)) continue;
    const parts = splitRun(rest, at);
    if (parts === undefined) continue;
    placed.push({ run: parts[0], row, column });
    repairs.push({
      code: 'pdf_run_split',
      location: { kind: 'page', page, line: run.line, column: column + 1 },
      message: {
        zh: `第 ${String(page)} 页第 ${String(run.line)} 行的一段文字「${run.text}」跨过了表格的列线，已按字宽估计在列线处拆开`,
        en: `A text run on page ${String(page)}, line ${String(run.line)} ("${run.text}") crosses a column rule; it was split there by estimated character widths`,
      },
      guess: true,
    });
    rest = parts[1];
    column = boundary;
  }
  placed.push({ run: rest, row, column });
  return placed;
}

/** The grid positions kept: a row or column in which no region starts is a sliver, dropped. */
function keptIndexes(count: number, starts: (index: number) => boolean): number[] {
  return Array.from({ length: count }, (_, index) => index).filter(
    (index) => index === 0 || starts(index),
  );
}

/**
 * Reads the tables a page draws with rules (lattice tables): the rules that touch one another
 * form a grid of row and column boundaries; grid positions with no rule between them are one
 * merged cell, whose text goes to its top-left position whatever its alignment; each text run
 * goes to the cell whose box holds it (split where it crosses a drawn column rule). A ruled box
 * of one row is kept with its runs (`lone`): it is a table only when it continues one.
 *
 * @param runs - the page's text runs
 * @param rules - the page's drawn rules
 * @param page - the 1-based page number
 * @returns the tables, top to bottom, and the runs they took
 *
 * @example
 * latticeTables(pageRuns(items, matrix), drawnRules(fnArray, argsArray, OPS, matrix), 1);
 */
export function latticeTables(
  runs: readonly TextRun[],
  rules: readonly Rule[],
  page: number,
): { readonly tables: PageTable[]; readonly used: ReadonlySet<TextRun> } {
  const merged = [...mergeRules(rules, true), ...mergeRules(rules, false)];
  const used = new Set<TextRun>();
  const tables: PageTable[] = [];
  for (const group of ruleGroups(merged)) {
    const horizontals = group.filter((rule) => rule.horizontal);
    const verticals = group.filter((rule) => !rule.horizontal);
    if (horizontals.length < 2 || verticals.length < 2) continue;
    const left = Math.min(
      ...horizontals.map((rule) => rule.from),
      ...verticals.map((rule) => rule.at),
    );
    const right = Math.max(
      ...horizontals.map((rule) => rule.to),
      ...verticals.map((rule) => rule.at),
    );
    const top = Math.min(
      ...verticals.map((rule) => rule.from),
      ...horizontals.map((rule) => rule.at),
    );
    const bottom = Math.max(
      ...verticals.map((rule) => rule.to),
      ...horizontals.map((rule) => rule.at),
    );
    const lattice: Lattice = {
      xs: clusterValues([left, right, ...verticals.map((rule) => rule.at)], ruleTolerance),
      ys: clusterValues([top, bottom, ...horizontals.map((rule) => rule.at)], ruleTolerance),
      rules: group,
    };
    if (lattice.xs.length < 3 || lattice.ys.length < 2) continue;
    const inside = runs.filter((run) => {
      const middle = run.x + run.width / 2;
      const y = runMiddle(run);
      return !used.has(run) && middle >= left && middle <= right && y >= top && y <= bottom;
    });
    inside.forEach((run) => used.add(run));
    tables.push(readLattice(lattice, inside, runs, page));
  }
  return { tables: tables.sort((one, other) => one.top - other.top), used };
}

/** The filled rows of one lattice table. */
function readLattice(
  lattice: Lattice,
  inside: readonly TextRun[],
  pageRunsAll: readonly TextRun[],
  page: number,
): PageTable {
  const { xs, ys } = lattice;
  const columnCount = xs.length - 1;
  const regions = regionsOf(lattice);
  const repairs: Repair[] = [];
  const regionRuns = new Map<number, TextRun[]>();
  for (const run of inside)
    for (const placed of placeRun(lattice, run, page, repairs)) {
      const region = regions[placed.row * columnCount + placed.column] ?? 0;
      regionRuns.set(region, [...(regionRuns.get(region) ?? []), placed.run]);
    }
  const rowOf = (region: number): number => Math.floor(region / columnCount);
  const columnOf = (region: number): number => region % columnCount;
  const rows = keptIndexes(ys.length - 1, (row) =>
    regions.some((region, index) => rowOf(index) === row && rowOf(region) === row),
  );
  const columns = keptIndexes(columnCount, (column) =>
    regions.some((region, index) => columnOf(index) === column && columnOf(region) === column),
  );
  const draftRows = rows.map((row): DraftCell[] => {
    const lines = columns.flatMap((column) => {
      const region = row * columnCount + column;
      return regions[region] === region
        ? (regionRuns.get(region) ?? []).map((run) => run.line)
        : [];
    });
    const rowLine = lines.length > 0 ? Math.min(...lines) : lineAt(pageRunsAll, ys[row] ?? 0);
    return columns.map((column) => {
      const position = row * columnCount + column;
      if (regions[position] !== position) return { text: '', page, line: rowLine };
      const cellRuns = regionRuns.get(position) ?? [];
      return {
        text: joinRuns(cellRuns),
        page,
        line: cellRuns.length > 0 ? Math.min(...cellRuns.map((run) => run.line)) : rowLine,
      };
    });
  });
  const top = ys[0] ?? 0;
  return {
    page,
    top,
    bottom: ys[ys.length - 1] ?? 0,
    columns: columns.map((column) => xs[column] ?? 0),
    right: xs[xs.length - 1] ?? 0,
    rows: draftRows,
    repairs,
    firstLine: lineAt(pageRunsAll, top),
    ...(draftRows.length === 1 ? { lone: inside } : {}),
  };
}
