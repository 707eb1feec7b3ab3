import { readDocumentJson } from '../../batch/readDocumentJson.js';
import { scoreData } from '../../batch/scoreData.js';
import type { ScoredDocument } from '../../batch/ScoredDocument.js';
import type { Issues } from '../../issues/Result.js';
import type { CliEnvironment } from '../CliEnvironment.js';
import { inputName } from '../inputName.js';
import { readDataFile } from '../readDataFile.js';
import { io } from '../io.js';
import { messages } from '../messages.js';
import { decodeInput, readInput } from '../readInput.js';
import { failedEntry } from '../../batch/failedEntry.js';
import type { BatchSettings, BatchTask, TaskResult } from './BatchTask.js';
import { capturingEnvironment } from './capturingEnvironment.js';

/**
 * Scores one data file of a batch: read as `score` reads a file (the same encodings and limits),
 * parsed and evaluated. Its NDJSON line is the evaluation with the document's place, name, exit
 * code and whom it is about; a failed document's line carries its issues, which are also its
 * messages for standard error, as `score` prints them.
 *
 * @param task - the document
 * @param settings - the batch's language and whether lines are written
 * @param environment - file access
 * @returns the result
 *
 * @example
 * scoreTask({ index: 0, name: 'a.json', path: 'a.json' }, settings, environment).entry.total; // → '91.46'
 */
export function scoreTask(
  task: BatchTask,
  settings: BatchSettings,
  environment: CliEnvironment,
): TaskResult | Promise<TaskResult> {
  const { index, name } = task;
  const { lang } = settings;
  const run = capturingEnvironment(environment);
  const failed = (issues: Issues, fileLevel: boolean): TaskResult => {
    if (fileLevel) io.report(run.environment, lang, issues);
    else io.printIssues(run.environment, lang, name, issues);
    return {
      index,
      line: settings.lines ? `${JSON.stringify({ index, file: name, exit: 2, issues })}\n` : '',
      stderr: run.stderr(),
      entry: failedEntry(index, name, issues),
      exit: 2,
    };
  };
  let text = task.text;
  if (text === undefined) {
    const read =
      task.bytes === undefined
        ? readInput(environment, task.path ?? name)
        : decodeInput(name, task.bytes);
    if (!read.ok) return failed(read.issues, true);
    if (read.value.encoding === 'gb18030')
      run.environment.stderr(`${messages[lang].decodedAsGb18030(inputName(name)[lang])}\n`);
    ({ text } = read.value);
  }
  const finish = (scored: ScoredDocument): TaskResult =>
    scored.ok ? scoredLine(scored, name, settings, run.stderr()) : failed(scored.issues, false);
  // As scoreDocument scores it, with zod loaded only for a file the quick reader declines.
  const document = readDocumentJson({ name, text }, index);
  if ('ok' in document) return finish(document);
  const data = readDataFile(document.json);
  return data instanceof Promise
    ? data.then((value) => finish(scoreData(index, name, value)))
    : finish(scoreData(index, name, data));
}

/** A scored document's result: its NDJSON line, its messages for standard error, its entry. */
function scoredLine(
  scored: Extract<ScoredDocument, { readonly ok: true }>,
  name: string,
  settings: BatchSettings,
  stderr: string,
): TaskResult {
  const { index, data, evaluation, entry } = scored;
  const line = settings.lines
    ? `${JSON.stringify({
        index,
        file: name,
        exit: 0,
        ...(entry.subject === undefined ? {} : { subject: entry.subject }),
        ...(data.preset === undefined ? {} : { preset: data.preset }),
        evaluation,
      })}\n`
    : '';
  return { index, line, stderr, entry, exit: 0 };
}
