import type { GridCell, Repair } from '../CellGrid.js';
import { levelRoles, type ColumnRole } from '../vocabulary.js';
import type { RowDraft } from './assembleGrids.js';
import {
  headerRole,
  isBlockHeader,
  isNumberOrMark,
  isNumberText,
  isOperatorTarget,
  isTitleText,
  isYearOnly,
  rowLabelKind,
} from './cellKinds.js';
import { joinAllWrapped } from './textLines.js';
import { textRepair } from './textRepairs.js';

/** A cell of a one-cell-per-line or per-paragraph text, with the repairs made to read it. */
export interface StreamCell {
  readonly cell: GridCell;
  readonly repairs: readonly Repair[];
}

/**
 * What a column expects: a name, a number (weights, scores, amounts), a comparison (指标性质:
 * `≥`, 定量指标), a short unit (度量单位: 册, %), or anything.
 */
type ColumnKind = 'name' | 'number' | 'nature' | 'unit' | 'any';

const numberRoles: ReadonlySet<ColumnRole> = new Set([
  'weight',
  'score',
  'coefficient',
  'initialBudget',
  'budget',
  'executed',
  'rate',
]);
const nameRoles: ReadonlySet<ColumnRole> = new Set([...levelRoles, 'fundSource']);

/** The shape rows take under a header: an optional 序号, name columns, then value columns. */
interface RowShape {
  readonly sequence: boolean;
  readonly names: number;
  readonly tail: readonly ColumnKind[];
}

/** The row shape a header row sets (a header without a label column gets one in front). */
function shapeOf(header: readonly GridCell[]): RowShape {
  const roles = header.map((cell) => headerRole(cell.text));
  const sequence = roles[0] === 'sequence';
  let index = sequence ? 1 : 0;
  let names = 0;
  while (index < header.length) {
    const role = roles[index];
    const text = header[index]?.text ?? '';
    const blockTitle = index === (sequence ? 1 : 0) && isBlockHeader(text);
    if (!(role === undefined || nameRoles.has(role) || blockTitle)) break;
    names += 1;
    index += 1;
  }
  const tail = roles.slice(index).map((role): ColumnKind => {
    if (role === 'nature' || role === 'unit') return role;
    return role !== undefined && numberRoles.has(role) ? 'number' : 'any';
  });
  return { sequence, names: Math.max(1, names), tail };
}

/** A row chosen for a run of cells: how many cells for each part, or a lone stray cell. */
interface RowChoice {
  readonly sequence: number;
  readonly names: number;
  readonly tail: number;
  readonly stray: boolean;
}

const rowScore = -1;
const missingScore = -2;

/** Whether a cell may stand in a name column at a position of its row. */
function fitsName(cell: GridCell, first: boolean): boolean {
  if (isNumberText(cell.text) || isOperatorTarget(cell.text)) return false;
  const label = rowLabelKind(cell.text);
  return first || (label !== 'budgetTotal' && label !== 'budgetPart' && label !== 'total');
}

/** Natures: an operator alone, or a word like 定量指标 / 正向. */
const natureWords = /^(?:[≥≤=><＞＜≧≦]|定量|定性|正向|反向)/u;

/**
 * The score of a cell in a 指标性质 or 度量单位 column: an operator or nature word, or a unit
 * of a few characters, fits; a number or a long name is unlikely there.
 */
function shortWordScore(text: string, kind: 'nature' | 'unit'): number {
  if (text === '') return 0;
  if (kind === 'nature' && natureWords.test(text.normalize('NFKC'))) return 1;
  if (isNumberText(text) || text.length > 4) return -1.5;
  return kind === 'unit' ? 1 : 0;
}

/** The score of a cell in a value column, or undefined where it cannot stand. */
function valueScore(cell: GridCell, kind: ColumnKind): number | undefined {
  const label = rowLabelKind(cell.text);
  if (label !== undefined && label !== 'text') return undefined;
  if (kind === 'number') {
    if (isNumberText(cell.text)) return 2;
    return cell.text === '' || isNumberOrMark(cell.text) ? 1 : undefined;
  }
  if (kind === 'nature' || kind === 'unit') return shortWordScore(cell.text, kind);
  return cell.text === '' ? 0 : 0.5;
}

