import type { GridCell } from '../CellGrid.js';
import { columnRole, levelRoles, type ColumnRole } from '../vocabulary.js';
import { compactText, readCellValue } from './readCellValue.js';
import type { NameWeight, TableColumn } from './ScoreTable.js';
import { splitNameWeight } from './splitNameWeight.js';

/** A header row (or two) read into columns, and which block it heads. */
export interface HeaderReading {
  readonly kind: 'budget' | 'indicator';
  readonly columns: readonly TableColumn[];
  /** How many grid rows the header took (2 when split over two rows). */
  readonly rowsUsed: 1 | 2;
  readonly title?: GridCell;
  readonly titleWeight?: NameWeight;
  /** The header's fragments were joined (`全年` + `预算数`, two rows): a guess to report. */
  readonly joined: boolean;
}

const budgetRoles: ReadonlySet<ColumnRole> = new Set(['initialBudget', 'budget', 'executed']);
const nameRoles: ReadonlySet<ColumnRole> = new Set(levelRoles);
const indicatorValueRoles: ReadonlySet<ColumnRole> = new Set([
  'weight',
  'score',
  'target',
  'actual',
]);

interface Draft {
  readonly cells: readonly GridCell[];
  readonly text: string;
  readonly role: ColumnRole | undefined;
}

const draftOf = (cells: readonly GridCell[]): Draft => {
  const text = cells.map((cell) => cell.text.trim()).join('');
  return { cells, text, role: columnRole(text) };
};

/** Joins neighbouring fragments of one row that together make a known header (全年 | 预算数). */
function joinFragments(cells: readonly GridCell[]): { drafts: Draft[]; joined: boolean } {
  const drafts: Draft[] = [];
  let joined = false;
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index];
    if (cell === undefined) continue;
    const next = cells[index + 1];
    const alone = draftOf([cell]);
    if (alone.role === undefined && next !== undefined && compactText(cell.text) !== '') {
      const pair = draftOf([cell, next]);
      if (pair.role !== undefined) {
        drafts.push(pair);
        joined = true;
        index += 1;
        continue;
      }
    }
    drafts.push(alone);
  }
  return { drafts, joined };
}

const isHeaderish = (cells: readonly GridCell[]): boolean =>
  cells.every((cell) => {
    const value = readCellValue(cell);
    return value.kind === 'text' || value.kind === 'empty';
  });

const knownCount = (drafts: readonly Draft[]): number =>
  drafts.filter((draft) => draft.role !== undefined).length;

/** The block a row of drafts heads, or undefined when it is no header. */
function kindOf(drafts: readonly Draft[]): 'budget' | 'indicator' | undefined {
  const roles = new Set(drafts.flatMap((draft) => (draft.role === undefined ? [] : [draft.role])));
  const has = (set: ReadonlySet<ColumnRole>) => [...roles].some((role) => set.has(role));
  if (has(budgetRoles) && roles.size >= 2) return 'budget';
  if (has(nameRoles) && has(indicatorValueRoles) && roles.size >= 3) return 'indicator';
  return undefined;
}

/** Drafts of a header split over two rows, when joining them makes a better header. */
function twoRowDrafts(
  first: readonly GridCell[],
  second: readonly GridCell[] | undefined,
): Draft[] | undefined {
  if (second === undefined || second.length === 0 || !isHeaderish(second)) return undefined;
  const top = joinFragments(first).drafts;
  const below = joinFragments(second).drafts;
  // A header broken between cells: the second row holds only further known headers.
  const allKnown = below.every((draft) => draft.role !== undefined || draft.text === '');
  const seen = new Set(top.map((draft) => draft.role));
  const topKnown = top.some((draft) => draft.role !== undefined);
  if (topKnown && allKnown && below.some((draft) => draft.role !== undefined)) {
    const repeats = below.some((draft) => draft.role !== undefined && seen.has(draft.role));
    if (!repeats) {
      const combined = [...top, ...below.filter((draft) => draft.text !== '')];
      if (kindOf(combined) !== undefined) return combined;
    }
  }
  // A header split inside its cells: column i of the first row + column i of the second.
  if (second.length > first.length + 1) return undefined;
  // Only fragments count as joined: a cell of each row, neither a header on its own.
  let joins = 0;
  const columnwise = first.map((cell, index) => {
    const under = second[index];
    if (under === undefined || compactText(under.text) === '' || compactText(cell.text) === '') {
      return draftOf([cell]);
    }
    const pair = draftOf([cell, under]);
    if (
      pair.role !== undefined &&
      columnRole(cell.text) === undefined &&
      columnRole(under.text) === undefined
    ) {
      joins += 1;
    }
    return pair;
  });
  return joins >= 2 && knownCount(columnwise) > knownCount(top) && kindOf(columnwise) !== undefined
    ? columnwise
    : undefined;
}

