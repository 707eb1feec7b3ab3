import { visibleText } from '../../issues/visibleText.js';
import type { GridCell, GridRow, Repair } from '../CellGrid.js';
import type { ColumnRole } from '../vocabulary.js';
import { cellOf, emptyCellAt, repairAt, rowOf, type Token } from './runOnToken.js';
import {
  categoryWeight,
  isBareOperator,
  isCategoryName,
  isLevelWord,
  isMeasured,
  isNotApplicable,
  isPercent,
  isPlainNumber,
  isSentenceLike,
  isValueShaped,
  shapeKey,
} from './valueShapes.js';

/** What one column of an indicator row holds, as far as token shapes can tell. */
type SlotKind =
  'names' | 'number' | 'coefficient' | 'measured' | 'nature' | 'unit' | 'text' | 'flag';

interface Slot {
  readonly kind: SlotKind;
  readonly role: ColumnRole | undefined;
  readonly min: number;
  readonly max: number;
  readonly emptyCost: number;
}

const forbidden = Number.POSITIVE_INFINITY;
/** How many more name tokens than name columns a row may have (names broken by spaces). */
const extraNames = 3;
const levelRoles: readonly (ColumnRole | undefined)[] = ['level1', 'level2', 'level3', 'level4'];
const natureWords = ['定量', '定性', '正向', '反向', '共性', '个性', '定量指标', '定性指标'];

function slotOf(role: ColumnRole | undefined): Slot {
  switch (role) {
    case 'weight':
      return { kind: 'number', role, min: 0, max: 1, emptyCost: 6 };
    case 'score':
      return { kind: 'number', role, min: 0, max: 1, emptyCost: 5 };
    case 'sequence':
      return { kind: 'number', role, min: 0, max: 1, emptyCost: 1 };
    case 'coefficient':
      return { kind: 'coefficient', role, min: 0, max: 1, emptyCost: 4 };
    case 'target':
    case 'adjustedTarget':
    case 'actual':
      return { kind: 'measured', role, min: 0, max: 3, emptyCost: 4 };
    case 'nature':
      return { kind: 'nature', role, min: 0, max: 1, emptyCost: 3 };
    case 'unit':
      return { kind: 'unit', role, min: 0, max: 1, emptyCost: 1 };
    case 'core':
      return { kind: 'flag', role, min: 0, max: 1, emptyCost: 1 };
    case 'initialBudget':
    case 'budget':
    case 'executed':
    case 'rate':
      return { kind: 'coefficient', role, min: 0, max: 1, emptyCost: 4 };
    case 'level1':
    case 'level2':
    case 'level3':
    case 'level4':
    case 'reason':
    case 'method':
    case 'explanation':
    case 'fundSource':
    case undefined:
      return { kind: 'text', role, min: 0, max: 8, emptyCost: 0 };
  }
}

function nameTokenCost(token: Token, previous: Token | undefined): number {
  if (isValueShaped(token.text) || isLevelWord(token.text)) return forbidden;
  // Category names come before the leaf name in a row: a category after a leaf starts a new row.
  if (previous !== undefined && isCategoryName(token.text) && !isCategoryName(previous.text)) {
    return forbidden;
  }
  return isSentenceLike(token.text) ? 2.5 : 0;
}

function measuredTokenCost(slot: Slot, token: Token, previous: Token | undefined): number {
  const text = token.text;
  if (isCategoryName(text)) return forbidden;
  if (previous !== undefined) {
    if (isBareOperator(previous.text)) return isPlainNumber(text) || isMeasured(text) ? 0 : 3;
    return 1.5 + (isSentenceLike(text) ? 2 : 1);
  }
  if (isBareOperator(text)) return 0.5;
  if (isMeasured(text)) return 0;
  if (isLevelWord(text)) return slot.role === 'actual' ? 0 : 0.8;
  if (isPlainNumber(text) || isNotApplicable(text)) return 0.4;
  if (isSentenceLike(text)) return 2;
  return 1;
}

