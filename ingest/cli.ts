// `npm run ingest -- --in DIR --out DIR [--strict] [--timezone ZONE] [--cache FILE | --no-cache]`.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { CHINA_TIME, parseTimezone } from './parse-date';
import { createProgress } from './progress';
import { runIngest } from './run-ingest';

const USAGE = `usage: npm run ingest -- --in POSTS_DIR --out DATA_DIR [--strict] [--timezone +08:00|UTC|Area/City] [--cache FILE | --no-cache] [--quiet]

  --in        folder of Hexo-style posts (*.md), searched recursively
  --out       data folder to write; replaced atomically (the old one stays until the new one is complete)
  --strict    exit 1 if any post was rejected
  --timezone  zone for dates written without one (default +08:00, China time)
  --cache     incremental cache file (default .kanbao-cache/ingest-<hash of --out>.json)
  --no-cache  parse every post again`;

/**
 * The ingest makes garbage fast (every post crosses threads as a message) while its live set grows
 * slowly. V8's default lets the heap grow up to 4x what survived the last full collection, so RSS
 * followed the garbage: growing by at most 30% held 100,000 posts to 430 MB instead of 600-690 MB
 * (20,000: 200 instead of 272 MB) at the same speed. Set before any post is read; workers share it.
 */
setFlagsFromString('--heap-growing-percent=30');

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(process.argv.slice(2)).values;
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!values.in || !values.out) fail('both --in and --out are required');
  let timeZone = CHINA_TIME;
  try {
    if (values.timezone) timeZone = parseTimezone(values.timezone);
  } catch (error) {
    fail((error as Error).message);
  }
  const outKey = createHash('sha1').update(path.resolve(values.out)).digest('hex').slice(0, 12);
  const cacheFile = values['no-cache'] ? null : (values.cache ?? path.join('.kanbao-cache', `ingest-${outKey}.json`));
  const progress = createProgress(process.stderr);
  const started = performance.now();
  let result: Awaited<ReturnType<typeof runIngest>>;
  try {
    result = await runIngest({
      inDir: values.in,
      outDir: values.out,
      timeZone,
      cacheFile,
      onProgress: values.quiet ? undefined : progress.update,
      deletePrevious: 'in-background',
    });
  } catch (error) {
    progress.finish();
    process.stderr.write(`ingest failed, ${values.out} left as it was: ${(error as Error).message}\n`);
    process.exit(1);
  }
  progress.finish();
  const { report, reused } = result;
  for (const entry of report.files) {
    if (entry.status === 'error') process.stderr.write(`${path.join(values.in, entry.path)}:${entry.line ?? 1}: ${entry.reason}\n`);
  }
  const seconds = (performance.now() - started) / 1000;
  const total = report.accepted + report.rejected;
  const peakMegabytes = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(
    `ingested ${total} posts: ${report.accepted} accepted, ${report.rejected} rejected` +
      `${reused ? ` (${reused} unchanged)` : ''} in ${seconds.toFixed(2)} s, peak memory ${peakMegabytes} MB -> ${values.out}\n`,
  );
  if (values.strict && report.rejected > 0) process.exit(1);
}

function parse(args: string[]) {
  return parseArgs({
    args,
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      strict: { type: 'boolean' },
      timezone: { type: 'string' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
}

await main();
