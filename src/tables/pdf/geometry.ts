// Page geometry shared by the PDF readers: text runs and drawn rules in top-down page
// coordinates (points, y growing downwards from the page's top, as the viewport gives them).

/** An affine matrix `[a, b, c, d, e, f]`, as PDF and pdf.js write it. */
export type Matrix = readonly [number, number, number, number, number, number];

/** The identity matrix. */
export const identity: Matrix = [1, 0, 0, 1, 0, 0];

/**
 * The product of two matrices: a point is mapped by `inner` first, then by `outer`.
 *
 * @param outer - the matrix applied last
 * @param inner - the matrix applied first
 * @returns their product
 */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

/**
 * A point mapped by a matrix.
 *
 * @param matrix - the matrix
 * @param x - the point's x
 * @param y - the point's y
 * @returns the mapped point `[x, y]`
 */
export function applyMatrix(matrix: Matrix, x: number, y: number): [number, number] {
  const [a, b, c, d, e, f] = matrix;
  return [a * x + c * y + e, b * x + d * y + f];
}

/** One text run of a page: a text item of pdf.js, placed on the page. */
export interface TextRun {
  readonly text: string;
  /** Left edge and width, in points. */
  readonly x: number;
  readonly width: number;
  /** The baseline, from the page's top. */
  readonly baseline: number;
  /** The font size (the run's height), in points. */
  readonly size: number;
  /** The 1-based text line of the page the run is on, from the top. */
  readonly line: number;
}

/** The vertical middle of a run's glyphs (the baseline is near their bottom). */
export const runMiddle = (run: Pick<TextRun, 'baseline' | 'size'>): number =>
  run.baseline - 0.35 * run.size;

/** A drawn rule: horizontal (`at` = y, from/to = x) or vertical (`at` = x, from/to = y). */
export interface Rule {
  readonly horizontal: boolean;
  readonly at: number;
  readonly from: number;
  readonly to: number;
}
