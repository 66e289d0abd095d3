// Spreads the second pass over worker threads: parsing and normalising bodies is the ingest's CPU-bound part.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BuildJob, BuildResult } from './build-job';

/** Jobs per message: large enough that messaging costs little, small enough to keep workers evenly busy. */
const BATCH = 32;

/** Below this many jobs, starting workers costs more than it saves. */
export const MIN_JOBS_FOR_WORKERS = 400;

export function workerCount(jobs: number): number {
  return jobs < MIN_JOBS_FOR_WORKERS ? 0 : Math.min(availableParallelism(), 4);
}

/** The worker script beside this module: the bundled one, or a loader for the TypeScript source. */
function workerUrl(): URL {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './build-worker-from-source.mjs' : './build-worker.mjs', import.meta.url);
}

/** Runs every job on `size` workers; resolves with the results (in any order) once all are done. */
export function runOnWorkers(jobs: BuildJob[], size: number, timeZone: string, onResult: (r: BuildResult) => void): Promise<void> {
  const batches: BuildJob[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(jobs.slice(i, i + BATCH));
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let pending = batches.length;
    const stopAll = () => Promise.all(workers.map((w) => w.terminate()));
    const feed = (worker: Worker) => {
      const batch = batches.shift();
      if (batch) worker.postMessage(batch);
    };
    if (pending === 0) return resolve();
    for (let i = 0; i < Math.min(size, batches.length); i++) {
      const worker = new Worker(workerUrl(), { workerData: { timeZone } });
      workers.push(worker);
      worker.on('message', (results: BuildResult[]) => {
        for (const result of results) onResult(result);
        pending -= 1;
        if (pending === 0) stopAll().then(() => resolve(), reject);
        else feed(worker);
      });
      worker.on('error', (error) => {
        stopAll().finally(() => reject(error));
      });
      feed(worker);
    }
  });
}
