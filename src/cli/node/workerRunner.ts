import type { Worker } from 'node:worker_threads';
import type { WorkerRunner } from '../CliEnvironment.js';
import type { BatchTask, TaskResult } from '../batch/BatchTask.js';

/** What a worker thread is started with, besides the batch's settings. */
export interface WorkerBase {
  readonly defaultDataFile: string;
  readonly version: string;
  readonly maxInputBytes?: number;
}

/**
 * What a worker sends back: that it has loaded, a chunk's results, or the error that stopped it
 * (a bug).
 */
export type WorkerReply =
  | { readonly loaded: true }
  | { readonly results: readonly TaskResult[] }
  | { readonly error: string };

/** How many chunks each worker holds at once, so that it never waits for the next. */
const chunksInFlight = 2;

/** How many tasks are sent together: enough to make a message cheap, few enough to share out. */
const chunkSize = (tasks: number, jobs: number): number =>
  Math.max(1, Math.min(64, Math.ceil(tasks / (jobs * 16))));

/**
 * Runs a batch's tasks on `node:worker_threads` (no pool library: the work is a list known in
 * advance, shared out in chunks to a fixed set of threads, which is a few lines here): each
 * thread runs the same `runTask` as the main thread, so results are the same bytes; the main
 * thread puts them back in input order. Given `here`, the main thread is one of the `jobs`
 * threads: it takes a chunk whenever it has put the results it holds in order, from the start
 * (a worker takes about 0.3 s to load its code), so `jobs - 1` workers start. Threads are ended
 * when every result is in, or as soon as `stopped` says so (standard output was closed: what is
 * in flight is dropped); an error in a thread (a bug, never bad input) rejects.
 *
 * @param script - the worker's module (dist/batchWorker.js)
 * @param base - what each worker's environment needs: the bundled example, the version, the cap
 * @returns the runner
 *
 * @example
 * workerRunner(new URL('./batchWorker.js', import.meta.url), base)(settings, tasks, 2, onResult);
 */
export function workerRunner(script: URL, base: WorkerBase): WorkerRunner {
  return async (settings, tasks, jobs, onResult, ready, here, stopped) => {
    // Loaded only when a batch runs on threads: node:worker_threads costs every start otherwise.
    const { Worker: WorkerThread } = await import('node:worker_threads');
    await new Promise<void>((resolve, reject) => {
      const size = chunkSize(tasks.length, jobs);
      const chunks: BatchTask[][] = [];
      for (let start = 0; start < tasks.length; start += size)
        chunks.push(tasks.slice(start, start + size));
      if (chunks.length === 0) {
        resolve();
        return;
      }
      const threads = Math.min(here === undefined ? jobs : jobs - 1, chunks.length);
      const workers: Worker[] = [];
      let next = 0;
      let received = 0;
      let settled = false;
      const end = (error?: Error): void => {
        if (settled) return;
        settled = true;
        void Promise.all(workers.map((worker) => worker.terminate())).then(() => {
          if (error === undefined) resolve();
          else reject(error);
        });
      };
      const chunkDone = (): void => {
        received += 1;
        if (received === chunks.length) end();
      };
      // The output is gone: nothing more is sent, and the threads are ended.
      const halted = (): boolean => {
        if (stopped?.() === true) end();
        return settled;
      };
      const send = (worker: Worker): void => {
        const chunk = chunks[next];
        if (chunk === undefined || halted()) return;
        next += 1;
        worker.postMessage({ tasks: chunk });
      };
      // The next chunk goes out once the output has taken what was written: a slow reader of
      // standard output slows the workers down rather than filling memory.
      const sendWhenReady = (worker: Worker): void => {
        const waiting = ready?.();
        if (waiting === undefined) send(worker);
        else
          void waiting.then(() => {
            send(worker);
          });
      };
      for (let thread = 0; thread < threads; thread += 1) {
        const worker = new WorkerThread(script, { workerData: { settings, base } });
        workers.push(worker);
        worker.on('message', (reply: WorkerReply) => {
          if (settled) return;
          if ('error' in reply) {
            end(new Error(reply.error));
            return;
          }
          if ('loaded' in reply) {
            // Chunks go to a worker once it has loaded: until then this thread takes them, and
            // writes its results at once rather than after the worker's first.
            for (let held = 0; held < chunksInFlight; held += 1) send(worker);
            return;
          }
          for (const result of reply.results) onResult(result);
          chunkDone();
          sendWhenReady(worker);
        });
        worker.on('error', (error) => {
          end(error);
        });
        // A worker that stops before the batch is done (killed, out of memory) is an error too.
        worker.on('exit', (code) => {
          if (!settled) end(new Error(`a batch worker thread stopped (exit code ${code})`));
        });
      }
      if (here !== undefined)
        runHere(
          here,
          () => (halted() ? undefined : chunks[next++]),
          halted,
          onResult,
          chunkDone,
          ready,
        ).catch((error: unknown) => {
          end(error instanceof Error ? error : new Error(String(error)));
        });
    });
  };
}

/**
 * The main thread's share of a batch: a chunk at a time, each followed by a turn of the event
 * loop, so that the workers' results are put in order and written, and their next chunks sent,
 * between this thread's chunks. It stops at once when the batch has ended (a worker's error, or
 * the output closed).
 */
async function runHere(
  here: (task: BatchTask) => TaskResult | Promise<TaskResult>,
  take: () => readonly BatchTask[] | undefined,
  stopped: () => boolean,
  onResult: (result: TaskResult) => void,
  chunkDone: () => void,
  ready: (() => Promise<void> | undefined) | undefined,
): Promise<void> {
  for (;;) {
    await new Promise<void>((resolve) => {
      setImmediate(resolve);
    });
    await ready?.();
    const chunk = take();
    if (chunk === undefined) return;
    for (const task of chunk) {
      const result = await here(task);
      // A worker's error ends the batch: nothing more is written after it.
      if (stopped()) return;
      onResult(result);
    }
    chunkDone();
  }
}
