import { applyMatrix, identity, multiply, type Matrix, type Rule } from './geometry.js';

/** The pdf.js operator codes the rule finder follows (the `OPS` table of pdf.js 5). */
export interface RuleOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly stroke: number;
  readonly closeStroke: number;
  readonly fill: number;
  readonly eoFill: number;
  readonly fillStroke: number;
  readonly eoFillStroke: number;
  readonly closeFillStroke: number;
  readonly closeEOFillStroke: number;
}

/** The path codes pdf.js 5 packs into a `constructPath` buffer (its `DrawOPS`). */
const drawOps = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;
/** How far from straight (points) a segment may be and still count as a rule. */
const straightness = 0.6;
/** The thickest filled rectangle read as a rule (Word draws borders as thin filled boxes). */
const thickestFilledRule = 2.5;
const shortestRule = 2;

/** One subpath of a path: its points (already on the page) and whether it was closed. */
interface Subpath {
  readonly points: [number, number][];
  closed: boolean;
}

const isMatrix = (value: unknown): value is Matrix =>
  Array.isArray(value) && value.length === 6 && value.every((each) => typeof each === 'number');

const isNumberList = (value: unknown): value is ArrayLike<number> =>
  value instanceof Float32Array ||
  value instanceof Float64Array ||
  (Array.isArray(value) && value.every((each) => typeof each === 'number'));

/** Splits a `constructPath` buffer into subpaths of page points; curves end a straight run. */
function subpathsOf(buffer: ArrayLike<number>, matrix: Matrix): Subpath[] {
  const subpaths: Subpath[] = [];
  let current: Subpath | undefined;
  const at = (index: number): number => buffer[index] ?? Number.NaN;
  let index = 0;
  while (index < buffer.length) {
    const op = at(index);
    index += 1;
    if (op === drawOps.moveTo || op === drawOps.lineTo) {
      const point = applyMatrix(matrix, at(index), at(index + 1));
      index += 2;
      if (op === drawOps.moveTo || current === undefined) {
        current = { points: [point], closed: false };
        subpaths.push(current);
      } else current.points.push(point);
    } else if (op === drawOps.curveTo || op === drawOps.quadraticCurveTo) {
      const count = op === drawOps.curveTo ? 6 : 4;
      const point = applyMatrix(matrix, at(index + count - 2), at(index + count - 1));
      index += count;
      current = { points: [point], closed: false };
      subpaths.push(current);
    } else if (op === drawOps.closePath) {
      if (current !== undefined) current.closed = true;
    } else break;
  }
  return subpaths;
}

/** The straight horizontal or vertical rule from one point to another, if it is one. */
function ruleBetween(from: readonly [number, number], to: readonly [number, number]): Rule[] {
  const [x1, y1] = from;
  const [x2, y2] = to;
  if (![x1, y1, x2, y2].every(Number.isFinite)) return [];
  if (Math.abs(y1 - y2) <= straightness && Math.abs(x1 - x2) >= shortestRule)
    return [{ horizontal: true, at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) }];
  if (Math.abs(x1 - x2) <= straightness && Math.abs(y1 - y2) >= shortestRule)
    return [{ horizontal: false, at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) }];
  return [];
}

/** The segments of a stroked subpath that are rules. */
function strokedRules(subpath: Subpath): Rule[] {
  const { points } = subpath;
  const rules: Rule[] = [];
  for (let index = 1; index < points.length; index += 1) {
    const [from, to] = [points[index - 1], points[index]];
    if (from !== undefined && to !== undefined) rules.push(...ruleBetween(from, to));
  }
  const [first, last] = [points[0], points[points.length - 1]];
  if (subpath.closed && first !== undefined && last !== undefined && points.length > 2)
    rules.push(...ruleBetween(last, first));
  return rules;
}

/** A filled subpath that is a thin axis-aligned rectangle, read as the rule along its middle. */
function filledRule(subpath: Subpath): Rule[] {
  const { points } = subpath;
  if (points.length < 3) return [];
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [left, right, top, bottom] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  if (![left, right, top, bottom].every(Number.isFinite)) return [];
  const onEdges = points.every(
    ([x, y]) =>
      (Math.abs(x - left) <= straightness || Math.abs(x - right) <= straightness) &&
      (Math.abs(y - top) <= straightness || Math.abs(y - bottom) <= straightness),
  );
  const [width, height] = [right - left, bottom - top];
  if (!onEdges || Math.min(width, height) > thickestFilledRule) return [];
  if (Math.max(width, height) < shortestRule) return [];
  return width >= height
    ? [{ horizontal: true, at: (top + bottom) / 2, from: left, to: right }]
    : [{ horizontal: false, at: (left + right) / 2, from: top, to: bottom }];
}

/**
 * The rules a page draws: the straight horizontal and vertical segments of its stroked paths
 * (lines, rectangles), and its thin filled rectangles, in top-down page coordinates. Follows the
 * current transform (`q`/`Q`, `cm`, form XObjects) through the operator list. Clipping paths and
 * curves are not rules.
 *
 * @param fnArray - the operator list's operators
 * @param argsArray - their arguments
 * @param ops - the operator codes of the loaded pdf.js
 * @param pageMatrix - the viewport's transform (PDF space to top-down page space)
 * @returns the rules, in drawing order
 *
 * @example
 * drawnRules(operatorList.fnArray, operatorList.argsArray, pdfjs.OPS, viewport.transform);
 */
export function drawnRules(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: RuleOps,
  pageMatrix: Matrix,
): Rule[] {
  const stack: Matrix[] = [];
  let current: Matrix = identity;
  const rules: Rule[] = [];
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([ops.fill, ops.eoFill]);
  fnArray.forEach((fn, index) => {
    const args: unknown = argsArray[index];
    if (fn === ops.save) stack.push(current);
    else if (fn === ops.restore) current = stack.pop() ?? identity;
    else if (fn === ops.transform && isMatrix(args)) current = multiply(current, args);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(current);
      const matrix: unknown = Array.isArray(args) ? args[0] : undefined;
      if (isMatrix(matrix)) current = multiply(current, matrix);
    } else if (fn === ops.paintFormXObjectEnd) current = stack.pop() ?? identity;
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const paint: unknown = args[0];
      const buffers: unknown = args[1];
      const buffer: unknown = Array.isArray(buffers) ? buffers[0] : undefined;
      if (typeof paint !== 'number' || !isNumberList(buffer)) return;
      const subpaths = subpathsOf(buffer, multiply(pageMatrix, current));
      if (strokes.has(paint)) rules.push(...subpaths.flatMap(strokedRules));
      else if (fills.has(paint)) rules.push(...subpaths.flatMap(filledRule));
    }
  });
  return rules;
}
