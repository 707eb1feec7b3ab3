import type { Evaluation } from '../evaluation/Evaluation.js';
import type { BilingualMessage } from '../issues/Issue.js';
import { isRecord } from '../issues/isRecord.js';
import { visibleText } from '../issues/visibleText.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { failure, success, type Result } from '../issues/Result.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { Scheme } from '../scheme/Scheme.js';
import type { CellGrid, CellLocation } from '../tables/CellGrid.js';
import { gridIssues } from '../tables/checkGrids.js';
import { readTables } from '../tables/readTables.js';
import type { ScoreTable } from '../tables/scoreTable/ScoreTable.js';
import { textLines } from '../tables/text/textLines.js';
import type { AuditCheck, AuditReport, SkippedCheck } from './AuditCheck.js';
import { auditEvaluation } from './auditEvaluation.js';
import { auditTables, narrativeText, type TableAudit, type TableCoverage } from './auditTables.js';
import { checkClaims } from './checkClaims.js';
import { checkNarrative } from './checkNarrative.js';
import type { Claim, ClaimedSheet, SourceLocation } from './Claims.js';
import { rowTextsOf, sourceOfCell } from './cellSource.js';
import { narrativeTableChecks } from './narrativeTableChecks.js';
import { placeTables, type TablePlacement } from './placeTables.js';
import { schemePeriodCheck, type SchemePeriod } from './schemePeriod.js';
import { extractClaims } from './extractClaims.js';

export type { TableCoverage } from './auditTables.js';
export type { PlacedRow, TablePlacement, UnplacedRow } from './placeTables.js';
export type { SchemePeriod } from './schemePeriod.js';

/** What {@link auditText} may be told besides the text. */
export interface AuditTextOptions {
  /** The scheme the narrative is checked against (a preset's `skeleton()`, or a parsed file). */
  readonly scheme?: Scheme<RuleBase>;
  /** A recomputation from the department's data (with `scheme` its scheme): every claim against it. */
  readonly recomputed?: Evaluation;
  /**
   * The narrative's claims, when the caller has read them already (against `scheme`); used as
   * given when no table is found in the text, else the narrative is read again without the
   * tables' lines (a table's cells are the table's, not narrative sentences).
   */
  readonly claims?: ClaimedSheet;
  /**
   * The report's tables, already read from its file (a Word table, a worksheet, a PDF page: see
   * `readDocument` in `jixiao/documents`); `text` is then the file's prose. When absent, the
   * tables are read from `text` in every text layout.
   */
  readonly tables?: readonly CellGrid[];
  /**
   * The years the scheme is in force, when the caller chose it explicitly (a preset named by
   * `--scheme`): a report whose year falls outside them gives a `scheme_period` finding.
   */
  readonly period?: SchemePeriod;
  /**
   * The project or department the recomputation is for (a data file's `project.name` or
   * `department.name`): of several score tables, only those whose 项目名称 / 单位名称 is it are
   * compared with the recomputation.
   */
  readonly recomputedFor?: string;
}

/**
 * How an audit came out: `consistent` (every check holds, and at least one holds), `inconsistent`
 * (a finding), `too_little_to_check` (something was read, but nothing it can be compared with,
 * or a table's 得分 cells are empty), `nothing_read` (no claim and no table in the text).
 */
export type AuditStatus = 'consistent' | 'inconsistent' | 'too_little_to_check' | 'nothing_read';

/** A whole text audited: its narrative claims and tables, every check, and what was not checked. */
export interface TextAudit extends AuditReport {
  readonly status: AuditStatus;
  /** The narrative's claims. */
  readonly claims: ClaimedSheet;
  /** Every table found, with how it was read and its outcome. */
  readonly tables: readonly TableCoverage[];
  readonly skipped: readonly SkippedCheck[];
  /** What the coverage must say besides the counts. */
  readonly notes: readonly BilingualMessage[];
  /** With a scheme and at least one table: the tables' rows laid on the scheme's tree by name. */
  readonly placement?: TablePlacement;
}

/** Whether the claims hold anything at all. */
export const readsSomething = (claims: ClaimedSheet): boolean =>
  claims.total.length > 0 ||
  claims.fullMarks.length > 0 ||
  claims.grade.length > 0 ||
  Object.keys(claims.nodes).length > 0 ||
  claims.budget.length > 0 ||
  claims.threePublic.length > 0 ||
  (claims.named ?? []).length > 0;

/** Leaves out the narrative's "stated once, nothing to compare" entries a table now compared. */
function stillSkipped(
  skipped: readonly SkippedCheck[],
  tables: readonly TableAudit[],
): SkippedCheck[] {
  const joined = (claims: (table: TableAudit) => readonly Claim[], prefix: string) => {
    const lines = new Set(
      tables.flatMap((table) => claims(table).map((claim) => claim.source?.line)),
    );
    return (entry: SkippedCheck): boolean =>
      entry.what.startsWith(prefix) && lines.has(entry.source?.line);
  };
  const total = joined((table) => table.joined.totals, '总分 ');
  const grade = joined((table) => table.joined.grades, '等级 ');
  return skipped.filter((entry) => !total(entry) && !grade(entry));
}

