import type { AuditCheck } from '../../audit/AuditCheck.js';
import {
  auditText,
  type SchemePeriod,
  type TableCoverage,
  type TextAudit,
} from '../../audit/auditText.js';
import { placeText } from '../../audit/cellSource.js';
import type { ClaimedSheet } from '../../audit/Claims.js';
import { extractClaims } from '../../audit/extractClaims.js';
import type { Evaluation } from '../../evaluation/Evaluation.js';
import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import type { Language } from '../../issues/Language.js';
import { parseScheme } from '../../json/parseScheme.js';
import { findPreset } from '../../presets/presets.js';
import { displayWidth } from '../../render/displayWidth.js';
import { lineText } from '../../render/lineText.js';
import type { Scheme } from '../../scheme/Scheme.js';
import type { CliEnvironment } from '../CliEnvironment.js';
import type { Command } from '../Command.js';
import type { Exit } from '../Exit.js';
import type { Invocation } from '../Invocation.js';
import { isBatch, refusedJobs, runBatch } from '../batch/runBatch.js';
import { cliIssues } from '../cliIssues.js';
import { formatOfOutput, refusedOutput } from '../exports/formatOfOutput.js';
import { evaluateDataFile } from '../evaluateDataFile.js';
import { inputName } from '../inputName.js';
import { isSchemeFile } from '../isSchemeFile.js';
import { io } from '../io.js';
import { missingFile } from '../missingFile.js';
import { messages } from '../messages.js';
import type { Outcome } from '../Outcome.js';
import type { CellGrid } from '../../tables/CellGrid.js';
import { readDocument } from '../../tables/readDocument.js';

/** The preset a report is read against when neither --scheme nor --data says, if it names it. */
const defaultPreset = 'gz-department-overall@2023';
/** How many of the preset's indicators a text must name for the preset to be chosen for it. */
const indicatorsToChoose = 2;

/** The exit code of an audit that read too little to check anything. */
const tooLittleToCheck: Exit = 3;

const padEnd = (value: string, width: number): string =>
  value + ' '.repeat(Math.max(0, width - displayWidth(value)));

/** How the scheme the report is checked against was chosen, for the coverage. */
export interface SchemeChoice {
  /** `data` (--data), `preset` or `file` (--scheme), `auto` (the default preset, named by the text), `none`. */
  readonly how: 'data' | 'preset' | 'file' | 'auto' | 'none';
  /** The scheme's `id@version`, when there is one. */
  readonly reference?: string;
  readonly reason: { readonly zh: string; readonly en: string };
}

interface Against {
  readonly scheme?: Scheme;
  readonly recomputed?: Evaluation;
  readonly choice: SchemeChoice;
  /** The claims, when choosing the scheme already read them. */
  readonly claims?: ClaimedSheet;
  /** The preset's period, when --scheme named it (a year outside it is a finding). */
  readonly period?: SchemePeriod;
  /** The project or department the --data file is for. */
  readonly recomputedFor?: string;
}

const referenceOf = (scheme: Scheme): string => `${scheme.id}@${scheme.version}`;

/** The indicators of a scheme the claims state something of (not derived from others). */
const placedIndicators = (claims: ClaimedSheet): number =>
  Object.values(claims.nodes).filter(
    (node) => node.weight.length > 0 || node.score.some((claim) => claim.derived === undefined),
  ).length;

/**
 * The scheme the report is checked against: the data file's (with its recomputed evaluation)
 * with `--data`; the `--scheme` preset's skeleton, or the scheme file it names; otherwise the
 * default preset when the text names its indicators, and none when it does not.
 */
