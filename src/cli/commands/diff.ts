import { compareEvaluations } from '../../compare/compareEvaluations.js';
import type { EvaluationComparison } from '../../compare/EvaluationComparison.js';
import { renderComparisonCsv } from '../../compare/renderComparisonCsv.js';
import { renderComparisonJson } from '../../compare/renderComparisonJson.js';
import { renderComparisonMarkdown } from '../../compare/renderComparisonMarkdown.js';
import { renderComparisonTable } from '../../compare/renderComparisonTable.js';
import type { Evaluation } from '../../evaluation/Evaluation.js';
import { isRecord } from '../../issues/isRecord.js';
import type { Language } from '../../issues/Language.js';
import type { DataFile } from '../../json/parseDataFile.js';
import { parseEvaluation } from '../../json/parseEvaluation.js';
import { cliIssues } from '../cliIssues.js';
import { formatOfOutput, refusedOutput } from '../exports/formatOfOutput.js';
import type { Command } from '../Command.js';
import { evaluateDataFile } from '../evaluateDataFile.js';
import type { Invocation } from '../Invocation.js';
import { inputName } from '../inputName.js';
import { io } from '../io.js';
import { missingFile } from '../missingFile.js';
import type { Outcome } from '../Outcome.js';
import { diffMessages } from './diffMessages.js';

const formats = ['table', 'json', 'markdown', 'csv'] as const;

/** The keys of an evaluation that no data file has (a data file takes no other keys). */
const evaluationKeys = ['fullMarks', 'rawTotal', 'total', 'rounding', 'grade'] as const;

/** One side of the comparison: its evaluation, and the data file when it was one. */
interface Side {
  readonly file: string;
  readonly evaluation: Evaluation;
  readonly data?: DataFile;
}

/**
 * Reads one file as an evaluation (what `jixiao score --format json` writes) when it has one of
 * an evaluation's own keys, otherwise as a data file scored as `jixiao score` scores it; every
 * problem is reported under the file's name.
 */
function readSide({ environment, lang }: Invocation, file: string): Outcome<Side> {
  const json = io.readJson(environment, lang, file);
  if (!json.ok) return json;
  const { value } = json;
  if (isRecord(value) && evaluationKeys.some((key) => Object.hasOwn(value, key))) {
    const parsed = parseEvaluation(value);
    if (!parsed.ok)
      return { ok: false, exit: io.printIssues(environment, lang, file, parsed.issues) };
    return { ok: true, value: { file, evaluation: parsed.value } };
  }
  const scored = evaluateDataFile(environment, lang, file, value);
  if (!scored.ok) return scored;
  return { ok: true, value: { file, ...scored.value } };
}

/** A side's title line: its label, the file, whom the data is about, and the scheme. */
function titleLine(label: string, side: Side, lang: Language): string {
  const text = diffMessages[lang];
  const { department, project } = side.data ?? {};
  const { scheme } = side.evaluation;
  return [
    `${label}${text.colon}${inputName(side.file)[lang]}`,
    ...(department === undefined ? [] : [text.department(department.name, department.year)]),
    ...(project === undefined ? [] : [project.name]),
    `${scheme.id}@${scheme.version}`,
  ].join(' · ');
}

/** The comparison written in one of the output formats. */
function render(
  format: (typeof formats)[number],
  comparison: EvaluationComparison,
  sides: readonly [Side, Side],
  lang: Language,
): string {
  switch (format) {
    case 'json':
      return renderComparisonJson(comparison);
    case 'markdown':
      return renderComparisonMarkdown(comparison, { lang });
    case 'csv':
      return renderComparisonCsv(comparison, { lang });
    case 'table': {
      const text = diffMessages[lang];
      const title = [titleLine(text.before, sides[0], lang), titleLine(text.after, sides[1], lang)];
      return renderComparisonTable(comparison, { lang, title });
    }
  }
}

/**
 * `jixiao diff BEFORE AFTER [--format table|json|markdown|csv] [-o FILE] [--bom|--no-bom]`:
 * compares two evaluations of one department or project (each file an evaluation or a data
 * file) and writes each indicator's changes, the indicators added, removed and moved, and the
 * change of the total. A difference is no error: the exit code is 0 when both files were read.
 */
export const diff: Command = {
  help: (lang) => diffMessages[lang].help,
  options: ['format', 'output', 'bom'],
  run(invocation) {
    const { environment, lang, args, options } = invocation;
    const [beforeFile, afterFile, ...extra] = args;
    if (beforeFile === undefined || afterFile === undefined)
      return missingFile(environment, lang, diffMessages[lang].help);
    if (extra.length > 0) {
      return io.report(environment, lang, [cliIssues.unexpectedArguments(extra)]);
    }
    const written = options.format ?? formatOfOutput(options.output, formats, 'table');
    const refused = refusedOutput(options.output, written, formats);
    if (refused !== undefined) return io.report(environment, lang, [refused]);
    const format = formats.find((each) => each === written);
    if (format === undefined) {
      return io.report(environment, lang, [cliIssues.unknownFormat(written ?? '', formats)]);
    }
    // Both files are read, so that the problems of both are reported at once.
    const before = readSide(invocation, beforeFile);
    const after = readSide(invocation, afterFile);
    if (!before.ok) return before.exit;
    if (!after.ok) return after.exit;
    const comparison = compareEvaluations(before.value.evaluation, after.value.evaluation);
    const rendered = render(format, comparison, [before.value, after.value], lang);
    const toFile = options.output !== undefined && options.output !== '-';
    return io.writeOutput(environment, lang, rendered, {
      output: options.output,
      bom: options.bom ?? (format === 'csv' && toFile),
    });
  },
};
