import type { Evaluation } from '../../evaluation/Evaluation.js';
import type { Language } from '../../issues/Language.js';
import { localize } from '../../issues/LocalizedText.js';
import type { Result } from '../../issues/Result.js';
import type { DataFile } from '../../json/DataFile.js';
import { renderTable } from '../../render/renderTable.js';
import { isBatch } from '../batch/isBatch.js';
import { refusedJobs } from '../batch/refusedJobs.js';
import { cliIssues } from '../cliIssues.js';
import type { Command } from '../Command.js';
import type { Exit } from '../Exit.js';
import type { Invocation } from '../Invocation.js';
import { evaluateRead } from '../evaluateRead.js';
import { exportFormats, isExportFormat, writesBytes } from '../exports/exportFormats.js';
import { formatOfOutput, refusedOutput } from '../exports/formatOfOutput.js';
import { io } from '../io.js';
import { lazyModule } from '../lazyModule.js';
import { messages } from '../messages.js';
import { loadDataFileReader, readDataFile } from '../readDataFile.js';

/** The formats written as text here; the export formats' writers load only when asked for. */
const textFormats = ['table', 'json', 'markdown', 'csv', 'report'] as const;
const formats = [...textFormats, ...exportFormats] as const;
type TextFormat = (typeof textFormats)[number];

/** The export writers (a workbook, a Word file, a page): loaded only for such a format. */
const exporters = lazyModule(() => import('../exports/exportWriters.js'));

/** The Markdown, CSV and report renderers: loaded only for such a format. */
const textRenderers = lazyModule(() => import('../textRenderers.js'));

/** The batch's modules (and zod, which its data-file reader loads): only for a batch. */
const batch = lazyModule(() => import('../batch/runBatch.js'));

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

/**
 * The evaluation written in one of the output formats: at once for the table and JSON, once its
 * renderer is loaded for the others (at once when it is).
 */
function render(
  format: TextFormat,
  evaluation: Evaluation,
  data: DataFile,
  lang: Language,
): string | Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(evaluation, null, 2)}\n`;
    case 'table':
      return renderTable(evaluation, { lang, title: title(evaluation, data, lang) });
    case 'markdown':
    case 'csv':
    case 'report': {
      const loaded = textRenderers.loaded();
      return loaded === undefined
        ? textRenderers.load().then(({ renderText }) => renderText(format, evaluation, data, lang))
        : loaded.renderText(format, evaluation, data, lang);
    }
  }
}

/**
 * Whether the output starts with a UTF-8 byte-order mark: as `--bom`/`--no-bom` say, otherwise
 * for CSV written to a file (Excel on Chinese Windows reads a CSV without one as GBK).
 */
function wantsBom(format: TextFormat, options: Invocation['options']): boolean {
  const toFile = options.output !== undefined && options.output !== '-';
  return options.bom ?? (format === 'csv' && toFile);
}

/**
 * `jixiao score [FILE|-] [--format FORMAT] [-o FILE] [--bom|--no-bom]`: scores a data file (the
 * bundled example when none is given, standard input for `-`) and writes the result in the
 * format asked for (without `--format`, the one the `-o` file's extension names, else a table),
 * to standard output or to the `--output` file.
 */
export const score: Command = {
  help: (lang) => messages[lang].score,
  options: ['format', 'output', 'bom', 'jobs', 'ndjson', 'quiet', 'summary'],
  preload: async () => {
    await Promise.all([loadDataFileReader(), batch.load(), textRenderers.load()]);
  },
  run(invocation) {
    const jobs = refusedJobs(invocation);
    if (jobs !== undefined) return jobs;
    if (isBatch(invocation)) {
      const loaded = batch.loaded();
      return loaded === undefined
        ? batch.load().then(({ runBatch }) => runBatch(invocation, 'score'))
        : loaded.runBatch(invocation, 'score');
    }
    const { environment, lang, args, options } = invocation;
    if (args.length > 1) {
      return io.report(environment, lang, [cliIssues.unexpectedArguments(args.slice(1))]);
    }
    const written = options.format ?? formatOfOutput(options.output, formats, 'table');
    const refused = refusedOutput(options.output, written, formats);
    if (refused !== undefined) return io.report(environment, lang, [refused]);
    const format = formats.find((each) => each === written);
    if (format === undefined) {
      return io.report(environment, lang, [cliIssues.unknownFormat(written ?? '', formats)]);
    }
    if (writesBytes(format) && (options.output === undefined || options.output === '-'))
      return io.report(environment, lang, [cliIssues.outputFileRequired()]);
    const file = args[0] ?? environment.defaultDataFile;
    const json = io.readJson(environment, lang, file);
    if (!json.ok) return json.exit;
    const scoreRead = (data: Result<DataFile>): Exit | Promise<Exit> => {
      const scored = evaluateRead(environment, lang, file, data);
      if (!scored.ok) return scored.exit;
      const { evaluation, data: read } = scored.value;
      if (isExportFormat(format))
        return exporters
          .load()
          .then(({ exportWriter }) => exportWriter(format).score(evaluation, read, lang))
          .then((exported) =>
            exported.ok
              ? io.writeOutput(environment, lang, exported.value, {
                  output: options.output,
                  bom: false,
                })
              : io.report(environment, lang, exported.issues),
          );
      const rendered = render(format, evaluation, read, lang);
      const bom = wantsBom(format, options);
      const write = (text: string): Exit | Promise<Exit> =>
        io.writeOutput(environment, lang, text, { output: options.output, bom });
      return typeof rendered === 'string' ? write(rendered) : rendered.then(write);
    };
    // A well-formed file is read at once without zod; another waits for parseDataFile to load
    // (unless loadCommands loaded it), whose issues it gets.
    const data = readDataFile(json.value);
    return data instanceof Promise ? data.then(scoreRead) : scoreRead(data);
  },
};