function schemeToCheck(
  { lang, options }: Invocation,
  environment: CliEnvironment,
  report: string,
): Outcome<Against> {
  if (options.data !== undefined) {
    const json = io.readJson(environment, lang, options.data);
    if (!json.ok) return json;
    const scored = evaluateDataFile(environment, lang, options.data, json.value);
    if (!scored.ok) return scored;
    const { data, evaluation } = scored.value;
    const reference = referenceOf(data.scheme);
    const name = data.project?.name ?? data.department?.name;
    return {
      ok: true,
      value: {
        scheme: data.scheme,
        recomputed: evaluation,
        ...(name === undefined ? {} : { recomputedFor: name }),
        choice: {
          how: 'data',
          reference,
          reason: { zh: `数据文件 ${options.data} 的方案`, en: `the scheme of ${options.data}` },
        },
      },
    };
  }
  const given = options.scheme;
  if (given !== undefined && isSchemeFile(given)) {
    const json = io.readJson(environment, lang, given);
    if (!json.ok) return json;
    const parsed = parseScheme(json.value);
    if (!parsed.ok)
      return {
        ok: false,
        exit: io.printIssues(environment, lang, given, parsed.issues),
        issues: parsed.issues,
      };
    const reference = referenceOf(parsed.value);
    return {
      ok: true,
      value: {
        scheme: parsed.value,
        choice: {
          how: 'file',
          reference,
          reason: { zh: `方案文件 ${given}`, en: `the scheme file ${given}` },
        },
      },
    };
  }
  const preset = findPreset(given ?? defaultPreset);
  if (!preset.ok) {
    return {
      ok: false,
      exit: io.printIssues(environment, lang, '--scheme', preset.issues),
      issues: preset.issues,
    };
  }
  const scheme = preset.value.skeleton();
  const reference = referenceOf(scheme);
  if (given !== undefined)
    return {
      ok: true,
      value: {
        scheme,
        period: {
          reference,
          from: preset.value.effectivePeriod.from,
          ...(preset.value.effectivePeriod.to === undefined
            ? {}
            : { to: preset.value.effectivePeriod.to }),
        },
        choice: {
          how: 'preset',
          reference,
          reason: { zh: '--scheme 指定', en: 'given by --scheme' },
        },
      },
    };
  const read = extractClaims(report, { scheme });
  const named = read.ok ? placedIndicators(read.value) : 0;
  if (read.ok && named >= indicatorsToChoose)
    return {
      ok: true,
      value: {
        scheme,
        claims: read.value,
        choice: {
          how: 'auto',
          reference,
          reason: {
            zh: `未给 --scheme：文本点名了 ${reference} 的 ${named} 个指标，按该方案核对`,
            en: `no --scheme: the text names ${named} indicators of ${reference}, so it is checked against it`,
          },
        },
      },
    };
  return {
    ok: true,
    value: {
      choice: {
        how: 'none',
        reason: {
          zh: `未给 --scheme：文本点名 ${reference} 的指标不足 ${indicatorsToChoose} 个（${named} 个），不套用方案，只做不依赖方案的核对（等级按全国通用档次）`,
          en: `no --scheme: the text names fewer than ${indicatorsToChoose} indicators of ${reference} (${named}), so no scheme is applied: only the checks that need none are made (grades by the national bands)`,
        },
      },
    },
  };
}

/** What the text holds nothing of: the issue says what was looked for. */
function nothingReadable(file: string): Issue {
  const { zh: nameZh, en: nameEn } = inputName(file);
  return createIssue('no_claims', [], {
    zh: `未能从 ${nameZh} 读出任何可核对的内容。已查找：总分（自评得分为…分、综合评分为…分、自评总分…分、整体绩效自评得分…分）、等级（评价等级为…）、预算句（全年预算数…万元，执行数…万元，执行率…%）、指标得分（…分值…分，自评得分…分；（一）…（N分）：得…分；其中：…分）、“该项指标分值…分，本次自评得分…分”句与评分表行，以及自评表（| 分隔、Markdown、CSV、每格一行或一段、整表一行、按列顺序、名称行加“分值 得分”行、OCR 文本）`,
    en: `Nothing checkable could be read from ${nameEn}. Looked for: a total (自评得分为…分, 综合评分为…分, 自评总分…分, 整体绩效自评得分…分), a grade (评价等级为…), a budget sentence (全年预算数…万元，执行数…万元，执行率…%), category scores (…分值…分，自评得分…分; （一）…（N分）：得…分; 其中：…分), and the “该项指标分值…分，本次自评得分…分” sentences with their table rows, and score tables (| cells, Markdown, CSV, one cell per line or paragraph, a whole table on one line, cells in column order, a name line with its 分值 得分 line, OCR text)`,
  });
}

