// Whether the rows read from a borderless table have the shape its indicator header gives them.
// Where no rule is drawn, rows are a guess: a misread splits an indicator's name from its numbers
// (a row of numbers without a name, a 三级 name without its weight or score). Such a table is
// read that badly that its sums would be false findings: its indicator rows are handed on as
// rows seen and not read, rather than as a score table.
import type { BilingualMessage } from '../../issues/Issue.js';
import type { Repair } from '../CellGrid.js';
import { columnRole, levelRoles, totalKey, totalLabels, type ColumnRole } from '../vocabulary.js';
import type { DraftCell } from './PageTable.js';
import { isValueText } from './streamColumns.js';

const nameRoles: ReadonlySet<ColumnRole> = new Set(levelRoles);
const valueRoles: ReadonlySet<ColumnRole> = new Set(['weight', 'score']);

/** The roles of a header row of an indicator block (3 or more roles, a level among them). */
function indicatorRoles(row: readonly DraftCell[]): Map<number, ColumnRole> | undefined {
  const roles = new Map<number, ColumnRole>();
  row.forEach((cell, column) => {
    const role = columnRole(cell.text);
    if (role !== undefined) roles.set(column, role);
  });
  const levels = [...roles.values()].some((role) => nameRoles.has(role));
  const values = [...roles.values()].some((role) => valueRoles.has(role));
  return roles.size >= 3 && levels && values ? roles : undefined;
}

/**
 * The columns of a header that name categories, merged over their rows, and the column of the
 * leaf names: under 四级 and deeper (all read as `level4`), the rightmost of those names the
 * leaves and every level column left of it a category; under three levels or fewer, 一级 and
 * 二级 name categories and 三级 the leaves (a 2-level header has no leaf column).
 *
 * @param roles - the header's role of each column
 * @returns the category columns and the leaf columns
 *
 * @example
 * levelColumns(new Map([[0, 'level1'], [1, 'level2'], [2, 'level3'], [3, 'weight']]));
 * // → { upper: Set {0, 1}, leaf: [2] }
 */
export function levelColumns(roles: ReadonlyMap<number, ColumnRole>): {
  readonly upper: ReadonlySet<number>;
  readonly leaf: readonly number[];
} {
  const deepest = Math.max(
    -1,
    ...[...roles].filter(([, role]) => role === 'level4').map(([column]) => column),
  );
  if (deepest < 0)
    return {
      upper: new Set(
        [...roles]
          .filter(([, role]) => role === 'level1' || role === 'level2')
          .map(([column]) => column),
      ),
      leaf: [...roles].filter(([, role]) => role === 'level3').map(([column]) => column),
    };
  return {
    upper: new Set(
      [...roles]
        .filter(([column, role]) => nameRoles.has(role) && column !== deepest)
        .map(([column]) => column),
    ),
    leaf: [deepest],
  };
}

const isTotalRow = (row: readonly DraftCell[]): boolean =>
  row.some((cell) => totalLabels.includes(totalKey(cell.text)));

/** Why a row of an indicator block does not have the header's shape, if it does not. */
function shapeFault(
  row: readonly DraftCell[],
  roles: ReadonlyMap<number, ColumnRole>,
): BilingualMessage | undefined {
  const text = (role: ColumnRole): string[] =>
    [...roles]
      .filter(([, each]) => each === role)
      .map(([column]) => row[column]?.text.trim() ?? '');
  const named = levelRoles.some((role) => text(role).some((each) => each !== ''));
  // The leaf names sit in the deepest level column the header has (三级, or 四级 and deeper).
  const leafName = levelColumns(roles).leaf.some(
    (column) => (row[column]?.text.trim() ?? '') !== '',
  );
  const valued = [...text('weight'), ...text('score')].some(
    (each) => each !== '' && isValueText(each),
  );
  if (valued && !named)
    return {
      zh: '一行只有分值或得分，没有指标名称',
      en: 'a row of a weight or score without a name',
    };
  if (leafName && !valued)
    return {
      zh: '三级指标名称的一行没有分值和得分',
      en: 'a row of a 三级 name without its weight and score',
    };
  return undefined;
}

/**
 * Checks the indicator blocks of a borderless table's rows: when a row of a block (after a
 * header with name and weight or score columns, up to its total row) has a weight or score
 * without any name, or a 三级 name without weight and score, the whole block's rows and its
 * total row are marked unread (each cell's `unread`), with one `pdf_rows_unplaced` repair.
 *
 * @param rows - the table's rows, filled
 * @param page - the 1-based page
 * @returns the rows, a failing block's rows marked, and the repairs
 *
 * @example
 * checkRowShape(draftRows, 1).repairs; // → [] for a table read whole
 */
export function checkRowShape(
  rows: readonly (readonly DraftCell[])[],
  page: number,
): { readonly rows: (readonly DraftCell[])[]; readonly repairs: Repair[] } {
  const result: (readonly DraftCell[])[] = [...rows];
  const repairs: Repair[] = [];
  let index = 0;
  while (index < rows.length) {
    const roles = indicatorRoles(rows[index] ?? []);
    index += 1;
    if (roles === undefined) continue;
    let end = index;
    while (end < rows.length) {
      const row = rows[end] ?? [];
      if (isTotalRow(row) || indicatorRoles(row) !== undefined) break;
      end += 1;
    }
    const faults = rows
      .slice(index, end)
      .map((row, at) => ({ at: index + at, fault: shapeFault(row, roles) }));
    const firstFault = faults.find((each) => each.fault !== undefined);
    if (firstFault?.fault !== undefined) {
      const count = faults.filter((each) => each.fault !== undefined).length;
      const unread: BilingualMessage = {
        zh: `页面上没有表格线，按对齐推断的行不合表头的列（${firstFault.fault.zh}，共 ${String(count)} 行如此）：本区各行未读`,
        en: `the page draws no rules and the rows inferred from alignment do not fit the header's columns (${firstFault.fault.en}; ${String(count)} such rows): this block's rows are not read`,
      };
      const line = rows[firstFault.at]?.[0]?.line ?? 1;
      const total = isTotalRow(rows[end] ?? []);
      const marked = (total ? end + 1 : end) - index;
      repairs.push({
        code: 'pdf_rows_unplaced',
        location: { kind: 'page', page, line },
        message: {
          zh: `第 ${String(page)} 页第 ${String(line)} 行起，${unread.zh}（共 ${String(marked)} 行${total ? '，连同合计行' : ''}）`,
          en: `From page ${String(page)}, line ${String(line)}: ${unread.en} (${String(marked)} rows${total ? ', with the total row' : ''})`,
        },
        guess: true,
      });
      // The block's total adds up rows not read: it is not read either.
      const last = total ? end : end - 1;
      for (let at = index; at <= last; at += 1)
        result[at] = (rows[at] ?? []).map((cell) => ({ ...cell, unread }));
    }
    index = end;
  }
  return { rows: result, repairs };
}
