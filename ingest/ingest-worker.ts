// Worker thread entry: runs the batches of ingest jobs it is sent and posts each batch's results back.
import { parentPort, workerData } from 'node:worker_threads';
import { parseTimezone } from './parse-date';
import { type JobMessage, runJob } from './worker-pool';

const timeZone = parseTimezone((workerData as { timeZone: string }).timeZone);
parentPort?.on('message', (message: JobMessage) => {
  parentPort?.postMessage(message.jobs.map((job) => runJob(message.kind, job, timeZone)));
});
