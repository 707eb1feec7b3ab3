import { createBatchSummary } from '../../batch/createBatchSummary.js';
import type { BatchSummary } from '../../batch/BatchSummary.js';
import { renderSummaryCsv } from '../../batch/renderSummaryCsv.js';
import { renderSummaryMarkdown } from '../../batch/renderSummaryMarkdown.js';
import { renderSummaryTable } from '../../batch/renderSummaryTable.js';
import type { Language } from '../../issues/Language.js';
import { cliIssues } from '../cliIssues.js';
import type { Exit } from '../Exit.js';
import type { CliEnvironment } from '../CliEnvironment.js';
import type { Invocation } from '../Invocation.js';
import { io } from '../io.js';
import {
  exportFormats,
  isExportFormat,
  writesBytes,
  type ExportFormat,
} from '../exports/exportFormats.js';
import { formatOfOutput, refusedOutput } from '../exports/formatOfOutput.js';
import { jobsOf } from './jobsOf.js';
import type { BatchSettings, TaskResult } from './BatchTask.js';
import { batchExtensions } from './batchExtensions.js';
import { batchIssues } from './batchIssues.js';
import { collectTasks } from './collectTasks.js';
import { outputSink } from './outputSink.js';
import { progressBar } from './progressBar.js';
import { runTask } from './runTask.js';

// Whether a run is a batch, and its --jobs, are decided before this module loads: see isBatch.
export { isBatch } from './isBatch.js';
export { refusedJobs } from './refusedJobs.js';

/** The formats of a batch: one NDJSON line per document, or the summary in a text form. */
export const batchFormats = [
  'ndjson',
  'table',
  'json',
  'markdown',
  'csv',
  ...exportFormats,
] as const;
type SummaryFormat = Exclude<(typeof batchFormats)[number], 'ndjson'>;
type TextSummaryFormat = Exclude<SummaryFormat, ExportFormat>;

/** How bad each exit code is: the batch exits with the worst of its documents'. */
const severity: Readonly<Record<Exit, number>> = Object.freeze({ 0: 0, 3: 1, 1: 2, 2: 3 });
const worse = (a: Exit, b: Exit): Exit => (severity[b] > severity[a] ? b : a);

/** Fewer documents than this run in this thread: starting workers would cost more. */
const fewestForWorkers = 32;