/** What was read, by kind: the coverage's counts. */
function readCounts(claims: ClaimedSheet): Readonly<Record<string, number>> {
  const named = claims.named ?? [];
  return {
    totals: claims.total.length,
    fullMarks: claims.fullMarks.length,
    grades: claims.grade.length,
    budgetSentences: claims.budget.length,
    budgetParts: claims.budget.reduce((sum, budget) => sum + (budget.parts?.length ?? 0), 0),
    schemeIndicators: placedIndicators(claims),
    namedIndicators: named.length,
    scoreBreakdowns: (claims.breakdowns ?? []).length,
    threePublic: claims.threePublic.length,
    unplaced: claims.unplaced.length,
  };
}

/** An environment whose standard error is also kept, for the JSON of a failed run. */
function keepingErrors(environment: CliEnvironment, kept: string[]): CliEnvironment {
  return {
    ...environment,
    stderr: (text) => {
      kept.push(text);
      environment.stderr(text);
    },
  };
}

/** A table's rows not read, grouped by reason in the reading order of the reasons. */
function unreadGroups(
  table: TableCoverage,
  lang: Language,
): readonly { readonly reason: string; readonly rows: number }[] {
  const groups = new Map<string, number>();
  for (const row of table.skippedRows) {
    const reason = row.reason[lang];
    groups.set(reason, (groups.get(reason) ?? 0) + 1);
  }
  return [...groups].map(([reason, rows]) => ({ reason, rows }));
}

/** How many places a repair line lists before it counts the rest. */
const placesListed = 5;

/**
 * A table's repairs, one line per kind: the first one's message, its code, how many, and where
 * (a formula with no stored result read as empty, a title joined, tables joined). Guesses are
 * listed in JSON (`guessed`), not here.
 */
function repairLines(table: TableCoverage, lang: Language): readonly string[] {
  const groups = new Map<string, TableCoverage['repaired'][number][]>();
  for (const repair of table.repaired) {
    if (repair.guess) continue;
    groups.set(repair.code, [...(groups.get(repair.code) ?? []), repair]);
  }
  return [...groups].map(([code, repairs]) => {
    const places = repairs.map((repair) => repair.place[lang]);
    const shown = places.slice(0, placesListed).join(lang === 'zh' ? '、' : ', ');
    const more = places.length - placesListed;
    const where =
      more > 0
        ? lang === 'zh'
          ? `${shown} 等 ${places.length} 处`
          : `${shown} and ${more} more`
        : shown;
    const first = repairs[0]?.message[lang] ?? '';
    return lang === 'zh'
      ? `    修补：${lineText(first)} [${code}]（${where}）`
      : `    repaired: ${lineText(first)} [${code}] (${where})`;
  });
}

/** The one line that says what 推测 and 未读 mean and where they are listed, when any table has them. */
function tableNote(
  tables: readonly TableCoverage[],
  text: { readonly auditTableNote: (guesses: boolean, unread: boolean) => string },
): readonly string[] {
  const guesses = tables.some((table) => table.guesses > 0);
  const unread = tables.some((table) => table.skippedRows.length > 0);
  return guesses || unread ? [text.auditTableNote(guesses, unread)] : [];
}

