import type { GradeBand as SchemeGradeBand } from '../scheme/Scheme.js';
import type { CellGrid, CellLocation, LayoutName } from '../tables/CellGrid.js';
import { checkScoreTable } from '../tables/checks/checkScoreTable.js';
import type { GradeBand, TableCheck, TableCheckReport } from '../tables/checks/TableCheck.js';
import { totalRowsOf } from '../tables/scoreTable/applicableSubtotal.js';
import { readScoreTable } from '../tables/scoreTable/readScoreTable.js';
import type { ScoreTable, StatedValue } from '../tables/scoreTable/ScoreTable.js';
import { visibleText } from '../issues/visibleText.js';
import { textLines } from '../tables/text/textLines.js';
import type { BilingualMessage } from '../issues/Issue.js';
import type { AuditCheck } from './AuditCheck.js';
import type { Claim, SourceLocation } from './Claims.js';
import { placeText, rowTextsOf, sourceOfCell, type RowTexts } from './cellSource.js';

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
  /**
   * Each repair the reader made: its code, what it did, whether it chose among readings
   * (`guess`), and where (`第 12 行`, `Sheet1!B4`, `第 2 页第 1 行`).
   */
  readonly repaired: readonly {
    readonly code: string;
    readonly message: BilingualMessage;
    readonly guess: boolean;
    readonly place: BilingualMessage;
  }[];
  /** Each guess the reading made: its code, what it decided, and the lines it looked at. */
  readonly guessed: readonly {
    readonly code: string;
    readonly message: BilingualMessage;
    readonly lines: readonly number[];
    /** Where, in words, for cells of files as for text (`Sheet1!B4`, `第 12 行`). */
    readonly places: readonly BilingualMessage[];
  }[];
  /** Each row seen but not read (rowsSeen − rowsRead of them), with its line and why. */
  readonly skippedRows: readonly {
    readonly row: number;
    readonly line?: number;
    readonly reason: BilingualMessage;
  }[];
  readonly outcome: TableCheckReport['outcome'];
  /** The line the table starts on, when it was read from text. */
  readonly line?: number;
}

