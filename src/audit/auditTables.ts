import type { GradeBand as SchemeGradeBand } from '../scheme/Scheme.js';
import type { CellGrid, CellLocation, LayoutName } from '../tables/CellGrid.js';
import { checkScoreTable } from '../tables/checks/checkScoreTable.js';
import type { GradeBand, TableCheck, TableCheckReport } from '../tables/checks/TableCheck.js';
import { readScoreTable } from '../tables/scoreTable/readScoreTable.js';
import type { StatedValue } from '../tables/scoreTable/ScoreTable.js';
import { textLines } from '../tables/text/textLines.js';
import type { AuditCheck } from './AuditCheck.js';
import type { Claim, SourceLocation } from './Claims.js';

/** What the coverage says of one table: how it was read, how much of it, and its outcome. */
export interface TableCoverage {
  readonly layout: LayoutName;
  /** The title line as written, when one starts the table. */
  readonly title?: string;
  /** Rows the grid holds, and rows the score table read (not skipped, not blank). */
  readonly rowsSeen: number;
  readonly rowsRead: number;
  /** Repairs the reader made (a row continued, cells split out), and guesses the reading made. */
  readonly repairs: number;
  readonly guesses: number;
  readonly outcome: TableCheckReport['outcome'];
  /** The line the table starts on, when it was read from text. */
  readonly line?: number;
}

/** One table read and checked: its coverage and its checks as audit checks. */
export interface TableAudit {
  readonly coverage: TableCoverage;
  readonly checks: readonly AuditCheck[];
  /** Whether the narrative's totals (or grades) were compared with the table's. */
  readonly joined: { readonly totals: readonly Claim[]; readonly grades: readonly Claim[] };
}

/** The first and last line of a grid's text cells, if any were read from text. */
function lineSpan(grid: CellGrid): { first: number; last: number } | undefined {
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  const see = (location: CellLocation): void => {
    if (location.kind !== 'text') return;
    first = Math.min(first, location.line);
    last = Math.max(last, location.line);
  };
  if (grid.title !== undefined) see(grid.title.location);
  for (const row of grid.rows) for (const cell of row.cells) see(cell.location);
  return last === 0 ? undefined : { first, last };
}

/** The narrative claims stated outside a table's lines (a claim the table itself holds is its). */
function outside(claims: readonly Claim[], span: { first: number; last: number } | undefined) {
  return claims.filter(
    (claim) =>
      claim.source !== undefined &&
      (span === undefined || claim.source.line < span.first || claim.source.line > span.last),
  );
}

/** A narrative claim as a value stated outside the table, for the table's checks. */
const stated = (claim: Claim, line: number): StatedValue => ({
  written: claim.value,
  cell: { text: claim.value, location: { kind: 'text', line } },
  how: 'sentence',
});

/** Where a table check stands in the text: its first text cell, and the other cells it read. */
function sourcesOf(
  check: TableCheck,
  lineText: (line: number) => string,
): { source?: SourceLocation; related?: readonly SourceLocation[] } {
  const located = check.sources.flatMap((location): SourceLocation[] =>
    location.kind === 'text'
      ? [
          {
            line: location.line,
            text: lineText(location.line),
            kind: 'text',
            ...(location.column === undefined ? {} : { column: location.column }),
          },
        ]
      : [],
  );
  const [source, ...related] = located;
  return {
    ...(source === undefined ? {} : { source }),
    ...(related.length === 0 ? {} : { related }),
  };
}

/**
 * A score table's check as an audit check: its code, verdict and values kept, its rule with the
 * numbers as what was checked, and its first cell as the source (line, column, the line's text).
 * A check that compares no single value (a bound `0 ≤ 49.47 ≤ 50`, a level band) has an empty
 * `claimed` and its arithmetic as `recomputed`.
 *
 * @param check - the table check
 * @param lineText - the text of a line of the report, by its number
 * @returns the audit check
 */
export function tableAuditCheck(check: TableCheck, lineText: (line: number) => string): AuditCheck {
  const withNumbers = (rule: string): string =>
    check.arithmetic === '' ? rule : `${rule}：${check.arithmetic}`;
  return {
    code: check.code,
    verdict: check.verdict,
    severity:
      check.verdict === 'inconsistent'
        ? 'inconsistency'
        : check.verdict === 'consistent'
          ? 'info'
          : 'warning',
    path: check.path,
    name: check.subject,
    claimed: check.claimed ?? '',
    recomputed: check.expected ?? check.arithmetic,
    difference: check.difference ?? '',
    check: {
      zh: withNumbers(check.rule.zh),
      en: check.arithmetic === '' ? check.rule.en : `${check.rule.en}: ${check.arithmetic}`,
    },
    message: check.message,
    ...sourcesOf(check, lineText),
  };
}

/** A scheme's grade bands in the table checks' form (`min` as a decimal string). */
export const tableGradeBands = (bands: readonly SchemeGradeBand[]): readonly GradeBand[] =>
  bands.map((band) => ({ grade: band.grade, from: band.min.toString() }));

/** What the table checks are told besides the tables. */
export interface TableAuditOptions {
  /** The narrative's totals and grades, compared with each table's. */
  readonly totals: readonly Claim[];
  readonly grades: readonly Claim[];
  /** A scheme's grade bands, instead of the national ones. */
  readonly gradeBands?: readonly SchemeGradeBand[];
}

/**
 * Reads each grid as a score table and checks it without a scheme: the narrative's totals stated
 * outside the table are compared with its 总分/合计 row (`repeated_total`), and the narrative's
 * grades, when the narrative states no total, are banded by the table's total.
 *
 * @param text - the report's text (for the lines the checks quote)
 * @param grids - the tables found in it
 * @param options - the narrative's totals and grades, and a scheme's grade bands
 * @returns each table's coverage and checks
 */
export function auditTables(
  text: string,
  grids: readonly CellGrid[],
  options: TableAuditOptions,
): readonly TableAudit[] {
  if (grids.length === 0) return [];
  const lines = textLines(text);
  const lineText = (line: number): string => lines[line - 1]?.text ?? '';
  return grids.map((grid) => {
    const table = readScoreTable(grid);
    const span = lineSpan(grid);
    const totals = outside(options.totals, span);
    const grades = options.totals.length === 0 ? outside(options.grades, span) : [];
    const report = checkScoreTable(table, {
      statedTotals: totals.map((claim) => stated(claim, claim.source?.line ?? 0)),
      statedGrades: grades.map((claim) => stated(claim, claim.source?.line ?? 0)),
      ...(options.gradeBands === undefined
        ? {}
        : { gradeBands: tableGradeBands(options.gradeBands) }),
    });
    const outcome = report.ok ? report.value.outcome : 'too-little';
    const checks = report.ok
      ? report.value.checks.map((check) => tableAuditCheck(check, lineText))
      : [];
    return {
      coverage: {
        layout: grid.layout,
        ...(grid.title === undefined ? {} : { title: grid.title.text }),
        rowsSeen: table.rowsSeen,
        rowsRead: table.rowsRead,
        repairs: table.repairs.length,
        guesses: table.guesses.length,
        outcome,
        ...(span === undefined ? {} : { line: span.first }),
      },
      checks,
      joined: { totals, grades },
    };
  });
}
