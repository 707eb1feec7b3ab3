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
const encoder = new TextEncoder();
const loaded: WorkerReply = { loaded: true };
port?.postMessage(loaded);
port?.on('message', ({ tasks }: { tasks: readonly BatchTask[] }) => {
  void (async () => {
    try {
      const results: TaskResult[] = [];
      const buffers: ArrayBuffer[] = [];
      for (const task of tasks) {
        const result = await runTask(task, settings, environment);
        // Encoded here, moved to the main thread without a copy: the main thread, which writes
        // every result, neither copies nor encodes the lines of the workers' documents.
        if (typeof result.line === 'string' && result.line !== '') {
          const encoded = encoder.encode(result.line);
          // A view of part of a larger buffer is copied out, so only its own bytes move.
          const line =
            encoded.byteOffset === 0 && encoded.buffer.byteLength === encoded.length
              ? encoded
              : encoded.slice();
          buffers.push(line.buffer);
          results.push({ ...result, line });
        } else results.push(result);
      }
      const reply: WorkerReply = { results };
      port.postMessage(reply, buffers);
    } catch (error) {
      const reply: WorkerReply = {
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
      port.postMessage(reply);
    }
  })();
});