/** The JSON of a run that could not check: its exit, the issues and the error lines written. */
function failureJson(
  exit: Exit,
  issues: readonly Issue[],
  errors: readonly string[],
  extra: Readonly<Record<string, unknown>> = {},
): string {
  const lines = errors
    .join('')
    .split('\n')
    .filter((line) => line.trim() !== '');
  return `${JSON.stringify(
    {
      exit,
      status: 'unusable',
      consistent: false,
      ...extra,
      issues,
      findings: [],
      errors: lines,
    },
    null,
    2,
  )}\n`;
}

/** How many display columns of a table line a finding quotes (a one-line table is one line). */
const quotedWidth = 60;

/** The formats `audit` writes for one report. */
const oneFormats = ['table', 'json'] as const;

/** A line's text for one-line output, cut to `width` display columns with an ellipsis. */
function clipped(text: string, width: number): string {
  const line = lineText(text);
  if (displayWidth(line) <= width) return line;
  let out = '';
  for (const character of line) {
    if (displayWidth(out + character) > width - 1) break;
    out += character;
  }
  return `${out}…`;
}

/** Where a finding stands: its line, and the cell's column for a table cell; a file's cell by its place. */
function whereText(lang: Language, source: AuditCheck['source']): string {
  if (source === undefined) return '';
  if (source.cell !== undefined)
    return `${placeText(source.cell)[lang]}${lang === 'zh' ? '：' : ': '}`;
  if (source.column === undefined)
    return lang === 'zh' ? `第 ${source.line} 行：` : `line ${source.line}: `;
  return lang === 'zh'
    ? `第 ${source.line} 行第 ${source.column} 列：`
    : `line ${source.line}, column ${source.column}: `;
}