function singleTokenCost(slot: Slot, token: Token): number {
  const text = token.text;
  switch (slot.kind) {
    case 'number':
      if (isPlainNumber(text)) return 0;
      return isNotApplicable(text) ? 0.5 : forbidden;
    case 'coefficient':
      if (isPlainNumber(text) || isPercent(text)) return 0;
      return isNotApplicable(text) ? 0.5 : forbidden;
    case 'nature':
      if (natureWords.includes(shapeKey(text)) || isBareOperator(text)) return 0;
      return isCategoryName(text) || isValueShaped(text) ? forbidden : 2.5;
    case 'unit':
      return !/\d/.test(text) && text.length <= 4 && !isCategoryName(text) ? 0.5 : forbidden;
    case 'flag':
      return shapeKey(text) === '是' || shapeKey(text) === '否' ? 0 : forbidden;
    case 'names':
    case 'measured':
    case 'text':
      return forbidden;
  }
}

/** The cost of reading tokens[from, to) as one slot's cell; 0 tokens costs its emptyCost. */
function slotCost(slot: Slot, tokens: readonly Token[], from: number, to: number): number {
  if (to === from) return slot.kind === 'names' ? forbidden : slot.emptyCost;
  let cost = 0;
  for (let index = from; index < to; index += 1) {
    const token = tokens[index];
    if (token === undefined) return forbidden;
    const previous = index > from ? tokens[index - 1] : undefined;
    switch (slot.kind) {
      case 'names':
        cost += nameTokenCost(token, previous);
        break;
      case 'measured':
        cost += measuredTokenCost(slot, token, previous);
        break;
      case 'text':
        if (isCategoryName(token.text)) return forbidden;
        cost += isSentenceLike(token.text) ? 0.2 : isValueShaped(token.text) ? 1.8 : 1.3;
        break;
      case 'number':
      case 'coefficient':
      case 'nature':
      case 'unit':
      case 'flag':
        cost += singleTokenCost(slot, token);
        break;
    }
    if (cost === forbidden) return forbidden;
  }
  // More name tokens than name columns: a name with a space in it, a guess to join.
  if (slot.kind === 'names') cost += 1.5 * Math.max(0, to - from - (slot.max - extraNames));
  return cost;
}

/** The slots of one indicator row from the header's column roles. */
function slotsOf(roles: readonly (ColumnRole | undefined)[]):
  | {
      readonly slots: readonly Slot[];
      readonly nameColumns: number;
    }
  | undefined {
  const first = roles.findIndex((role) => levelRoles.includes(role) && role !== undefined);
  if (first < 0) return undefined;
  const nameColumns = roles.filter(
    (role) => role !== undefined && levelRoles.includes(role),
  ).length;
  const slots: Slot[] = [];
  roles.forEach((role, index) => {
    if (index < first) {
      // Block labels before the name columns (绩效指标) are not columns of the rows.
      if (role !== undefined) slots.push(slotOf(role));
    } else if (index === first) {
      slots.push({
        kind: 'names',
        role: 'level3',
        min: 1,
        max: nameColumns + extraNames,
        emptyCost: 8,
      });
    } else if (role === undefined || !levelRoles.includes(role)) slots.push(slotOf(role));
  });
  return { slots, nameColumns };
}

/**
 * Groups a row's name tokens into at most `columns` cells. Leading category names (a template
 * name such as 质量指标, or a weighted `（N分）` name) are cells of their own; every other token
 * before the values belongs to the leaf's name, a name with spaces in it (`修缮工程 验收合格率`).
 * A full row of names none of which is a category (a tree the templates do not know) keeps one
 * cell per token.
 */
function nameCells(
  tokens: readonly [Token, ...Token[]],
  columns: number,
  repairs: Repair[],
): GridCell[] {
  const categories: Token[] = [];
  let rest = 0;
  while (
    rest < tokens.length - 1 &&
    categories.length < columns - 1 &&
    isCategoryName(tokens[rest]?.text ?? '')
  ) {
    const category = tokens[rest];
    if (category !== undefined) categories.push(category);
    rest += 1;
  }
  if (tokens.length - rest <= 1 || (categories.length === 0 && tokens.length === columns)) {
    return tokens.map((token) => cellOf([token]));
  }
  const [head, ...tail] = tokens.slice(rest);
  if (head === undefined) return tokens.map((token) => cellOf([token]));
  const joined = cellOf([head, ...tail], '');
  repairs.push(
    repairAt(
      'name_joined',
      head,
      `名称「${visibleText(joined.text)}」由 ${tail.length + 1} 段以空格分开的文字拼成`,
      `The name "${visibleText(joined.text)}" was joined from ${tail.length + 1} space-separated pieces`,
      true,
    ),
  );
  return [...categories.map((token) => cellOf([token])), joined];
}

