import type { BilingualMessage } from '../issues/Issue.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { IndicatorNode as SchemeNode, Scheme } from '../scheme/Scheme.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import type { CellLocation } from '../tables/CellGrid.js';
import { totalRowsOf } from '../tables/scoreTable/applicableSubtotal.js';
import { nodeWeight } from '../tables/scoreTable/nodeSums.js';
import type {
  CellValue,
  IndicatorNode as TableNode,
  ScoreTable,
} from '../tables/scoreTable/ScoreTable.js';
import type { BudgetClaim, Claim, ClaimedSheet, NodeClaims, SourceLocation } from './Claims.js';

/** A table row placed on a scheme indicator: the row's names, the indicator, and how. */
export interface PlacedRow {
  /** The names from the table's 一级 down to the row (`产出指标 › 数量指标 › 补贴培训人数`). */
  readonly names: readonly string[];
  /** The scheme indicator's id and its path of ids. */
  readonly id: string;
  readonly path: readonly string[];
  /** `name`: the same name; `part`: the scheme's name ends with the row's (`部门整体绩效目标：产出指标`); `role`: the budget row, by the leaf's role. */
  readonly how: 'name' | 'part' | 'role';
}

/** A table row the scheme has no place for, with why. */
export interface UnplacedRow {
  readonly names: readonly string[];
  readonly reason: BilingualMessage;
}

/**
 * The score tables' rows laid on a scheme's tree by name: what was placed, what the scheme has no
 * indicator for, the scheme's leaves no row fills, and the placed rows' weights and scores as
 * claims on the scheme's ids (for the checks that need the scheme and for a recomputation).
 */
export interface TablePlacement {
  readonly placed: readonly PlacedRow[];
  readonly unplaced: readonly UnplacedRow[];
  /** Rows inside a scheme leaf that the department fills (a preset's 产出指标 slot): not placed, not missing. */
  readonly withinSlots: number;
  /** The scheme's leaves that no table row was placed on, by id and name. */
  readonly missing: readonly { readonly id: string; readonly name: string }[];
  readonly claims: ClaimedSheet;
}

const isDigit = (character: string): boolean => character >= '0' && character <= '9';
const numerals = '一二三四五六七八九十';

/** `（50分）`, `(2.5分)`: a weight note, NFKC-folded. */
function isWeightNote(text: string): boolean {
  if (!text.startsWith('(') || !text.endsWith('分)')) return false;
  const number = text.slice(1, -2);
  return (
    number !== '' &&
    Array.from(number).every((character) => isDigit(character) || character === '.')
  );
}

/** The length of a leading numbering (`1.`, `一、`, `（二）`, `(3)`), 0 when there is none. */
function numberingLength(text: string): number {
  const open = text.startsWith('(') ? 1 : 0;
  let at = open;
  while (at < text.length && at - open < 3) {
    const character = text.charAt(at);
    if (!isDigit(character) && !numerals.includes(character)) break;
    at += 1;
  }
  if (at === open) return 0;
  const mark = text.charAt(at);
  if (open === 1) return mark === ')' ? at + 1 : 0;
  return mark === '、' || mark === '.' ? at + 1 : 0;
}

/** A name as compared: NFKC, no spaces, no weight note `（50分）`, no leading numbering. */
export function placementName(name: string): string {
  let text = Array.from(name.normalize('NFKC'))
    .filter((character) => character.trim() !== '')
    .join('');
  const open = text.lastIndexOf('(');
  if (open > 0 && isWeightNote(text.slice(open))) text = text.slice(0, open);
  const numbering = numberingLength(text);
  return numbering > 0 && numbering < text.length ? text.slice(numbering) : text;
}

/** The names a scheme node answers to: its own, and the part after its last colon. */
function namesOf(node: SchemeNode<RuleBase>): readonly { text: string; part: boolean }[] {
  const own = placementName(node.name.zh);
  const colon = own.lastIndexOf(':');
  return colon > 0 && colon < own.length - 1
    ? [
        { text: own, part: false },
        { text: own.slice(colon + 1), part: true },
      ]
    : [{ text: own, part: false }];
}