/** Where each cell of the report's tables stands, as an audit source. */
function cellSources(
  text: string,
  grids: readonly CellGrid[],
): (location: CellLocation) => SourceLocation {
  const lines = textLines(text);
  const rows = rowTextsOf(grids);
  return (location) => sourceOfCell(location, (line) => lines[line - 1]?.text ?? '', rows);
}

/**
 * The checks only a scheme makes possible on a table's placed rows: each weight against the
 * scheme's (`weight_matches_scheme`), and with a recomputation every placed weight, score, the
 * budget row's amounts and the total against it (`matches_recomputation`).
 */
function placementChecks(
  scheme: Scheme<RuleBase>,
  placement: TablePlacement,
  recomputed: { readonly evaluation: Evaluation; readonly placement: TablePlacement } | undefined,
): readonly AuditCheck[] {
  const weights = checkClaims(scheme, placement.claims).checks.filter(
    (check) => check.code === 'weight_matches_scheme',
  );
  return recomputed === undefined
    ? weights
    : [...weights, ...auditEvaluation(recomputed.evaluation, recomputed.placement.claims).checks];
}

/** A name as compared: NFKC, no white space. */
const plainName = (name: string): string =>
  Array.from(name.normalize('NFKC'))
    .filter((character) => character.trim() !== '')
    .join('');

/** The 项目名称 / 单位名称 a score table writes, if any. */
function nameOf(table: ScoreTable): string | undefined {
  const row = table.texts.find((each) => each.label.includes('名称'));
  const value = row?.cells[1]?.text.trim();
  return value === undefined || value === '' ? undefined : value;
}

/**
 * The tables a recomputation is compared with: one data file holds one project or department,
 * so of several tables only those naming it (`recomputedFor`, the data file's name) are; none
 * naming it, the first alone, said in a note.
 */
function tablesForRecomputation(
  tables: readonly ScoreTable[],
  name: string | undefined,
): { readonly tables: readonly ScoreTable[]; readonly note?: BilingualMessage } {
  if (tables.length <= 1) return { tables };
  const named =
    name === undefined
      ? []
      : tables.filter((table) => {
          const written = nameOf(table);
          return written !== undefined && plainName(written) === plainName(name);
        });
  if (named.length > 0) return { tables: named };
  return {
    tables: tables.slice(0, 1),
    note: {
      zh: `报告有 ${String(tables.length)} 张评分表，数据文件只对应其中一个项目或单位${name === undefined ? '' : `（${name}）`}，但没有表写明此名称：只将第一张表与重算结果比对`,
      en: `the report holds ${String(tables.length)} score tables and the data file one project or department${name === undefined ? '' : ` (${name})`}, which no table names: only the first table is compared with the recomputation`,
    },
  };
}

/** Whether a table read holds anything a score table holds: a budget block, indicators, a total. */
const isScoreTable = (table: ScoreTable): boolean =>
  table.budget !== undefined ||
  table.indicators !== undefined ||
  table.totals.length > 0 ||
  table.statedTotals.length > 0;

/** The note for tables that are not score tables, each by its title or its rows. */
function otherTablesNote(others: readonly TableCoverage[]): BilingualMessage {
  const names = others.map((table, index) =>
    table.title === undefined ? `#${String(index + 1)}` : `「${visibleText(table.title)}」`,
  );
  return {
    zh: `另有 ${String(others.length)} 张表格不是评分表（没有预算执行、指标行或总分：${names.join('、')}），未核对`,
    en: `${String(others.length)} more tables are not score tables (no budget block, indicator rows or total: ${names.join(', ')}) and were not checked`,
  };
}

/** The status of an audit from its checks, and whether anything at all was read. */
function statusOf(checks: readonly AuditCheck[], read: boolean): AuditStatus {
  if (checks.some((check) => check.verdict === 'inconsistent')) return 'inconsistent';
  if (checks.some((check) => check.verdict === 'unscored')) return 'too_little_to_check';
  if (checks.some((check) => check.verdict === 'consistent')) return 'consistent';
  return read ? 'too_little_to_check' : 'nothing_read';
}