/** A weighted name of a row, for checks on the reading (`产出指标（50分）` → 50). */
export function rowCategoryWeights(row: GridRow): readonly string[] {
  return row.cells.flatMap((cell) => categoryWeight(cell.text) ?? []);
}

/**
 * Rebuilds indicator rows from a run of tokens whose cell boundaries are lost, given the header's
 * column roles: the cheapest reading under the value shapes of each column (names, numbers,
 * targets with operators and units, level words, reasons with punctuation).
 *
 * @param tokens - the tokens after the header, up to the total row
 * @param roles - the header's column roles, left to right (undefined for a block label)
 * @param repairs - where the reading's guesses are added
 * @returns the rows, or undefined when no reading fits
 */
export function indicatorRows(
  tokens: readonly Token[],
  roles: readonly (ColumnRole | undefined)[],
  repairs: Repair[],
): readonly GridRow[] | undefined {
  const shape = slotsOf(roles);
  if (shape === undefined || tokens.length === 0) return undefined;
  const { slots, nameColumns } = shape;
  const count = tokens.length;
  const stateCount = slots.length + 1;
  const best: number[][] = Array.from({ length: count + 1 }, () =>
    new Array<number>(stateCount).fill(forbidden),
  );
  const taken: number[][] = Array.from({ length: count + 1 }, () =>
    new Array<number>(stateCount).fill(0),
  );
  const at = (position: number, state: number): number => best[position]?.[state] ?? forbidden;
  for (let position = 0; position <= count; position += 1) {
    const costs = best[position];
    const takes = taken[position];
    if (costs === undefined || takes === undefined) continue;
    for (let state = 1; state < stateCount; state += 1) {
      const slot = slots[state - 1];
      if (slot === undefined) continue;
      for (let size = slot.min; size <= slot.max && size <= position; size += 1) {
        const from = position - size;
        const before = size === 0 ? (costs[state - 1] ?? forbidden) : at(from, state - 1);
        if (before === forbidden) continue;
        const total = before + slotCost(slot, tokens, from, position);
        if (total < (costs[state] ?? forbidden)) {
          costs[state] = total;
          takes[state] = size;
        }
      }
    }
    costs[0] = position === 0 ? 0 : (costs[stateCount - 1] ?? forbidden);
  }
  if (at(count, 0) === forbidden) return undefined;
  // Walk the choices back from the end, one row at a time.
  const spans: (readonly [number, number])[] = [];
  let position = count;
  while (position > 0) {
    for (let state = stateCount - 1; state >= 1; state -= 1) {
      const size = taken[position]?.[state] ?? 0;
      spans.push([position - size, position]);
      position -= size;
    }
  }
  spans.reverse();
  const rows: GridRow[] = [];
  for (let start = 0; start < spans.length; start += slots.length) {
    rows.push(
      rowFromSpans(tokens, slots, spans.slice(start, start + slots.length), nameColumns, repairs),
    );
  }
  return rows;
}

function rowFromSpans(
  tokens: readonly Token[],
  slots: readonly Slot[],
  spans: readonly (readonly [number, number])[],
  nameColumns: number,
  repairs: Repair[],
): GridRow {
  const cells: GridCell[] = [];
  spans.forEach(([from, to], index) => {
    const slot = slots[index];
    const [head, ...tail] = tokens.slice(from, to);
    if (slot === undefined) return;
    if (head === undefined) {
      const near = tokens[from] ?? tokens[from - 1];
      if (near === undefined) return;
      cells.push(emptyCellAt(near));
      if (slot.emptyCost >= 4) {
        repairs.push(
          repairAt(
            'cell_missing',
            near,
            `此处缺少一个单元格（${slot.role ?? '列'}），按空单元格读取`,
            `A cell (${slot.role ?? 'column'}) is missing here; read as an empty cell`,
            true,
          ),
        );
      }
      return;
    }
    if (slot.kind === 'names') {
      cells.push(...nameCells([head, ...tail], nameColumns, repairs));
      return;
    }
    const cell = cellOf([head, ...tail]);
    cells.push(cell);
    const operatorAndValue = tail.length === 1 && isBareOperator(head.text);
    if (tail.length > 0 && slot.kind !== 'text' && !operatorAndValue) {
      repairs.push(
        repairAt(
          'cell_joined',
          head,
          `「${visibleText(cell.text)}」按一个单元格读取`,
          `"${visibleText(cell.text)}" was read as one cell`,
          true,
        ),
      );
    }
  });
  return rowOf(cells);
}
