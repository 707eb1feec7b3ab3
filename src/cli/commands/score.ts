import { renderReport } from '../../audit/renderReport.js';
import type { Evaluation } from '../../evaluation/Evaluation.js';
import type { Language } from '../../issues/Language.js';
import { localize } from '../../issues/LocalizedText.js';
import type { DataFile } from '../../json/parseDataFile.js';
import { renderCsv } from '../../render/renderCsv.js';
import { renderMarkdown } from '../../render/renderMarkdown.js';
import { renderTable } from '../../render/renderTable.js';
import { isBatch, refusedJobs, runBatch } from '../batch/runBatch.js';
import { cliIssues } from '../cliIssues.js';
import type { Command } from '../Command.js';
import type { Invocation } from '../Invocation.js';
import { evaluateDataFile } from '../evaluateDataFile.js';
import { io } from '../io.js';
import { messages } from '../messages.js';

const formats = ['table', 'json', 'markdown', 'csv', 'report'] as const;

/** The table's title lines: the scheme, how its version was chosen, whom the data is about. */
function title(evaluation: Evaluation, data: DataFile, lang: Language): string[] {
  const text = messages[lang];
  const { department, project, selection } = data;
  const { scheme } = evaluation;
  return [
    `${localize(scheme.title, lang)} (${scheme.id}@${scheme.version})`,
    ...(selection?.by === 'year' && selection.year !== undefined
      ? [text.selectedByYear(selection.reference, selection.year)]
      : []),
    ...(department === undefined ? [] : [text.department(department.name, department.year)]),
    ...(project === undefined
      ? []
      : [[project.name, project.department].filter((part) => part !== undefined).join(' · ')]),
  ];
}

/** The evaluation written in one of the output formats. */
function render(
  format: (typeof formats)[number],
  evaluation: Evaluation,
  data: DataFile,
  lang: Language,
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(evaluation, null, 2)}\n`;
    case 'markdown':
      return renderMarkdown(evaluation, { lang });
    case 'csv':
      return renderCsv(evaluation, { lang });
    case 'report': {
      const { department, project, selection } = data;
      const name = department?.name ?? project?.name;
      const year = selection?.year ?? department?.year ?? evaluation.scheme.effectiveYear;
      return renderReport(evaluation, {
        lang,
        ...(name === undefined ? {} : { department: name }),
        ...(year === undefined ? {} : { year }),
      });
    }
    case 'table':
      return renderTable(evaluation, { lang, title: title(evaluation, data, lang) });
  }
}

/**
 * Whether the output starts with a UTF-8 byte-order mark: as `--bom`/`--no-bom` say, otherwise
 * for CSV written to a file (Excel on Chinese Windows reads a CSV without one as GBK).
 */
function wantsBom(format: (typeof formats)[number], options: Invocation['options']): boolean {
  const toFile = options.output !== undefined && options.output !== '-';
  return options.bom ?? (format === 'csv' && toFile);
}

/**
 * `jixiao score [FILE|-] [--format table|json|markdown|csv|report] [-o FILE] [--bom|--no-bom]`:
 * scores a data file (the bundled example when none is given, standard input for `-`) and
 * writes the result in the format asked for, to standard output or to the `--output` file.
 */
export const score: Command = {
  help: (lang) => messages[lang].score,
  options: ['format', 'output', 'bom', 'jobs', 'ndjson', 'quiet', 'summary'],
  run(invocation) {
    const jobs = refusedJobs(invocation);
    if (jobs !== undefined) return jobs;
    if (isBatch(invocation)) return runBatch(invocation, 'score');
    const { environment, lang, args, options } = invocation;
    if (args.length > 1) {
      return io.report(environment, lang, [cliIssues.unexpectedArguments(args.slice(1))]);
    }
    const written = options.format ?? 'table';
    const format = formats.find((each) => each === written);
    if (format === undefined) {
      return io.report(environment, lang, [cliIssues.unknownFormat(written, formats)]);
    }
    const file = args[0] ?? environment.defaultDataFile;
    const { output } = options;
    const json = io.readJson(environment, lang, file);
    if (!json.ok) return json.exit;
    const scored = evaluateDataFile(environment, lang, file, json.value);
    if (!scored.ok) return scored.exit;
    const rendered = render(format, scored.value.evaluation, scored.value.data, lang);
    return io.writeOutput(environment, lang, rendered, { output, bom: wantsBom(format, options) });
  },
};