/** The best score of each row choice starting at a position, given the rows after it. */
function bestRowAt(
  cells: readonly GridCell[],
  start: number,
  shape: RowShape,
  after: readonly number[],
): { readonly score: number; readonly choice: RowChoice } {
  // A stray cell (a page number, a cell no row can hold) scores below any row that fits.
  const strayScore = missingScore * shape.tail.length - 10;
  let best = {
    score: strayScore + (after[start + 1] ?? 0),
    choice: { sequence: 0, names: 0, tail: 0, stray: true },
  };
  const sequences = shape.sequence && isNumberText(cells[start]?.text ?? '') ? [1, 0] : [0];
  for (const sequence of sequences) {
    let nameScore = 0;
    for (let names = 1; names <= shape.names; names += 1) {
      const nameCell = cells[start + sequence + names - 1];
      if (nameCell === undefined || !fitsName(nameCell, names === 1)) break;
      if (names > 1 && rowLabelKind(cells[start + sequence]?.text ?? '') !== undefined) {
        if (rowLabelKind(cells[start + sequence]?.text ?? '') !== 'category') break;
      }
      nameScore += nameCell.text === '' ? 0 : 1;
      let tailScore = 0;
      const tailStart = start + sequence + names;
      for (let tail = 0; tail <= shape.tail.length; tail += 1) {
        if (tail > 0) {
          const cell = cells[tailStart + tail - 1];
          const kind = shape.tail[tail - 1];
          const score =
            cell === undefined || kind === undefined ? undefined : valueScore(cell, kind);
          if (score === undefined) break;
          tailScore += score;
        }
        const end = tailStart + tail;
        const missing = shape.tail.length - tail;
        const total =
          rowScore + sequence + nameScore + tailScore + missing * missingScore + (after[end] ?? 0);
        if (total > best.score) {
          best = { score: total, choice: { sequence, names, tail, stray: false } };
        }
      }
    }
  }
  return best;
}

/**
 * Splits a run of value cells into rows under a header's shape: each row an optional 序号,
 * one to all name columns (merged names missing on the left), then the value columns in order.
 * Weights, scores and amounts must be numbers (or `/`, blank), row labels only open rows (trust
 * labels over positions), and the split with the best fit wins (dynamic programming, linear in
 * the cells). A row that ends before its last column is padded with empty cells on the right
 * and reported as `row_short`.
 */
function splitRows(cells: readonly StreamCell[], shape: RowShape): RowDraft[] {
  const plain = cells.map((each) => each.cell);
  const after: number[] = new Array<number>(plain.length + 1).fill(0);
  const choices: RowChoice[] = [];
  for (let start = plain.length - 1; start >= 0; start -= 1) {
    const best = bestRowAt(plain, start, shape, after);
    after[start] = best.score;
    choices[start] = best.choice;
  }
  const rows: RowDraft[] = [];
  let start = 0;
  while (start < plain.length) {
    const choice = choices[start];
    if (choice === undefined) break;
    const length = choice.stray ? 1 : choice.sequence + choice.names + choice.tail;
    const taken = cells.slice(start, start + length);
    const rowCells = taken.map((each) => each.cell);
    const repairs = taken.flatMap((each) => each.repairs);
    const missing = choice.stray ? 0 : shape.tail.length - choice.tail;
    const first = rowCells[0];
    if (missing > 0 && first !== undefined) {
      repairs.push(textRepair('row_short', first.location, missing));
      const head = rowCells.slice(0, choice.sequence + choice.names);
      const values = rowCells.slice(head.length);
      rows.push({ cells: [...head, ...fillValues(values, shape.tail, first)], repairs });
    } else {
      rows.push({ cells: rowCells, repairs });
    }
    start += length;
  }
  return rows;
}

/**
 * The value cells of a row that fell short, filled out to the header's value columns with
 * empty cells: a total row (总分 100 96.47) puts its numbers under the last number columns
 * (分值, 得分), any other row keeps its values in header order and is filled on the right.
 * An empty cell takes the location of the row's first cell.
 */
function fillValues(
  values: readonly GridCell[],
  tail: readonly ColumnKind[],
  first: GridCell,
): GridCell[] {
  const empty = (): GridCell => ({ text: '', location: first.location });
  const numberColumns = tail.flatMap((kind, index) => (kind === 'number' ? [index] : []));
  const allNumbers = values.every((cell) => isNumberOrMark(cell.text));
  if (rowLabelKind(first.text) === 'total' && allNumbers && values.length <= numberColumns.length) {
    const filled = tail.map(empty);
    const targets = numberColumns.slice(numberColumns.length - values.length);
    values.forEach((cell, index) => {
      const column = targets[index];
      if (column !== undefined) filled[column] = cell;
    });
    return filled;
  }
  return [...values, ...tail.slice(values.length).map(empty)];
}

/** Rows without a header to shape them: a new row at each text cell after a number. */
function rowsWithoutHeader(cells: readonly StreamCell[]): RowDraft[] {
  const rows: { cells: GridCell[]; repairs: Repair[] }[] = [];
  let current: { cells: GridCell[]; repairs: Repair[] } | undefined;
  let hasNumber = false;
  for (const each of cells) {
    const number = isNumberOrMark(each.cell.text);
    if (current === undefined || (!number && hasNumber)) {
      current = { cells: [], repairs: [] };
      rows.push(current);
      hasNumber = false;
    }
    current.cells.push(each.cell);
    current.repairs.push(...each.repairs);
    hasNumber ||= number;
  }
  return rows;
}

