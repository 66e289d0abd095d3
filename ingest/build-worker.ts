// Worker thread entry: runs the build jobs it is sent and posts each batch's results back.
import { parentPort, workerData } from 'node:worker_threads';
import { type BuildJob, runBuildJob } from './build-job';
import { parseTimezone } from './parse-date';

const timeZone = parseTimezone((workerData as { timeZone: string }).timeZone);
parentPort?.on('message', (jobs: BuildJob[]) => {
  parentPort?.postMessage(jobs.map((job) => runBuildJob(job, timeZone)));
});
