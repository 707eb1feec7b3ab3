import { parentPort, workerData } from 'node:worker_threads';
import type { BatchSettings, BatchTask, TaskResult } from '../batch/BatchTask.js';
import { runTask } from '../batch/runTask.js';
import { nodeEnvironment } from './nodeEnvironment.js';
import type { WorkerBase, WorkerReply } from './workerRunner.js';

// A worker thread of a batch (`--jobs N`): it runs each chunk of tasks it is sent with the same
// runTask the main thread uses and sends the results back. Its own output streams are never
// written: a task keeps what it writes in its result.
// workerRunner starts this module with exactly this workerData.
// eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
const { settings, base } = workerData as { settings: BatchSettings; base: WorkerBase };
const environment = nodeEnvironment({
  stdout: () => undefined,
  stderr: () => undefined,
  defaultDataFile: base.defaultDataFile,
  version: base.version,
  ...(base.maxInputBytes === undefined ? {} : { maxInputBytes: base.maxInputBytes }),
});
const port = parentPort;
const loaded: WorkerReply = { loaded: true };
port?.postMessage(loaded);
port?.on('message', ({ tasks }: { tasks: readonly BatchTask[] }) => {
  void (async () => {
    try {
      const results: TaskResult[] = [];
      for (const task of tasks) results.push(await runTask(task, settings, environment));
      const reply: WorkerReply = { results };
      port.postMessage(reply);
    } catch (error) {
      const reply: WorkerReply = {
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
      port.postMessage(reply);
    }
  })();
});
