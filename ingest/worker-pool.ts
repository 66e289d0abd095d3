// Runs the ingest's per-post jobs (outline, build) on worker threads, or in this thread when there are too few to pay for threads.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type BuildJob, type BuildResult, runBuildJob } from './build-job';
import { type OutlineJob, type OutlineResult, runOutlineJob } from './outline-job';
import type { TimeZone } from './parse-date';

/** The kinds of work, by the name a worker is sent. */
export interface JobKinds {
  outline: { job: OutlineJob; result: OutlineResult };
  build: { job: BuildJob; result: BuildResult };
}
export type JobKind = keyof JobKinds;
export type JobMessage = { [K in JobKind]: { kind: K; jobs: JobKinds[K]['job'][] } }[JobKind];

const runners: { [K in JobKind]: (job: JobKinds[K]['job'], timeZone: TimeZone) => JobKinds[K]['result'] } = {
  outline: runOutlineJob,
  build: runBuildJob,
};

export function runJob<K extends JobKind>(kind: K, job: JobKinds[K]['job'], timeZone: TimeZone): JobKinds[K]['result'] {
  return (runners[kind] as (j: JobKinds[K]['job'], z: TimeZone) => JobKinds[K]['result'])(job, timeZone);
}

/** Jobs per message: large enough that messaging costs little, small enough to keep workers evenly busy. */
const BATCH = 32;

/** Below this many jobs, starting workers costs more than it saves. */
export const MIN_JOBS_FOR_WORKERS = 400;

export interface JobRunner {
  /**
   * Runs every job; `onResult` sees each result as it arrives (batches keep the jobs' order, threads do
   * not). Jobs are drawn from `jobs` a batch at a time, so a generator never has to make them all at once.
   */
  run<K extends JobKind>(kind: K, jobs: Iterable<JobKinds[K]['job']>, onResult: (result: JobKinds[K]['result']) => void): Promise<void>;
  close(): Promise<void>;
}

/** The same jobs, one after another in this thread. */
function inThread(timeZone: TimeZone): JobRunner {
  return {
    async run(kind, jobs, onResult) {
      for (const job of jobs) onResult(runJob(kind, job, timeZone));
    },
    async close() {},
  };
}

/** The worker script beside this module: the bundled one, or a loader for the TypeScript source. */
export function workerUrl(): URL {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './ingest-worker-from-source.mjs' : './ingest-worker.mjs', import.meta.url);
}

/** Batches queued on each worker, so it never waits for this thread to hand it the next one. */
const AHEAD = 2;

/**
 * Starts `size` workers at once (they load while the caller goes on) and keeps them for every `run`
 * until `close`. This thread takes batches too whenever the workers are all busy: one thread fewer
 * to start and warm up, and the cores stay full.
 */
function onWorkers(size: number, timeZone: TimeZone): JobRunner {
  const workers = Array.from({ length: size }, () => new Worker(workerUrl(), { workerData: { timeZone: timeZone.name }, resourceLimits: { maxYoungGenerationSizeMb: 12 } }));
  return {
    run(kind, jobs, onResult) {
      const source = jobs[Symbol.iterator]();
      return new Promise((resolve, reject) => {
        let inFlight = 0;
        let exhausted = false;
        let settled = false;
        const finish = (settle: () => void) => {
          if (settled) return;
          settled = true;
          for (const stopListening of listeners) stopListening();
          settle();
        };
        const nextBatch = (): JobMessage | null => {
          const batch: JobKinds[typeof kind]['job'][] = [];
          try {
            for (let next = exhausted ? null : source.next(); next && !next.done; next = batch.length < BATCH ? source.next() : null) {
              batch.push(next.value);
            }
          } catch (error) {
            finish(() => reject(error));
            return null;
          }
          if (batch.length < BATCH) exhausted = true;
          if (batch.length === 0 || settled) return null;
          inFlight += 1;
          return { kind, jobs: batch } as JobMessage;
        };
        const resolveWhenDone = () => {
          if (exhausted && inFlight === 0) finish(() => resolve());
        };
        const batchDone = () => {
          inFlight -= 1;
          resolveWhenDone();
        };
        const feed = (worker: Worker) => {
          const batch = nextBatch();
          if (batch) worker.postMessage(batch);
        };
        const listeners = workers.map((worker) => {
          const onMessage = (results: JobKinds[typeof kind]['result'][]) => {
            try {
              for (const result of results) onResult(result);
            } catch (error) {
              // A failure while taking results (a full disk, say) fails the run instead of the process.
              return finish(() => reject(error));
            }
            feed(worker);
            batchDone();
          };
          const onError = (error: Error) => finish(() => reject(error));
          worker.on('message', onMessage);
          worker.on('error', onError);
          return () => {
            worker.off('message', onMessage);
            worker.off('error', onError);
          };
        });
        for (let round = 0; round < AHEAD; round++) for (const worker of workers) feed(worker);
        resolveWhenDone();
        // Between its own batches this thread yields, so the workers' results are taken (and they are fed) on time.
        const runHere = () => {
          const batch = nextBatch();
          if (!batch) return resolveWhenDone();
          try {
            for (const job of batch.jobs) onResult(runJob(batch.kind, job, timeZone) as JobKinds[typeof kind]['result']);
          } catch (error) {
            return finish(() => reject(error));
          }
          batchDone();
          setImmediate(runHere);
        };
        setImmediate(runHere);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * Hands out a job runner for a number of jobs: worker threads once a run is big enough to pay for
 * starting them (and then for every later run, as they are already up), this thread before that.
 */
export function createJobRunners(timeZone: TimeZone, minJobsForWorkers = MIN_JOBS_FOR_WORKERS) {
  const local = inThread(timeZone);
  let pool: JobRunner | null = null;
  return {
    for(jobCount: number): JobRunner {
      if (!pool && jobCount >= minJobsForWorkers) pool = onWorkers(Math.max(1, Math.min(availableParallelism(), 4) - 1), timeZone);
      return pool ?? local;
    },
    close: () => pool?.close() ?? Promise.resolve(),
  };
}
