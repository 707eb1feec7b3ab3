import { parseDecimal } from '../../decimal/parseDecimal.js';
import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import { invalidArgument } from '../../issues/invalidArgument.js';
import { failure, success, type Result } from '../../issues/Result.js';
import { typeOfValue } from '../../issues/typeOfValue.js';
import { levelBands as nationalLevelBands, type LevelBand } from '../vocabulary.js';
import type { CellValue, IndicatorNode, ScoreTable } from '../scoreTable/ScoreTable.js';
import { budgetChecks, budgetScoreOf } from './budgetChecks.js';
import { hasNoScore, nodeChecks } from './nodeChecks.js';
import { statedRules, underStatedRule, type RuleSource } from './statedRules.js';
import { targetChecks } from './targetChecks.js';
import type { GradeBand, TableCheck, TableCheckOptions, TableCheckReport } from './TableCheck.js';
import {
  gradeChecks,
  repeatedTotals,
  statedFullMarks,
  totalClaims,
  totalSum,
  weightTotals,
} from './totalChecks.js';
import { verdictCheck } from './makeTableCheck.js';

/**
 * A `level_band` check made with the national bands where the table writes bands of its own that
 * could not be read: the bands are assumed, so a score outside them asks for review (a warning)
 * instead of being a finding.
 */
function underUnreadBands(check: TableCheck): TableCheck {
  if (check.code !== 'level_band' || check.verdict !== 'inconsistent') return check;
  const note = {
    zh: '（表中写有计分档次但未能读出，按全国通行档次核对，仅供复核）',
    en: ' (the table states bands that could not be read; checked by the national ones, for review only)',
  };
  return {
    ...check,
    verdict: 'warning',
    message: { zh: `${check.message.zh}${note.zh}`, en: `${check.message.en}${note.en}` },
  };
}

/** The most decimal places any score cell of a table prints (its indicators', its budget's, its totals'). */
function scorePlaces(table: ScoreTable): number {
  let places = 0;
  const see = (value: CellValue | undefined): void => {
    if (value?.kind === 'number' && !value.percent) places = Math.max(places, value.places);
  };
  const visit = (node: IndicatorNode): void => {
    see(node.values?.score);
    node.children.forEach(visit);
  };
  table.indicators?.roots.forEach(visit);
  see(table.budget?.total?.values.score);
  for (const row of table.totals) see(row.score);
  return places;
}

/** The national grade bands: ≥90 优, ≥80 良, ≥60 中, else 差 (inclusive lower bounds). */
export const nationalGradeBands: readonly GradeBand[] = [
  { grade: '优', from: '90' },
  { grade: '良', from: '80' },
  { grade: '中', from: '60' },
  { grade: '差', from: '0' },
];

/**
 * The national bands for a sheet's full marks: as written for 100 (or none stated), else the same
 * shares of its full marks (≥90 % 优, ≥80 % 良, ≥60 % 中).
 */