/** The summary written in a text format. */
function renderSummary(summary: BatchSummary, format: TextSummaryFormat, lang: Language): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(summary, null, 2)}\n`;
    case 'markdown':
      return renderSummaryMarkdown(summary, { lang });
    case 'csv':
      return renderSummaryCsv(summary, { lang });
    case 'table':
      return renderSummaryTable(summary, { lang });
  }
}

/** The summary's formats, for a `--summary FILE` by the file's extension (a table otherwise). */
const summaryFormats = batchFormats.filter((each): each is SummaryFormat => each !== 'ndjson');

/** The summary written to `output` in a format: an export format by its writer, loaded now. */
async function writeSummary(
  { environment, lang, options }: Invocation,
  summary: BatchSummary,
  format: SummaryFormat,
  output: string | undefined,
): Promise<Exit> {
  if (!isExportFormat(format))
    return io.writeOutput(environment, lang, renderSummary(summary, format, lang), {
      output,
      bom: options.bom ?? (format === 'csv' && output !== undefined && output !== '-'),
    });
  const { exportWriter } = await import('../exports/exportWriters.js');
  const exported = await exportWriter(format).summary(summary, lang);
  return exported.ok
    ? io.writeOutput(environment, lang, exported.value, { output, bom: false })
    : io.report(environment, lang, exported.issues);
}

/**
 * `--summary` where the results go too: standard output twice, or the `-o` file overwritten,
 * however either is written (`./out.nd`, a link to it, `/dev/stdout`).
 */
function summaryClash(
  environment: CliEnvironment,
  options: Invocation['options'],
): ReturnType<typeof batchIssues.summaryClash> | undefined {
  const { summary } = options;
  if (summary === undefined) return undefined;
  const output = options.output ?? '-';
  const same = environment.sameFile ?? ((first: string, second: string) => first === second);
  return same(summary, output) ? batchIssues.summaryClash(summary) : undefined;
}

/**
 * Runs `score` or `audit` over many documents: each file named, each directory's files (by the
 * command's extensions, recursively), or each line of NDJSON standard input. Writes one NDJSON
 * line per document in input order (`--format ndjson`), or the batch's summary (`--format
 * table|json|markdown|csv`), and with `--summary FILE` the summary to that file too. One bad
 * document never stops the batch: its issues go to standard error and into its line and the
 * summary. `--jobs N` runs the documents on N worker threads with byte-identical output. The
 * exit code is the worst of the documents' (2 unusable > 1 inconsistent > 3 unchecked > 0).
 *
 * @param invocation - the command's environment, language, arguments and options
 * @param command - `score` or `audit`
 * @returns the exit code, once every document is done
 *
 * @example
 * await runBatch({ environment, lang: 'zh', args: ['reports/'], options: { format: 'ndjson' } }, 'score');
 */
export async function runBatch(invocation: Invocation, command: 'score' | 'audit'): Promise<Exit> {
  const { environment, lang, args, options } = invocation;
  const written = options.format ?? formatOfOutput(options.output, batchFormats, 'table');
  const refused = refusedOutput(options.output, written, batchFormats);
  if (refused !== undefined) return io.report(environment, lang, [refused]);
  const format = batchFormats.find((each) => each === written);
  if (written === 'report')
    return io.report(environment, lang, [batchIssues.formatNotForBatch(written)]);
  if (format === undefined)
    return io.report(environment, lang, [cliIssues.unknownFormat(written ?? '', batchFormats)]);
  const jobs = jobsOf(environment, options.jobs);
  if (jobs === undefined)
    return io.report(environment, lang, [batchIssues.invalidJobs(options.jobs ?? '')]);
  if (options.ndjson === true && args.some((arg) => arg !== '-'))
    return io.report(environment, lang, [batchIssues.ndjsonWithFiles(args)]);
  if (args.length === 0 && options.ndjson !== true && command === 'audit')
    return io.report(environment, lang, [cliIssues.missingFile()]);
  const clash = summaryClash(environment, options);
  if (clash !== undefined) return io.report(environment, lang, [clash]);
  const summaryFormat =
    options.summary === undefined
      ? undefined
      : formatOfOutput(options.summary, summaryFormats, 'table');
  const refusedSummary = refusedOutput(options.summary, summaryFormat, summaryFormats, 'summary');
  if (refusedSummary !== undefined) return io.report(environment, lang, [refusedSummary]);
  const toStdout = options.output === undefined || options.output === '-';
  if (
    (writesBytes(format) && toStdout) ||
    (summaryFormat !== undefined && writesBytes(summaryFormat) && options.summary === '-')
  )
    return io.report(environment, lang, [cliIssues.outputFileRequired()]);
  if (command === 'audit') {
    const { checkAuditOptions } = await import('./checkAuditOptions.js');
    const refused = checkAuditOptions(invocation);
    if (refused !== undefined) return refused;
  }
  const collected = collectTasks(
    environment,
    // `score` with no file scores the bundled example, as a single run does.
    args.length === 0 && options.ndjson !== true ? [environment.defaultDataFile] : args,
    options.ndjson === true,
    batchExtensions[command],
    lang,
  );
  if (!collected.ok) return io.report(environment, lang, collected.issues);
  for (const note of collected.notes) environment.stderr(`${note}\n`);
  const { tasks } = collected;
  const settings: BatchSettings = {
    command,
    lang,
    lines: format === 'ndjson',
    ...(options.data === undefined ? {} : { data: options.data }),
    ...(options.scheme === undefined ? {} : { scheme: options.scheme }),
  };
  // An export format's summary is written whole at the end, by its own writer.
  const sink = outputSink(environment, lang, isExportFormat(format) ? '-' : options.output, {
    bom: options.bom ?? (format === 'csv' && !toStdout),
  });
  const summary = createBatchSummary();
  const progress = progressBar(environment, tasks.length, lang, options.quiet === true);
  let exit: Exit = 0;
  let done = 0;
  const pending = new Map<number, TaskResult>();
  const give = (result: TaskResult): void => {
    pending.set(result.index, result);
    for (let next = pending.get(done); next !== undefined; next = pending.get(done)) {
      pending.delete(done);
      done += 1;
      if (next.stderr !== '') {
        progress.clear();
        environment.stderr(next.stderr);
      }
      if (next.line.length > 0) sink.write(next.line);
      summary.add(next.entry);
      exit = worse(exit, next.exit);
      progress.update(done);
    }
  };
  const { runWorkers } = environment;
  if (jobs > 1 && runWorkers !== undefined && tasks.length >= fewestForWorkers)
    // This thread is one of the jobs: it scores from the start, while the workers load.
    await runWorkers(
      settings,
      tasks,
      jobs,
      give,
      sink.ready,
      (task) => runTask(task, settings, environment),
      sink.closed,
    );
  else
    for (const task of tasks) {
      if (sink.closed()) break;
      give(await runTask(task, settings, environment));
      await sink.ready();
    }
  progress.finish(done);
  // Standard output was closed (`| head -1`): the batch stopped there, quietly, with the exit of
  // the documents it did; a summary of part of the batch is written nowhere.
  if (sink.closed()) return exit;
  const result = summary.summary();
  if (isExportFormat(format))
    exit = worse(exit, await writeSummary(invocation, result, format, options.output));
  else if (format !== 'ndjson') sink.write(renderSummary(result, format, lang));
  exit = worse(exit, sink.close());
  if (options.summary !== undefined && summaryFormat !== undefined)
    exit = worse(exit, await writeSummary(invocation, result, summaryFormat, options.summary));
  return exit;
}