/**
 * Audits a report's text: reads its narrative claims (`extractClaims`, against `scheme` when
 * given) and its score tables (every text and run-on layout, `readTables`); checks the narrative
 * (`checkClaims` with a scheme, `checkNarrative` without, `auditEvaluation` with a
 * recomputation) and each table without a scheme (`readScoreTable` → `checkScoreTable`, grades by
 * the scheme's bands when given, else the national ones); and joins the two: a total the
 * narrative states outside a table must agree with the table's 总分/合计 row (`repeated_total`),
 * and a narrative grade without a narrative total is banded by the table's. With a scheme, the
 * tables' rows are laid on its tree by name (`placement`: placed, unplaced, missing leaves), each
 * placed weight is checked against the scheme's, and with a recomputation every placed weight,
 * score and the total against it. Tables read from a file come in `options.tables`.
 *
 * @param text - the report's text
 * @param options - the scheme, a recomputation, and claims already read
 * @returns the audit (its status says how it came out), or `invalid_argument` /
 *   `invalid_scheme` issues for a text that is not a string, options that are not an object, or
 *   a scheme the reader cannot walk
 *
 * @example
 * const audit = auditText('综合评分为94.9分，评价等级为良。');
 * if (audit.ok) audit.value.status; // → "inconsistent" (94.9 earns 优)
 */
export function auditText(text: string, options: AuditTextOptions = {}): Result<TextAudit> {
  const given: unknown = options;
  if (!isRecord(given))
    return failure(
      invalidArgument(
        'options',
        {
          zh: '选项对象（可含 scheme、recomputed、claims）',
          en: 'an options object (with a scheme, a recomputation or claims, or none)',
        },
        given,
      ).issues,
    );
  const { scheme, recomputed } = options;
  if (typeof text !== 'string') {
    const refused = extractClaims(text);
    if (!refused.ok) return refused;
  }
  if (options.tables !== undefined) {
    const misshapen = gridIssues(options.tables, 'options.tables');
    if (misshapen !== undefined) return failure(misshapen);
  }
  const grids = options.tables ?? readTables(text);
  const prose = narrativeText(text, grids);
  const read =
    options.claims === undefined || prose !== text
      ? extractClaims(prose, scheme === undefined ? {} : { scheme })
      : success(options.claims);
  if (!read.ok) return read;
  const claims = read.value;
  const narrative = readsSomething(claims);
  const internal = narrative
    ? scheme === undefined
      ? checkNarrative(claims)
      : checkClaims(scheme, claims)
    : undefined;
  const external =
    narrative && recomputed !== undefined ? auditEvaluation(recomputed, claims) : undefined;
  const audited = auditTables(text, grids, {
    totals: claims.total,
    grades: claims.grade,
    ...(scheme === undefined ? {} : { gradeBands: scheme.grades }),
  });
  // A table with no budget block, no indicator rows and no total (a sheet of drop-down options,
  // a signature block) is not a score table: said in a note, not audited as one.
  const tables = audited.filter((each) => isScoreTable(each.table));
  const others = audited.filter((each) => !isScoreTable(each.table));
  const sources = cellSources(text, grids);
  const placement =
    scheme === undefined || tables.length === 0
      ? undefined
      : placeTables(
          tables.map((table) => table.table),
          scheme,
          sources,
        );
  const forRecomputation =
    scheme === undefined || recomputed === undefined || tables.length === 0
      ? undefined
      : tablesForRecomputation(
          tables.map((table) => table.table),
          options.recomputedFor,
        );
  const period =
    options.period === undefined
      ? undefined
      : schemePeriodCheck(
          options.period,
          tables.map((table) => table.table),
          prose,
          (table) => (table.year === undefined ? undefined : sources(table.year.cell.location)),
        );
  const checks = [
    ...(period === undefined ? [] : [period]),
    ...(internal?.checks ?? []),
    ...(external?.checks ?? []),
    ...tables.flatMap((table) => table.checks),
    ...(narrative
      ? narrativeTableChecks(
          claims,
          tables.map((table) => table.table),
          sources,
          scheme?.rounding.mode ?? 'half-up',
        )
      : []),
    ...(placement === undefined || scheme === undefined
      ? []
      : placementChecks(
          scheme,
          placement,
          forRecomputation === undefined || recomputed === undefined
            ? undefined
            : {
                evaluation: recomputed,
                placement: placeTables(forRecomputation.tables, scheme, sources),
              },
        )),
  ];
  const findings = checks.filter((check) => check.verdict === 'inconsistent');
  return success({
    // Tables that are not score tables (a sheet of options) are not something read to check.
    status: statusOf(checks, narrative || tables.length > 0),
    consistent: findings.length === 0,
    checks,
    findings,
    claims,
    tables: tables.map((table) => table.coverage),
    skipped: stillSkipped(internal?.skipped ?? [], tables),
    notes: [
      ...(others.length === 0 ? [] : [otherTablesNote(others.map((each) => each.coverage))]),
      ...(forRecomputation?.note === undefined ? [] : [forRecomputation.note]),
    ],
    ...(placement === undefined ? {} : { placement }),
  });
}