function nationalBandsFor(fullMarks: Dec): readonly GradeBand[] {
  if (fullMarks.equals(100)) return nationalGradeBands;
  return nationalGradeBands.map((band) => ({
    grade: band.grade,
    from: fullMarks.times(band.from).dividedBy(100).toFixed(),
  }));
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

function optionIssue(key: string, expected: { zh: string; en: string }, received: unknown): Issue {
  return createIssue(
    'invalid_table_check_option',
    ['options', key],
    {
      zh: `选项「${key}」应为${expected.zh}，收到的是 ${typeOfValue(received)}`,
      en: `The option "${key}" must be ${expected.en}; it is ${typeOfValue(received)}`,
    },
    { expected: expected.en, received: typeOfValue(received) },
  );
}

const isDecimalText = (value: unknown): boolean =>
  (typeof value === 'string' || typeof value === 'number') && parseDecimal(value).ok;

interface ReadOptions {
  readonly fullMarks: Dec | undefined;
  readonly gradeBands: readonly GradeBand[];
  readonly levelBands: readonly LevelBand[];
  readonly options: TableCheckOptions;
}

/** Checks an options object from untyped callers cheaply, at its top level and list entries. */
function readOptions(given: unknown): Result<ReadOptions> {
  if (given === undefined)
    return success({
      fullMarks: undefined,
      gradeBands: nationalGradeBands,
      levelBands: nationalLevelBands,
      options: {},
    });
  if (!isObject(given))
    return failure([optionIssue('options', { zh: '对象', en: 'an object' }, given)]);
  const issues: Issue[] = [];
  const fullMarks: unknown = Reflect.get(given, 'fullMarks');
  let marks: Dec | undefined;
  if (fullMarks !== undefined) {
    const parsed = parseDecimal(fullMarks);
    if (parsed.ok && parsed.value.greaterThan(0)) marks = parsed.value;
    else
      issues.push(
        optionIssue('fullMarks', { zh: '正的十进制数', en: 'a positive decimal' }, fullMarks),
      );
  }
  const grades: unknown = Reflect.get(given, 'gradeBands');
  const gradesOk =
    grades === undefined ||
    (Array.isArray(grades) &&
      grades.length > 0 &&
      grades.every(
        (band: unknown) =>
          isObject(band) &&
          typeof Reflect.get(band, 'grade') === 'string' &&
          isDecimalText(Reflect.get(band, 'from')),
      ));
  if (!gradesOk)
    issues.push(
      optionIssue(
        'gradeBands',
        { zh: '等级档数组 [{ grade, from }]', en: 'an array of bands [{ grade, from }]' },
        grades,
      ),
    );
  const levels: unknown = Reflect.get(given, 'levelBands');
  const levelsOk =
    levels === undefined ||
    (Array.isArray(levels) &&
      levels.every((band: unknown) => {
        if (!isObject(band)) return false;
        const words: unknown = Reflect.get(band, 'words');
        return (
          Array.isArray(words) &&
          words.every((word) => typeof word === 'string') &&
          isDecimalText(Reflect.get(band, 'from')) &&
          isDecimalText(Reflect.get(band, 'to'))
        );
      }));
  if (!levelsOk)
    issues.push(
      optionIssue(
        'levelBands',
        {
          zh: '等级词档数组 [{ words, from, to }]',
          en: 'an array of level bands [{ words, from, to }]',
        },
        levels,
      ),
    );
  for (const key of ['statedTotals', 'statedGrades']) {
    const list: unknown = Reflect.get(given, key);
    if (
      list !== undefined &&
      !(
        Array.isArray(list) &&
        list.every(
          (item: unknown) =>
            isObject(item) &&
            typeof Reflect.get(item, 'written') === 'string' &&
            isObject(Reflect.get(item, 'cell')),
        )
      )
    ) {
      issues.push(
        optionIssue(
          key,
          {
            zh: '陈述数组 [{ written, cell, how }]',
            en: 'an array of statements [{ written, cell, how }]',
          },
          list,
        ),
      );
    }
  }
  const [first, ...rest] = issues;
  if (first !== undefined) return failure([first, ...rest]);
  // Checked above, entry by entry.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- each field was checked above
  const options = given as TableCheckOptions;
  return success({
    fullMarks: marks,
    gradeBands: options.gradeBands ?? nationalGradeBands,
    levelBands: options.levelBands ?? nationalLevelBands,
    options,
  });
}

/**
 * Checks a score table against its own arithmetic, without any scheme (report-layouts.md §4):
 * bounds, weights and scores adding up (name-cell and block-title weights included), the full
 * marks, budget rates and scores at the printed precision, 总额 = Σ 其中, unscored rows and
 * sheets, the grade against the total, totals stated twice, level words against their bands,
 * coefficients and score rates, each leaf's score recomputed from its written target and actual
 * (`target_score`, a rule inferred, so a warning when it disagrees), and (as warnings) scores
 * below the weight without a reason. Warnings never change the outcome; a consistent
 * `target_score` counts as a comparison.
 *
 * The rules the table states about itself (statedRules: level bands, the 正向/反向 formulas and
 * the budget rule in its 备注 / 说明 / 评分规则 rows and headers) replace the national ones for
 * that table: `level_band` uses the stated bands unless `options.levelBands` is given, and
 * `target_score` the stated formula, an inconsistency when the table breaks it. Each such check
 * says so in its rule (`按表中备注：…`). A rule text that cannot be read gives a
 * `stated_rule_unread` warning, and the national rule is applied.
 *
 * @param table - a table read by {@link readScoreTable}
 * @param options - full marks, grade and level bands, totals and grades stated outside the table
 * @returns the report of every check, or the issues of options it cannot use
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes no score table
 *
 * @example
 * const report = checkScoreTable(readScoreTable(grid));
 * report.ok && report.value.findings.map((check) => check.code); // → ["budget_score"]
 */
export function checkScoreTable(
  table: ScoreTable,
  options?: TableCheckOptions,
): Result<TableCheckReport> {
  const given: unknown = table;
  if (
    !isObject(given) ||
    !Array.isArray(Reflect.get(given, 'totals')) ||
    !Array.isArray(Reflect.get(given, 'guesses'))
  ) {
    throw invalidArgument(
      'table',
      { zh: '评分表（ScoreTable）', en: 'a score table (ScoreTable)' },
      given,
    );
  }
  const read = readOptions(options);
  if (!read.ok) return read;
  const { fullMarks, gradeBands } = read.value;
  const extra = read.value.options;
  const rules = statedRules(table);
  // The table's own bands, unless the caller gave bands: those win.
  const bandsStated = extra.levelBands === undefined ? rules.levelBands : undefined;
  const levelBands = bandsStated?.bands ?? read.value.levelBands;
  const sheetUnscored = hasNoScore(table.indicators) && budgetScoreOf(table.budget) === undefined;
  const checks: TableCheck[] = [];
  if (sheetUnscored && (table.indicators !== undefined || table.budget !== undefined)) {
    checks.push(
      verdictCheck(
        {
          code: 'unscored_sheet',
          subject: table.title?.text.trim() ?? '自评表',
          path: [],
          rule: { zh: '自评表应有得分', en: 'a self-evaluation sheet carries scores' },
          values:
            table.title === undefined
              ? []
              : [
                  {
                    role: 'title',
                    written: table.title.text.trim(),
                    location: table.title.location,
                  },
                ],
        },
        'unscored',
        '得分 = —',
        {
          zh: '表中没有任何得分：未评分的表',
          en: 'the sheet holds no score at all: it is unscored',
        },
      ),
    );
  }
  if (table.budget !== undefined)
    checks.push(
      ...budgetChecks(table.budget, scorePlaces(table)).map((check) =>
        underBudgetRule(check, rules.budget),
      ),
    );
  if (table.indicators !== undefined)
    checks.push(
      ...nodeChecks(table.indicators, levelBands, sheetUnscored, bandsStated?.source).map(
        (check) =>
          rules.bandsUnread && bandsStated === undefined && extra.levelBands === undefined
            ? underUnreadBands(check)
            : check,
      ),
      ...targetChecks(table.indicators, rules),
    );
  checks.push(...rules.unread);
  checks.push(...weightTotals(table, fullMarks));
  const claims = totalClaims(table, extra.statedTotals ?? []);
  checks.push(...totalSum(table, claims, fullMarks), ...repeatedTotals(claims));
  // The national bands are on 100 points: a sheet of other full marks (in points, not the 100%
  // of percent weights) is graded by its share.
  const pointMarks = statedFullMarks(table, fullMarks, true);
  const bandMarks =
    extra.gradeBands === undefined && pointMarks?.greaterThan(0) === true
      ? pointMarks
      : new JixiaoDecimal(100);
  const bands = extra.gradeBands === undefined ? nationalBandsFor(bandMarks) : gradeBands;
  checks.push(
    ...gradeChecks(
      table,
      claims,
      [...table.grades, ...(extra.statedGrades ?? [])],
      bands,
      bandMarks,
    ),
  );
  return success(reportOf(checks));
}

/** A budget_score check whose rule the table states (`得分（20分×执行率）`) says so. */
function underBudgetRule(check: TableCheck, stated: RuleSource | undefined): TableCheck {
  if (stated === undefined || check.code !== 'budget_score') return check;
  return { ...check, rule: underStatedRule(stated, check.rule) };
}

function reportOf(checks: readonly TableCheck[]): TableCheckReport {
  const findings = checks.filter((check) => check.verdict === 'inconsistent');
  const unscored = checks.filter((check) => check.verdict === 'unscored');
  const warnings = checks.filter((check) => check.verdict === 'warning');
  const compared = checks.filter((check) => check.verdict === 'consistent').length;
  const outcome =
    findings.length > 0
      ? 'inconsistent'
      : unscored.length > 0
        ? 'unscored'
        : compared === 0
          ? 'too-little'
          : 'consistent';
  return { outcome, checks, findings, unscored, warnings };
}
