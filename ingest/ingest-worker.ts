// Worker thread entry: runs the batches of ingest jobs it is sent and posts each batch's results back, or builds the search index.
import { parentPort, workerData } from 'node:worker_threads';
import { parseTimezone } from './parse-date';
import { type SearchThreadData, serveSearchIndex } from './search-thread';
import { type JobMessage, runJob } from './worker-pool';

const data = workerData as { timeZone: string } | SearchThreadData;
if ('role' in data) {
  serveSearchIndex(data);
} else {
  const timeZone = parseTimezone(data.timeZone);
  parentPort?.on('message', (message: JobMessage) => {
    parentPort?.postMessage(message.jobs.map((job) => runJob(message.kind, job, timeZone)));
  });
}