/** The longest join of up to three fragments from a position that makes a known header. */
function headerJoinAt(cells: readonly StreamCell[], start: number): number {
  const first = cells[start]?.cell.text ?? '';
  if (first === '' || isNumberText(first)) return 1;
  let text = first;
  let best = 1;
  for (let count = 2; count <= 3; count += 1) {
    const next = cells[start + count - 1]?.cell.text ?? '';
    if (
      next === '' ||
      isNumberText(next) ||
      (headerRole(next) !== undefined && count === 2 && headerRole(first) !== undefined)
    ) {
      break;
    }
    text = `${text}${next}`;
    if (headerRole(text) !== undefined) best = count;
  }
  return best;
}

/** Joins header fragments (全年 + 预算数, 偏差原因分析 + 及改进措施) into known headers. */
function joinHeaderFragments(cells: readonly StreamCell[]): StreamCell[] {
  const joined: StreamCell[] = [];
  for (let index = 0; index < cells.length;) {
    const count = headerJoinAt(cells, index);
    const first = cells[index];
    if (first === undefined) break;
    if (count === 1) {
      joined.push(first);
    } else {
      const parts = cells.slice(index, index + count);
      joined.push({
        cell: {
          text: joinAllWrapped(parts.map((each) => each.cell.text)),
          location: first.cell.location,
        },
        repairs: [
          ...parts.flatMap((each) => each.repairs),
          textRepair('header_joined', first.cell.location),
        ],
      });
    }
    index += count;
  }
  return joined;
}

/** How many cells from a position form a header run (two or more known headers), or 0. */
function headerRunAt(cells: readonly StreamCell[], start: number): number {
  let index = start;
  if (
    isBlockHeader(cells[index]?.cell.text ?? '') &&
    headerRole(cells[index]?.cell.text ?? '') === undefined
  ) {
    index += 1;
  }
  let roles = 0;
  while (index < cells.length && headerRole(cells[index]?.cell.text ?? '') !== undefined) {
    index += 1;
    roles += 1;
  }
  return roles >= 2 ? index - start : 0;
}

/** Whether a cell ends a run of values: a title, the start of a header run, a text row. */
function endsValues(cells: readonly StreamCell[], index: number): boolean {
  const text = cells[index]?.cell.text ?? '';
  return isTitleText(text) || headerRunAt(cells, index) > 0 || rowLabelKind(text) === 'text';
}

const draftOf = (cells: readonly StreamCell[]): RowDraft => ({
  cells: cells.map((each) => each.cell),
  repairs: cells.flatMap((each) => each.repairs),
});

/**
 * Rebuilds the rows of a text that gives one cell at a time (layout (b)): header cells first,
 * then each row's values in header order. Titles and their year stand alone, header fragments
 * are joined into known headers, a text row (项目名称 …) takes the cells up to the next label,
 * and runs of values are split into rows by the header's shape (see {@link splitRows}).
 *
 * @param stream - the cells in reading order
 * @returns the rows, with their repairs
 */
export function rebuildRows(stream: readonly StreamCell[]): RowDraft[] {
  const cells = joinHeaderFragments(stream);
  const rows: RowDraft[] = [];
  let shape: RowShape | undefined;
  let index = 0;
  while (index < cells.length) {
    const current = cells[index];
    if (current === undefined) break;
    const text = current.cell.text;
    const run = headerRunAt(cells, index);
    if (isTitleText(text) || isYearOnly(text)) {
      rows.push(draftOf([current]));
      if (isTitleText(text)) shape = undefined;
      index += 1;
    } else if (run > 0) {
      const header = cells.slice(index, index + run);
      rows.push(draftOf(header));
      shape = shapeOf(header.map((each) => each.cell));
      index += run;
    } else if (rowLabelKind(text) === 'text') {
      let end = index + 1;
      while (
        end < cells.length &&
        !endsValues(cells, end) &&
        rowLabelKind(cells[end]?.cell.text ?? '') === undefined
      ) {
        end += 1;
      }
      rows.push(draftOf(cells.slice(index, end)));
      index = end;
    } else {
      let end = index + 1;
      while (end < cells.length && !endsValues(cells, end)) end += 1;
      const values = cells.slice(index, end);
      rows.push(...(shape === undefined ? rowsWithoutHeader(values) : splitRows(values, shape)));
      index = end;
    }
  }
  return rows;
}
