import type { ScoreTable } from '../tables/scoreTable/ScoreTable.js';
import type { AuditCheck } from './AuditCheck.js';
import type { SourceLocation } from './Claims.js';

/** The years a scheme is in force (`to` absent: still in force), with the scheme's reference. */
export interface SchemePeriod {
  readonly reference: string;
  readonly from: number;
  readonly to?: number;
}

const isDigit = (character: string): boolean => character >= '0' && character <= '9';

/** How many lines from the top of the text a report's year is looked for in. */
const headLines = 12;

/** The first `2024年度` / `2024年` a report's opening lines write, with its line. */
function yearInText(
  text: string,
): { readonly year: number; readonly line: number; readonly text: string } | undefined {
  const lines = text.split('\n').slice(0, headLines);
  for (const [index, line] of lines.entries()) {
    const folded = line.normalize('NFKC');
    for (let at = folded.indexOf('年'); at >= 0; at = folded.indexOf('年', at + 1)) {
      const digits = at >= 4 ? folded.slice(at - 4, at) : '';
      if (digits !== '' && Array.from(digits).every(isDigit) && !isDigit(folded.charAt(at - 5))) {
        return { year: Number(digits), line: index + 1, text: line };
      }
    }
  }
  return undefined;
}

/** The years a period covers, in words. */
const periodText = (period: SchemePeriod): string =>
  period.to === undefined
    ? `${String(period.from)}–`
    : period.from === period.to
      ? String(period.from)
      : `${String(period.from)}–${String(period.to)}`;

/**
 * Whether the report's year falls in the period of the scheme it is checked against: a template
 * applied outside its period (a 2023 department template on a 2021 report, the 2020 national
 * project template on a 2019 report) is a finding (`scheme_period`), not a refusal, since the
 * user asked for that scheme. The year is the first score table's (`（2024年度）` in its title),
 * else the first `2024年度`/`2024年` in the text's opening lines; no year, no check.
 *
 * @param period - the scheme's period and reference
 * @param tables - the report's score tables
 * @param text - the report's text (its prose, for a file)
 * @param source - where a table cell stands, as an audit source
 * @returns the check, or undefined when the report states no year
 */
export function schemePeriodCheck(
  period: SchemePeriod,
  tables: readonly ScoreTable[],
  text: string,
  source: (table: ScoreTable) => SourceLocation | undefined,
): AuditCheck | undefined {
  const table = tables.find((each) => each.year !== undefined);
  const fromText = table === undefined ? yearInText(text) : undefined;
  const year = table?.year?.value ?? fromText?.year;
  if (year === undefined) return undefined;
  const at =
    table === undefined
      ? fromText === undefined
        ? undefined
        : { line: fromText.line, text: fromText.text }
      : source(table);
  const inside = year >= period.from && (period.to === undefined || year <= period.to);
  const years = periodText(period);
  return {
    code: 'scheme_period',
    verdict: inside ? 'consistent' : 'inconsistent',
    severity: inside ? 'info' : 'inconsistency',
    path: [],
    name: period.reference,
    claimed: String(year),
    recomputed: years,
    difference: '',
    check: {
      zh: `报告年度应在方案 ${period.reference} 的适用期 ${years} 内`,
      en: `the report's year falls in the period of ${period.reference} (${years})`,
    },
    message: inside
      ? {
          zh: `报告年度 ${String(year)} 在方案 ${period.reference} 的适用期 ${years} 内`,
          en: `the report's year ${String(year)} is within the period of ${period.reference} (${years})`,
        }
      : {
          zh: `报告年度 ${String(year)} 不在方案 ${period.reference} 的适用期 ${years} 内：按该方案核对的结果仅供参考`,
          en: `the report's year ${String(year)} is outside the period of ${period.reference} (${years}): checks against it are for reference only`,
        },
    ...(at === undefined ? {} : { source: at }),
  };
}