/** The table output's lines. */
function tableLines(lang: Language, audit: TextAudit, choice: SchemeChoice): string[] {
  const text = messages[lang];
  const { checks, findings, claims, skipped } = audit;
  const rows = checks.map((check) =>
    [
      check.source === undefined
        ? ''
        : check.source.cell === undefined
          ? String(check.source.line)
          : placeText(check.source.cell)[lang],
      check.name,
      text.checkNames[check.code] ?? check.code,
      check.claimed,
      check.recomputed,
      text.verdicts[check.verdict],
    ].map((cell) => lineText(cell)),
  );
  const header = [...text.auditHeader];
  const widths = header.map((title, column) =>
    Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => padEnd(cell, widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  const out = [
    text.auditScheme(choice.reference, lineText(choice.reason[lang])),
    text.auditRead(readCounts(claims)),
    text.auditTables(audit.tables.length),
    ...audit.tables.flatMap((table, index) => [
      text.auditTable(index + 1, {
        ...table,
        title: table.title === undefined ? undefined : clipped(table.title, quotedWidth),
        outcome: text.tableOutcomes[table.outcome],
        unread: unreadGroups(table, lang),
      }),
      ...repairLines(table, lang),
    ]),
    ...tableNote(audit.tables, text),
    ...(audit.placement === undefined
      ? []
      : [
          text.auditPlacement({
            placed: audit.placement.placed.length,
            withinSlots: audit.placement.withinSlots,
            unplaced: audit.placement.unplaced.map((row) => lineText(row.names.join(' › '))),
            missing: audit.placement.missing.map((leaf) => lineText(leaf.name)),
          }),
        ]),
    ...audit.notes.map((note) => lineText(note[lang])),
    '',
  ];
  if (checks.length > 0) out.push(line(header), rule, ...rows.map(line), '');
  out.push(checks.length === 0 ? text.auditTooLittle : text.findingsHeading(findings.length));
  for (const finding of findings) {
    const { source } = finding;
    const quoted =
      source === undefined
        ? ''
        : `  «${source.column === undefined ? lineText(source.text) : clipped(source.text, quotedWidth)}»`;
    out.push(
      `  ${whereText(lang, source)}${lineText(finding.message[lang])}`,
      `    ${lang === 'zh' ? '核对' : 'checked'}: ${lineText(finding.check[lang])}${quoted}`,
    );
  }
  if (claims.unplaced.length > 0) {
    out.push('', text.unplacedHeading);
    for (const unplaced of claims.unplaced) {
      out.push(`  ${unplaced.line}: ${lineText(unplaced.text)} (${lineText(unplaced.reason)})`);
    }
  }
  if (skipped.length > 0) {
    out.push('', text.skippedHeading);
    for (const each of skipped) {
      const where = each.source === undefined ? '' : `${each.source.line}: `;
      const reason = lineText(each.reason[lang]);
      out.push(
        `  ${where}${lineText(each.what)}${lang === 'zh' ? `（${reason}）` : ` (${reason})`}`,
      );
    }
  }
  out.push('', text.auditSummary(checks.length, findings.length));
  return out;
}

/** The exit code of an audit's status (`nothing_read` is handled before, as unusable input). */
const exitOf = (audit: TextAudit): Exit =>
  audit.status === 'inconsistent' ? 1 : audit.status === 'consistent' ? 0 : tooLittleToCheck;

/**
 * `jixiao audit REPORT.txt [--data FILE] [--scheme REF|FILE.json] [--format table|json]`: reads
 * the scores a self-evaluation report claims and checks each one. Exits 0 when every check holds
 * (and there was at least one), 1 on an inconsistency, 2 for unusable input, 3 when the text was
 * read but holds too little to check. With --format json it prints JSON on every exit.
 */
export const audit: Command = {
  help: (lang) => messages[lang].audit,
  options: ['format', 'data', 'scheme', 'output', 'bom', 'jobs', 'ndjson', 'quiet', 'summary'],
  run(invocation) {
    const jobs = refusedJobs(invocation);
    if (jobs !== undefined) return jobs;
    if (isBatch(invocation)) return runBatch(invocation, 'audit');
    const { output } = invocation.options;
    if (output === undefined || output === '-') return auditOne(invocation);
    // Without --format, the file's extension names it; a name of another kind of file is refused
    // before anything is read or written.
    const format = invocation.options.format ?? formatOfOutput(output, oneFormats, 'table');
    const refused = refusedOutput(output, format, oneFormats);
    if (refused !== undefined) return io.report(invocation.environment, invocation.lang, [refused]);
    // With --output, what the audit writes goes to the file once it is done.
    const kept: string[] = [];
    const exit = auditOne({
      ...invocation,
      options: { ...invocation.options, ...(format === undefined ? {} : { format }) },
      environment: { ...invocation.environment, stdout: (text) => kept.push(text) },
    });
    const write = (code: Exit): Exit => {
      const { environment, lang, options } = invocation;
      const bom = options.bom ?? false;
      return io.writeOutput(environment, lang, kept.join(''), { output, bom }) === 0 ? code : 2;
    };
    return typeof exit === 'number' ? write(exit) : exit.then(write);
  },
};

/**
 * The audit of one report, written to the invocation's standard output (a batch runs each of its
 * reports through it).
 *
 * @param invocation - the environment, language, the report as the one argument, the options
 * @returns the exit code, at once or once a Word, Excel or PDF file is read
 *
 * @example
 * auditOne({ environment, lang: 'zh', args: ['r.txt'], options: { format: 'json' } }); // → 0
 */
export function auditOne(invocation: Invocation): Exit | Promise<Exit> {
  const { environment, lang, args, options } = invocation;
  const text = messages[lang];
  const format = options.format ?? 'table';
  if (format !== 'table' && format !== 'json') {
    return io.report(environment, lang, [cliIssues.unknownFormat(format, oneFormats)]);
  }
  const json = format === 'json';
  const errors: string[] = [];
  const env = json ? keepingErrors(environment, errors) : environment;
  const failed = (
    exit: Exit,
    issues: readonly Issue[] = [],
    extraJson: Readonly<Record<string, unknown>> = {},
  ): Exit => {
    if (json) environment.stdout(failureJson(exit, issues, errors, extraJson));
    return exit;
  };
  const [file, ...extra] = args;
  if (file === undefined) {
    return failed(missingFile(env, lang, text.audit), [cliIssues.missingFile()]);
  }
  if (extra.length > 0) {
    const issue = cliIssues.unexpectedArguments(extra);
    return failed(io.report(env, lang, [issue]), [issue]);
  }
  const read = io.readReport(env, lang, file);
  if (!read.ok) return failed(read.exit, read.issues);
  const audit = (text: string, tables?: readonly CellGrid[]): Exit => {
    const against = schemeToCheck(
      invocation,
      env,
      tables === undefined ? text : choiceText(text, tables),
    );
    if (!against.ok) return failed(against.exit, against.issues);
    const { scheme, recomputed, choice } = against.value;
    const audited = auditText(text, {
      ...(scheme === undefined ? {} : { scheme }),
      ...(recomputed === undefined ? {} : { recomputed }),
      ...(against.value.claims === undefined || tables !== undefined
        ? {}
        : { claims: against.value.claims }),
      ...(against.value.period === undefined ? {} : { period: against.value.period }),
      ...(against.value.recomputedFor === undefined
        ? {}
        : { recomputedFor: against.value.recomputedFor }),
      ...(tables === undefined ? {} : { tables }),
    });
    if (!audited.ok) return failed(io.printIssues(env, lang, file, audited.issues), audited.issues);
    return printAudit(invocation, env, audited.value, choice, json, failed);
  };
  if ('text' in read.value) return audit(read.value.text);
  return readDocument(read.value.bytes).then((document) =>
    document.ok
      ? audit(document.value.text, document.value.grids)
      : failed(io.printIssues(env, lang, file, document.issues), document.issues),
  );
}

/** The text the scheme is chosen by for a file: its prose, and each table row's cells on a line. */
const choiceText = (text: string, tables: readonly CellGrid[]): string =>
  [
    text,
    ...tables.flatMap((grid) =>
      grid.rows.map((row) => row.cells.map((cell) => cell.text).join(' | ')),
    ),
  ].join('\n');

/** Prints an audit (as a table or JSON) and returns its exit code. */
function printAudit(
  { environment, lang, args }: Invocation,
  /** The environment that keeps standard error for the JSON of a failed run. */
  env: CliEnvironment,
  result: TextAudit,
  choice: SchemeChoice,
  json: boolean,
  failed: (
    exit: Exit,
    issues?: readonly Issue[],
    extraJson?: Readonly<Record<string, unknown>>,
  ) => Exit,
): Exit {
  const file = args[0] ?? '-';
  if (result.status === 'nothing_read') {
    const issue = nothingReadable(file);
    return failed(io.report(env, lang, [issue]), [issue], {
      coverage: { scheme: choice, tables: result.tables },
    });
  }
  const { checks, findings, claims, skipped } = result;
  const exit = exitOf(result);
  if (json) {
    const coverage = {
      scheme: choice,
      read: readCounts(claims),
      tables: result.tables,
      ...(result.notes.length === 0 ? {} : { notes: result.notes }),
      ...(result.placement === undefined
        ? {}
        : {
            placement: {
              placed: result.placement.placed,
              withinSlots: result.placement.withinSlots,
              unplaced: result.placement.unplaced,
              missing: result.placement.missing,
            },
          }),
      checks: checks.length,
      skipped,
    };
    environment.stdout(
      `${JSON.stringify(
        {
          exit,
          status: result.status,
          consistent: exit === 0,
          coverage,
          claims,
          checks,
          findings,
        },
        null,
        2,
      )}\n`,
    );
    return exit;
  }
  const out = tableLines(lang, result, choice);
  environment.stdout(`${out.join('\n')}\n`);
  return exit;
}