/** The 分值 cells of a node's rows, top to bottom. */
function leafWeightCells(node: TableNode): readonly CellLocation[] {
  const own = node.values?.weight;
  if (own?.kind === 'number') return [own.cell.location];
  return node.children.flatMap(leafWeightCells);
}

/** A label without the colon it ends with (`年度资金总额：`). */
const trimColon = (label: string): string =>
  label.endsWith(':') || label.endsWith('：') ? label.slice(0, -1) : label;

interface Indexed {
  readonly node: SchemeNode<RuleBase>;
  readonly path: readonly string[];
}

/** The scheme's nodes whose name is `name`, among `candidates`, exact names before parts. */
function matching(
  candidates: readonly Indexed[],
  name: string,
): { readonly found: readonly Indexed[]; readonly part: boolean } {
  const exact = candidates.filter((each) =>
    namesOf(each.node).some((form) => !form.part && form.text === name),
  );
  if (exact.length > 0) return { found: exact, part: false };
  return {
    found: candidates.filter((each) =>
      namesOf(each.node).some((form) => form.part && form.text === name),
    ),
    part: true,
  };
}

/** Every node of the scheme with its path of ids, depth first. */
function indexScheme(scheme: Scheme<RuleBase>): readonly Indexed[] {
  const all: Indexed[] = [];
  const stack: Indexed[] = [...scheme.indicators]
    .reverse()
    .map((node) => ({ node, path: [node.id] }));
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    all.push(next);
    if (next.node.type === 'category') {
      const { path } = next;
      for (const child of [...next.node.children].reverse())
        stack.push({ node: child, path: [...path, child.id] });
    }
  }
  return all;
}

/** Claims being gathered for one scheme id. */
interface Gathering {
  weight: Claim[];
  score: Claim[];
}

/**
 * Lays score tables' rows on a scheme's tree by name. A table's 一级 row is looked for among the
 * scheme's nodes, its lower rows first among the descendants of where their parent was placed
 * (then anywhere); a name matches when it is the scheme's name, or the part of it after its last
 * colon (`部门整体绩效目标：产出指标` answers to 产出指标), compared without spaces, weight notes
 * and numbering. A row placed on a scheme leaf the department fills (a preset's slot) carries its
 * rows below as the slot's contents. The budget block's 年度资金总额 row is placed on the leaf
 * whose role is `budget-execution`. A name that matches no node, or several, is unplaced.
 *
 * @param tables - the score tables read from a report
 * @param scheme - the scheme to place them on
 * @param source - where a cell stands, as an audit source
 * @returns what was placed, what was not, the scheme's leaves left empty, and the claims
 */
