import type { BatchEntry, BatchOutcome } from '../../batch/BatchEntry.js';
import { failedEntry } from '../../batch/failedEntry.js';
import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import { isRecord } from '../../issues/isRecord.js';
import { visibleText } from '../../issues/visibleText.js';
import type { Issues } from '../../issues/Result.js';
import { parseJsonText } from '../../json/parseJsonText.js';
import type { CliEnvironment } from '../CliEnvironment.js';
import { auditOne } from '../commands/audit.js';
import type { Exit } from '../Exit.js';
import { io } from '../io.js';
import type { BatchSettings, BatchTask, TaskResult } from './BatchTask.js';
import { capturingEnvironment } from './capturingEnvironment.js';

/** The batch outcome of an audit's exit code. */
const outcomes: Readonly<Record<Exit, BatchOutcome>> = Object.freeze({
  0: 'consistent',
  1: 'inconsistent',
  2: 'failed',
  3: 'unchecked',
});

/** A key of an NDJSON line's object other than `text`. */
function strayKey(key: string): Issue {
  const shown = visibleText(key);
  return createIssue(
    'unknown_key',
    [key],
    {
      zh: `未知字段「${shown}」：NDJSON 输入的对象只有 text 一个字段`,
      en: `Unknown key "${shown}": an object line of NDJSON input has the one key "text"`,
    },
    { expected: 'text', received: key },
  );
}

/** The text of a line of NDJSON input to audit: a JSON string, or an object with a `text`. */
function lineReport(line: string): { readonly text: string } | { readonly issues: Issues } {
  const parsed = parseJsonText(line);
  if (!parsed.ok) return { issues: parsed.issues };
  const { value } = parsed;
  if (typeof value === 'string') return { text: value };
  if (isRecord(value) && typeof value['text'] === 'string') {
    // `text` is the one key such a line has: any other is a mistake, never passed over.
    const [stray, ...more] = Object.keys(value).filter((key) => key !== 'text');
    if (stray === undefined) return { text: value['text'] };
    return { issues: [strayKey(stray), ...more.map(strayKey)] };
  }
  return {
    issues: [
      createIssue('invalid_batch_input', [], {
        zh: 'NDJSON 输入的每行应为报告文本（JSON 字符串）或 {"text": "…"} 对象',
        en: 'each line of NDJSON input must be a report text (a JSON string) or a {"text": "…"} object',
      }),
    ],
  };
}

/** The JSON `audit --format json` wrote, as a record (it always writes one object). */
function auditJson(stdout: string): Readonly<Record<string, unknown>> {
  const parsed: unknown = JSON.parse(stdout);
  if (!isRecord(parsed))
    throw new Error('audit --format json wrote something other than an object');
  return parsed;
}

/** The issues of an audit's JSON (a failed audit lists them), as issues. */
const issuesOf = (json: Readonly<Record<string, unknown>>): readonly Issue[] => {
  const issues = json['issues'];
  // The audit command wrote these issues itself, from its own Issue objects.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
  return Array.isArray(issues) ? (issues as readonly Issue[]) : [];
};

/**
 * Audits one report of a batch exactly as `jixiao audit FILE --format json` does (the same scheme
 * choice, `--data` and `--scheme`), keeping what it writes: the JSON becomes the document's NDJSON
 * line (with its place and name), the error lines its messages, the exit code its outcome.
 *
 * @param task - the report: a file, or a line of NDJSON input
 * @param settings - the batch's language, lines, and the audit's --data and --scheme
 * @param environment - file access
 * @returns the result, once the report (a Word, Excel or PDF file too) is read and audited
 *
 * @example
 * (await auditTask({ index: 0, name: 'r.txt', path: 'r.txt' }, settings, environment)).exit; // → 0
 */
export async function auditTask(
  task: BatchTask,
  settings: BatchSettings,
  environment: CliEnvironment,
): Promise<TaskResult> {
  const { index, name } = task;
  const { lang } = settings;
  let served: { readonly name: string; readonly bytes: Uint8Array } | undefined;
  if (task.text !== undefined) {
    const report = lineReport(task.text);
    if ('issues' in report) {
      const run = capturingEnvironment(environment);
      io.printIssues(run.environment, lang, name, report.issues);
      return {
        index,
        line: settings.lines
          ? `${JSON.stringify({ index, file: name, exit: 2, status: 'unusable', issues: report.issues })}\n`
          : '',
        stderr: run.stderr(),
        entry: failedEntry(index, name, report.issues),
        exit: 2,
      };
    }
    served = { name, bytes: new TextEncoder().encode(report.text) };
  } else if (task.bytes !== undefined) served = { name: '-', bytes: task.bytes };
  const run = capturingEnvironment(environment, served);
  const exit = await auditOne({
    environment: run.environment,
    lang,
    args: [served?.name ?? task.path ?? name],
    options: {
      format: 'json',
      ...(settings.data === undefined ? {} : { data: settings.data }),
      ...(settings.scheme === undefined ? {} : { scheme: settings.scheme }),
    },
  });
  const json = auditJson(run.stdout());
  const outcome = outcomes[exit];
  const [first, ...rest] = issuesOf(json);
  const checks = json['checks'];
  const findings = json['findings'];
  const entry: BatchEntry =
    outcome === 'failed'
      ? failedEntry(index, name, first === undefined ? [unusable(run.stderr())] : [first, ...rest])
      : {
          index,
          name,
          outcome,
          checks: Array.isArray(checks) ? checks.length : 0,
          findings: Array.isArray(findings) ? findings.length : 0,
        };
  return {
    index,
    line: settings.lines ? `${JSON.stringify({ index, file: name, ...json })}\n` : '',
    stderr: run.stderr(),
    entry,
    exit,
  };
}

/** The issue of an audit that failed without naming one: its first error line. */
const unusable = (stderr: string): Issue =>
  createIssue('unusable_input', [], {
    zh: stderr.split('\n')[0] ?? '',
    en: stderr.split('\n')[0] ?? '',
  });
