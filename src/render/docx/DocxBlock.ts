/**
 * A run of text in a paragraph or cell, bold or not.
 *
 * @example
 * const run: DocxRun = { text: '91.46 分', bold: true };
 */
export interface DocxRun {
  readonly text: string;
  readonly bold?: boolean;
}

/**
 * One cell of a table: its runs, and how many grid columns and rows it covers. A cell merged
 * down is listed once, in its first row; the rows below leave its columns out (as in HTML).
 *
 * @example
 * const cell: DocxCell = { runs: [{ text: '履职效能' }], rowSpan: 3 };
 */
export interface DocxCell {
  readonly runs: readonly DocxRun[];
  /** Grid columns covered, 1 when absent. */
  readonly colSpan?: number;
  /** Rows covered, 1 when absent. */
  readonly rowSpan?: number;
}

/**
 * A block of a Word document: a heading (level 1 or 2), a paragraph, or a table with a header
 * row (repeated on every page, bold) and body rows; `numeric` marks columns set flush right.
 *
 * @example
 * const blocks: DocxBlock[] = [
 *   { kind: 'heading', level: 1, runs: [{ text: '（一）自评结论。' }] },
 *   { kind: 'paragraph', runs: [{ text: '自评得分 ' }, { text: '91.46', bold: true }, { text: ' 分。' }] },
 *   { kind: 'table', header: [{ runs: [{ text: '指标名称' }] }], rows: [[{ runs: [{ text: '数据质量' }] }]] },
 * ];
 */
export type DocxBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly runs: readonly DocxRun[] }
  | { readonly kind: 'paragraph'; readonly runs: readonly DocxRun[] }
  | {
      readonly kind: 'table';
      readonly header: readonly DocxCell[];
      readonly rows: readonly (readonly DocxCell[])[];
      readonly numeric?: readonly boolean[];
    };
