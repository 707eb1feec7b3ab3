import { renderReport } from '../../audit/renderReport.js';
import type { Evaluation } from '../../evaluation/Evaluation.js';
import type { Language } from '../../issues/Language.js';
import { localize } from '../../issues/LocalizedText.js';
import type { DataFile } from '../../json/parseDataFile.js';
import { renderCsv } from '../../render/renderCsv.js';
import { renderMarkdown } from '../../render/renderMarkdown.js';
import { renderTable } from '../../render/renderTable.js';
import type { Command } from '../Command.js';
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
 * `jixiao score [FILE] [--format table|json|markdown|csv|report]`: scores a data file (the
 * bundled example when none is given) and prints the result in the format asked for.
 */
export const score: Command = {
  help: (lang) => messages[lang].score,
  options: ['format'],
  run({ environment, lang, args, options }) {
    const text = messages[lang];
    if (args.length > 1) return io.fail(environment, text.unknownOption(args.slice(1).join(' ')));
    const written = options.format ?? 'table';
    const format = formats.find((each) => each === written);
    if (format === undefined) return io.fail(environment, text.badFormat(written));
    const file = args[0] ?? environment.defaultDataFile;
    const json = io.readJson(environment, lang, file);
    if (!json.ok) return json.exit;
    const scored = evaluateDataFile(environment, lang, file, json.value);
    if (!scored.ok) return scored.exit;
    environment.stdout(render(format, scored.value.evaluation, scored.value.data, lang));
    return 0;
  },
};
