import type { Dec } from '../../decimal/JixiaoDecimal.js';
import type { BilingualMessage } from '../../issues/Issue.js';
import type { CellLocation, GridCell, LayoutName, Repair } from '../CellGrid.js';
import type { ColumnRole } from '../vocabulary.js';

/**
 * One cell of a score table as read: a number (with its written precision), a not-applicable
 * mark (`/`, `—`, `无`), an empty or absent cell, or text. Every form keeps its source cell, except
 * an `empty` cell the source dropped (merged or never printed), which has none.
 */
export type CellValue =
  | {
      readonly kind: 'number';
      readonly cell: GridCell;
      readonly value: Dec;
      /** The number as compared: NFKC-folded, no spaces, no thousands separators, no unit. */
      readonly written: string;
      /** Decimal places as written, in the written unit (`96.00%` → 2, `9.6` → 1). */
      readonly places: number;
      /** Written with `%`: `value` is then the fraction (96.00% → 0.96). */
      readonly percent: boolean;
    }
  | { readonly kind: 'notApplicable'; readonly cell: GridCell }
  | { readonly kind: 'empty'; readonly cell?: GridCell }
  | { readonly kind: 'text'; readonly cell: GridCell };

/** The number form of {@link CellValue}. */
export type NumberValue = Extract<CellValue, { readonly kind: 'number' }>;

/** A weight written inside a name cell or block title (`产出指标(50分)`, `绩效指标（90分）`). */
export interface NameWeight {
  readonly value: Dec;
  /** The number as written (`50`). */
  readonly written: string;
  readonly places: number;
  readonly cell: GridCell;
}

/** A column of a header: its role (undefined for a header the vocabulary does not know). */
export interface TableColumn {
  readonly role: ColumnRole | undefined;
  /** The header cell(s) as written; two when the header was split over two rows or cells. */
  readonly cells: readonly GridCell[];
  /** The joined header text. */
  readonly text: string;
  /** The header marks its values as percentages (`得分系数(%)`). */
  readonly percent: boolean;
}

/** The values of one row by column role (roles the header lacks or the row left out are absent). */
export type RowValues = Readonly<Partial<Record<ColumnRole, CellValue>>>;

/** A row of the budget block: 年度资金总额 (`total`) or one of its 其中 rows (`part`). */
export interface BudgetRow {
  readonly kind: 'total' | 'part';
  /** The label as written (cells joined: `其中：当年财政拨款`), and its first cell. */
  readonly label: string;
  readonly labelCell: GridCell;
  readonly values: RowValues;
  /** The row's index in the grid. */
  readonly row: number;
}

/** The budget block: its header columns, the block title's weight (`（20分）`), and its rows. */
export interface BudgetBlock {
  readonly columns: readonly TableColumn[];
  readonly title?: GridCell;
  readonly titleWeight?: NameWeight;
  readonly total?: BudgetRow;
  readonly parts: readonly BudgetRow[];
}

/**
 * An indicator of the tree as the table writes it: a category (一级/二级 name, its children below)
 * or a leaf (the deepest name column). `values` is present when the indicator has its own row
 * (every leaf; a category only where the table prints a row for it).
 */
export interface IndicatorNode {
  /** 1-based depth in the header's name columns (一级 = 1); leaves of a flat list are depth 1. */
  readonly depth: number;
  /** The name as written, its weight claim removed and split fragments joined. */
  readonly name: string;
  readonly nameCells: readonly GridCell[];
  /** The weight the name cell claims (`效益指标（30分）`). */
  readonly nameWeight?: NameWeight;
  readonly values?: RowValues;
  /** The grid row of `values`. */
  readonly row?: number;
  readonly children: readonly IndicatorNode[];
}

/** The indicator block: header columns, the block title's weight (`绩效指标(90分)`), the tree. */
export interface IndicatorBlock {
  readonly columns: readonly TableColumn[];
  readonly title?: GridCell;
  readonly titleWeight?: NameWeight;
  /** The top of the tree: 一级 categories, or leaves of a flat list. */
  readonly roots: readonly IndicatorNode[];
}

/**
 * A total row (总分 / 合计 / 自评总分(分)): its weight total and score total as far as the row
 * states them. `decidedBy` says how a row with one number was read.
 */
export interface TotalRow {
  readonly label: GridCell;
  readonly weight?: NumberValue;
  readonly score?: NumberValue;
  readonly decidedBy:
    'columns' | 'order' | 'weight-sum' | 'score-sum' | 'unscored-sheet' | 'score-default';
  readonly row: number;
}

/** A total or a grade stated in a text cell or a label cell (`自评总分(分) 95.3`, `评价等级为优`). */
export interface StatedValue {
  /** The value as written (`95.18`, `优秀`). */
  readonly written: string;
  readonly cell: GridCell;
  /** How it was found: `label-cell` (a 自评总分 cell and its neighbour), `sentence`. */
  readonly how: 'label-cell' | 'sentence';
}

/** A text row (names, goals, conclusions, signatures): text only, its numbers are not cells. */
export interface TextRow {
  readonly label: string;
  readonly cells: readonly GridCell[];
  readonly row: number;
}

/** A decision the reader made that the table does not settle on its own. */
export interface ReadingGuess {
  readonly code: string;
  readonly message: BilingualMessage;
  readonly locations: readonly CellLocation[];
}

/** A row the reader saw but did not read into the table, and why. */
export interface SkippedRow {
  readonly row: number;
  readonly reason: BilingualMessage;
  readonly location?: CellLocation;
}

/**
 * A 自评表 read into its parts: title and year, text rows, the budget block, the indicator tree,
 * total rows, totals and grades stated in cells, and every guess the reading made. Every value
 * keeps its source cell, so a check built on it can say where each number stands.
 */
export interface ScoreTable {
  readonly layout: LayoutName;
  readonly title?: GridCell;
  readonly year?: { readonly value: number; readonly cell: GridCell };
  readonly texts: readonly TextRow[];
  readonly budget?: BudgetBlock;
  readonly indicators?: IndicatorBlock;
  readonly totals: readonly TotalRow[];
  /** Totals stated outside the total rows (a 自评总分(分) cell, a 评价结论 sentence). */
  readonly statedTotals: readonly StatedValue[];
  readonly grades: readonly StatedValue[];
  readonly guesses: readonly ReadingGuess[];
  readonly skipped: readonly SkippedRow[];
  /** The grid's rows, and how many of them were read (not skipped, not blank). */
  readonly rowsSeen: number;
  readonly rowsRead: number;
  /** The repairs of the reader that made the grid, passed on. */
  readonly repairs: readonly Repair[];
}
