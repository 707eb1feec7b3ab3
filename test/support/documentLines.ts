// What the document tests compare across formats and writers: a file read back, its leaves,
// its grids' rows, and checks in one line each.
import type { AuditCheck } from '../../src/audit/AuditCheck.js';
import type { DocumentSource } from '../../src/tables/DocumentSource.js';
import { readDocument } from '../../src/tables/readDocument.js';
import { readScoreTable } from '../../src/tables/scoreTable/index.js';
import type { IndicatorNode } from '../../src/tables/scoreTable/ScoreTable.js';

/**
 * Reads a file's bytes, failing the test on the reader's issues.
 *
 * @param bytes - the file
 * @returns its prose and grids
 */
export async function readBytes(bytes: Uint8Array): Promise<DocumentSource> {
  const source = await readDocument(bytes);
  if (!source.ok) throw new Error(JSON.stringify(source.issues));
  return source.value;
}

/**
 * A check in one line, without where it stands (which differs by format).
 *
 * @param check - an audit check
 * @returns `code name claimed recomputed verdict`
 */
export const checkLine = (check: AuditCheck): string =>
  `${check.code} ${check.name} ${check.claimed} ${check.recomputed} ${check.verdict}`;

/**
 * The score tables' leaves as `name 分值 得分` lines, in reading order.
 *
 * @param source - a document read
 * @returns one line per leaf
 */
export function leafLines(source: DocumentSource): readonly string[] {
  const lines: string[] = [];
  const visit = (node: IndicatorNode): void => {
    if (node.children.length === 0) {
      const weight = node.values?.weight;
      const score = node.values?.score;
      lines.push(
        `${node.name} ${weight?.kind === 'number' ? weight.written : '-'} ${score?.kind === 'number' ? score.written : '-'}`,
      );
    }
    node.children.forEach(visit);
  };
  for (const grid of source.grids) readScoreTable(grid).indicators?.roots.forEach(visit);
  return lines;
}

/**
 * A document's grids as rows of cell texts joined by ` | `.
 *
 * @param source - a document read
 * @returns each grid's rows
 */
export const gridTexts = (source: DocumentSource): string[][] =>
  source.grids.map((grid) =>
    grid.rows.map((row) => row.cells.map((cell) => cell.text).join(' | ')),
  );