/**
 * Reads a header row of a budget block or an indicator block by the roles of its columns, joining
 * fragments (a header split over two cells or two rows). The leading cells without a value role
 * (项目资金（万元）, 绩效指标(90分), 资金来源) are label columns; a weight written in the first of
 * them is the block's weight claim.
 *
 * @param row - the row's cells
 * @param next - the next row's cells, for a header split over two rows
 * @returns the header, or undefined when the row is no header
 *
 * @example
 * readHeader(cells('一级指标', '二级指标', '三级指标', '分值', '得分'))?.kind; // → "indicator"
 */
export function readHeader(
  row: readonly GridCell[],
  next?: readonly GridCell[],
): HeaderReading | undefined {
  if (!isHeaderish(row)) return undefined;
  const single = joinFragments(row);
  let drafts: Draft[] = single.drafts;
  let rowsUsed: 1 | 2 = 1;
  const combined = twoRowDrafts(row, next);
  const singleKind = kindOf(single.drafts);
  if (
    combined !== undefined &&
    (singleKind === undefined || knownCount(combined) > knownCount(drafts))
  ) {
    drafts = combined;
    rowsUsed = 2;
  }
  const kind = kindOf(drafts);
  if (kind === undefined) return undefined;
  const labelCount = leadingLabelCount(drafts, kind);
  const columns = drafts
    .filter((draft) => draft.text !== '' || draft.cells.length > 0)
    .map((draft, index): TableColumn => ({
      role: index < labelCount ? labelRole(draft.role, kind) : draft.role,
      cells: draft.cells,
      text: draft.text,
      percent: /[%％]/u.test(draft.text),
    }));
  const titleCell = drafts[0]?.cells[0];
  const titled =
    labelCount > 0 && titleCell !== undefined && drafts[0]?.role === undefined
      ? splitNameWeight(titleCell)
      : undefined;
  return {
    kind,
    columns,
    rowsUsed,
    joined: single.joined || rowsUsed === 2,
    ...(titled !== undefined && titleCell !== undefined ? { title: titleCell } : {}),
    ...(titled?.weight === undefined ? {} : { titleWeight: titled.weight }),
  };
}

/** A label column keeps a name role (一级指标) and loses a value role (年度预算数(万元) as label). */
function labelRole(
  role: ColumnRole | undefined,
  kind: 'budget' | 'indicator',
): ColumnRole | undefined {
  if (role === undefined) return undefined;
  if (kind === 'indicator') return role;
  return role === 'fundSource' ? role : undefined;
}

/**
 * How many leading columns are labels: without a role, a 资金来源 column, a role repeated by a later
 * column (年度预算数(万元) before 调整后预算数), and for indicators the name and 序号 columns.
 */
function leadingLabelCount(drafts: readonly Draft[], kind: 'budget' | 'indicator'): number {
  let count = 0;
  for (const [index, draft] of drafts.entries()) {
    const role = draft.role;
    const repeated =
      role !== undefined && drafts.slice(index + 1).some((later) => later.role === role);
    const label =
      role === undefined ||
      repeated ||
      (kind === 'budget' ? role === 'fundSource' : nameRoles.has(role) || role === 'sequence');
    if (!label) break;
    count += 1;
  }
  return count;
}
