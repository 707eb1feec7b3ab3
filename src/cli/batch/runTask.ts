import type { CliEnvironment } from '../CliEnvironment.js';
import type { BatchSettings, BatchTask, TaskResult } from './BatchTask.js';
import { scoreTask } from './scoreTask.js';

/**
 * Runs one task of a batch as its command says: the same function in this thread and in a
 * worker thread, so that `--jobs N` writes the bytes `--jobs 1` writes.
 *
 * @param task - the document
 * @param settings - the command, language and options
 * @param environment - file access
 * @returns the result, at once for a score, later for an audit
 *
 * @example
 * runTask(task, { command: 'score', lang: 'zh', lines: true }, environment);
 */
export function runTask(
  task: BatchTask,
  settings: BatchSettings,
  environment: CliEnvironment,
): TaskResult | Promise<TaskResult> {
  // The audit's readers load only for an audit: `jixiao score DIR` never compiles them.
  return settings.command === 'score'
    ? scoreTask(task, settings, environment)
    : import('./auditTask.js').then(({ auditTask }) => auditTask(task, settings, environment));
}