/** One table read and checked: its coverage and its checks as audit checks. */
export interface TableAudit {
  readonly coverage: TableCoverage;
  /** The score table the grid was read into. */
  readonly table: ScoreTable;
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

/**
 * The lines a table's grids were read from: every line from each grid's first text cell (or
 * title) to its last, so a cell wrapped onto a following line belongs to the table too.
 *
 * @param grids - the tables found in a text
 * @returns the line numbers (1-based) that belong to a table
 */
export function tableLineNumbers(grids: readonly CellGrid[]): ReadonlySet<number> {
  const lines = new Set<number>();
  for (const grid of grids) {
    const span = lineSpan(grid);
    if (span === undefined) continue;
    for (let line = span.first; line <= span.last; line += 1) lines.add(line);
  }
  return lines;
}

/**
 * The text with the lines of its tables left empty (their numbers kept), for the narrative
 * reader: a table's cells (a 评分标准 column's `每有1项不符扣2分`, its 评价结论 sentence) are the
 * table's, read and checked there, never narrative sentences.
 *
 * @param text - the report's text
 * @param grids - the tables found in it
 * @returns the narrative's text, the same text when no table was read from it
 */
export function narrativeText(text: string, grids: readonly CellGrid[]): string {
  const owned = tableLineNumbers(grids);
  if (owned.size === 0) return text;
  return textLines(text)
    .map((line) => (owned.has(line.line) ? '' : line.text))
    .join('\n');
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

/** The narrative's words for its total, longest first (`综合评分为94.5分` → 综合评分). */
const totalWords = ['自评总得分', '自评总分', '自评得分', '综合评分', '综合得分', '得分'] as const;

/** The word a narrative line names its total by, else 总分. */
const totalWordOf = (line: string): string =>
  totalWords.find((word) => line.includes(word)) ?? '总分';

/** The table's own total as written, with its label (总分 / 合计) and line, if it states one. */
function tableTotal(
  table: ScoreTable,
): { written: string; label: string; line?: number } | undefined {
  const row = totalRowsOf(table).find((total) => total.score !== undefined);
  if (row?.score !== undefined) {
    const label = row.label.text.includes('合计') ? '合计' : '总分';
    const { location } = row.score.cell;
    return {
      written: row.score.written,
      label,
      ...(location.kind === 'text' ? { line: location.line } : {}),
    };
  }
  const stated = table.statedTotals[0];
  if (stated === undefined) return undefined;
  const { location } = stated.cell;
  return {
    written: stated.written,
    label: '总分',
    ...(location.kind === 'text' ? { line: location.line } : {}),
  };
}

/**
 * A table's `repeated_total` check that compares the narrative's total with the table's, in
 * words naming both: `综合评分 94.5（第 2 行）与评分表总分 94.08（第 24 行）不一致`.
 */
function joinedTotalCheck(
  check: AuditCheck,
  claim: Claim,
  total: { written: string; label: string; line?: number },
): AuditCheck {
  const line = claim.source?.line ?? 0;
  const word = totalWordOf(claim.source?.text ?? '');
  const value = visibleText(claim.value);
  const place = (at: number | undefined, zh: boolean): string =>
    at === undefined ? '' : zh ? `（第 ${at} 行）` : ` (line ${at})`;
  const agree = check.verdict === 'consistent';
  return {
    ...check,
    check: {
      zh: `叙述所写总分与评分表${total.label}应一致（按叙述所写的位数）：${value} 与 ${total.written}`,
      en: `the narrative's total agrees with the table's ${total.label} (at the narrative's places): ${value} and ${total.written}`,
    },
    message: {
      zh: `${word} ${value}${place(line, true)}与评分表${total.label} ${total.written}${place(total.line, true)}${agree ? '一致' : '不一致'}`,
      en: `the narrative's total ${value}${place(line, false)} ${agree ? 'agrees' : 'disagrees'} with the score table's ${total.label} ${total.written}${place(total.line, false)}`,
    },
  };
}

/** The narrative total a table check compared, if any (its line among the check's sources). */
const joinedClaim = (check: AuditCheck, totals: readonly Claim[]): Claim | undefined => {
  if (check.code !== 'repeated_total') return undefined;
  const lines = [check.source, ...(check.related ?? [])].map((each) => each?.line);
  return totals.find((claim) => lines.includes(claim.source?.line));
};

/** Where a table check stands: its first cell, and the other cells it read. */
function sourcesOf(
  check: TableCheck,
  lineText: (line: number) => string,
  rows: RowTexts,
): { source?: SourceLocation; related?: readonly SourceLocation[] } {
  const [source, ...related] = check.sources.map((location) =>
    sourceOfCell(location, lineText, rows),
  );
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
 * @param rows - the rows of the cells read from a file (Word, Excel, PDF), by place
 * @returns the audit check
 */
export function tableAuditCheck(
  check: TableCheck,
  lineText: (line: number) => string,
  rows: RowTexts = new Map(),
): AuditCheck {
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
    ...(check.inferred === undefined ? {} : { inferred: check.inferred }),
    ...sourcesOf(check, lineText, rows),
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
  const rows = rowTextsOf(grids);
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
    const total = tableTotal(table);
    const checks = report.ok
      ? report.value.checks.map((check) => {
          const audit = tableAuditCheck(check, lineText, rows);
          const claim = joinedClaim(audit, totals);
          return claim === undefined || total === undefined
            ? audit
            : joinedTotalCheck(audit, claim, total);
        })
      : [];
    return {
      table,
      coverage: {
        layout: grid.layout,
        ...(grid.title === undefined ? {} : { title: grid.title.text }),
        rowsSeen: table.rowsSeen,
        rowsRead: table.rowsRead,
        // A reader's repair that chose among readings is a guess, counted and listed with them.
        repairs: table.repairs.filter((repair) => repair.guess !== true).length,
        guesses:
          table.guesses.length + table.repairs.filter((repair) => repair.guess === true).length,
        repaired: table.repairs.map((repair) => ({
          code: repair.code,
          message: repair.message,
          guess: repair.guess === true,
          place: placeText(repair.location),
        })),
        guessed: [
          ...table.guesses,
          ...table.repairs
            .filter((repair) => repair.guess === true)
            .map((repair) => ({ ...repair, locations: [repair.location] })),
        ].map((guess) => ({
          code: guess.code,
          message: guess.message,
          lines: [
            ...new Set(
              guess.locations.flatMap((location) =>
                location.kind === 'text' ? [location.line] : [],
              ),
            ),
          ],
          places: guess.locations.map((location) => placeText(location)),
        })),
        skippedRows: table.skipped.map((row) => ({
          row: row.row,
          ...(row.location?.kind === 'text' ? { line: row.location.line } : {}),
          reason: row.reason,
        })),
        outcome,
        ...(span === undefined ? {} : { line: span.first }),
      },
      checks,
      joined: { totals, grades },
    };
  });
}