export function placeTables(
  tables: readonly ScoreTable[],
  scheme: Scheme<RuleBase>,
  source: (location: CellLocation) => SourceLocation,
): TablePlacement {
  const all = indexScheme(scheme);
  const placed: PlacedRow[] = [];
  const unplaced: UnplacedRow[] = [];
  const gathered = new Map<string, Gathering>();
  const budget: BudgetClaim[] = [];
  const total: Claim[] = [];
  let withinSlots = 0;

  const claimOf = (value: CellValue | undefined): Claim | undefined =>
    value?.kind === 'number'
      ? { value: value.cell.text, source: source(value.cell.location) }
      : undefined;
  const gather = (id: string, weight: Claim | undefined, score: Claim | undefined): void => {
    const entry = gathered.get(id) ?? { weight: [], score: [] };
    if (weight !== undefined) entry.weight.push(weight);
    if (score !== undefined) entry.score.push(score);
    gathered.set(id, entry);
  };
  // A category row that states no weight of its own weighs what its rows do (Σ 分值): a claim
  // the table makes by its rows, derived, with the rows' cells as its sources.
  const derivedWeight = (node: TableNode): Claim | undefined => {
    if (node.children.length === 0) return undefined;
    const sum = nodeWeight(node);
    if (sum === undefined) return undefined;
    const cells = leafWeightCells(node);
    const [first] = cells;
    return {
      value: formatDecimal(sum.value),
      ...(first === undefined ? {} : { source: source(first) }),
      derived: { from: cells.map((cell) => source(cell)) },
    };
  };
  const countRows = (node: TableNode): number =>
    node.children.reduce((sum, child) => sum + countRows(child), node.values === undefined ? 0 : 1);

  const place = (node: TableNode, names: readonly string[], within: Indexed | undefined): void => {
    const rowNames = [...names, node.name];
    const name = placementName(node.name);
    const below =
      within === undefined
        ? all
        : all.filter(
            (each) =>
              each.path.length > within.path.length &&
              within.path.every((id, index) => each.path[index] === id),
          );
    let { found, part } = matching(below, name);
    if (found.length === 0 && within !== undefined) ({ found, part } = matching(all, name));
    const [only] = found;
    if (found.length !== 1 || only === undefined) {
      unplaced.push({
        names: rowNames,
        reason:
          found.length === 0
            ? { zh: '方案中没有同名指标', en: 'no indicator of that name in the scheme' }
            : {
                zh: `方案中有 ${String(found.length)} 个同名指标（${found.map((each) => each.node.id).join('、')}）`,
                en: `${String(found.length)} indicators of that name in the scheme (${found.map((each) => each.node.id).join(', ')})`,
              },
      });
      node.children.forEach((child) => {
        place(child, rowNames, within);
      });
      return;
    }
    placed.push({
      names: rowNames,
      id: only.node.id,
      path: only.path,
      how: part ? 'part' : 'name',
    });
    gather(
      only.node.id,
      claimOf(node.values?.weight) ??
        (node.nameWeight === undefined
          ? derivedWeight(node)
          : { value: node.nameWeight.written, source: source(node.nameWeight.cell.location) }),
      claimOf(node.values?.score),
    );
    if (only.node.type === 'leaf') {
      withinSlots += node.children.reduce((sum, child) => sum + countRows(child), 0);
      return;
    }
    node.children.forEach((child) => {
      place(child, rowNames, only);
    });
  };

  const budgetLeaf = all.find(
    (each) => each.node.type === 'leaf' && each.node.role === 'budget-execution',
  );
  for (const table of tables) {
    for (const root of table.indicators?.roots ?? []) place(root, [], undefined);
    const row = table.budget?.total;
    if (row !== undefined) {
      const names = [trimColon(row.label)];
      if (budgetLeaf === undefined) {
        unplaced.push({
          names,
          reason: {
            zh: '方案中没有预算执行类指标（role: budget-execution）',
            en: 'the scheme has no budget-execution leaf (role: budget-execution)',
          },
        });
      } else {
        placed.push({ names, id: budgetLeaf.node.id, path: budgetLeaf.path, how: 'role' });
        // The weight from the 分值 cell, else from the block title (`预算执行情况（20分）`).
        const titleWeight = table.budget?.titleWeight;
        gather(
          budgetLeaf.node.id,
          claimOf(row.values.weight) ??
            (titleWeight === undefined
              ? undefined
              : { value: titleWeight.written, source: source(titleWeight.cell.location) }),
          claimOf(row.values.score),
        );
        const amount = claimOf(row.values.budget);
        const executed = claimOf(row.values.executed);
        if (amount !== undefined && executed !== undefined) {
          const rate = claimOf(row.values.rate);
          budget.push({
            budget: amount,
            executed,
            indicator: budgetLeaf.node.id,
            ...(rate === undefined ? {} : { rate }),
          });
        }
      }
    }
    // The applicable subtotal (`合计（不含不适用指标）`) is not the total.
    for (const totalRow of totalRowsOf(table)) {
      const claim = claimOf(totalRow.score);
      if (claim !== undefined) total.push(claim);
    }
  }

  const placedIds = new Set(placed.map((row) => row.id));
  const missing = all
    .filter((each) => each.node.type === 'leaf' && !placedIds.has(each.node.id))
    .map((each) => ({ id: each.node.id, name: each.node.name.zh }));
  // Ids come from the scheme: a null-prototype object, as readClaims makes it.
  const nodes: Record<string, NodeClaims> = Object.fromEntries(
    [...gathered].map(([id, claims]) => [id, { ...claims, scoreRate: [] }]),
  );
  Object.setPrototypeOf(nodes, null);
  return {
    placed,
    unplaced,
    withinSlots,
    missing,
    claims: {
      fullMarks: [],
      total,
      grade: [],
      nodes,
      budget,
      threePublic: [],
      unplaced: [],
    },
  };
}
