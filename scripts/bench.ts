// `npm run bench`: prints Kanbao's performance figures (ingest throughput and memory, bundle sizes, first-screen bytes).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ALL_ARTICLES_KEY, dataPaths } from '../src/shared/schema';
import { generatePosts } from './generate-posts';

const large = process.argv.includes('--large');
const work = '/tmp/kanbao-bench';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function row(label: string, value: string, budget = ''): void {
  process.stdout.write(`  ${label.padEnd(52)} ${value.padStart(14)}${budget ? `   (budget ${budget})` : ''}\n`);
}

interface Measured {
  wallMs: number;
  peakBytes: number;
  rejected: number;
  reused: number;
}

/** One ingest through the real command, timed from spawn to exit: the whole process, start-up included. */
function measureIngest(inDir: string, outDir: string, cacheFile?: string): Measured {
  const started = performance.now();
  const cache = cacheFile ? ['--cache', cacheFile] : ['--no-cache'];
  const result = spawnSync(process.execPath, ['ingest/launch.mjs', '--in', inDir, '--out', outDir, '--quiet', ...cache], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const wallMs = performance.now() - started;
  const summary = /(\d+) rejected(?: \((\d+) unchanged\))? in [\d.]+ s, peak memory (\d+) MB/.exec(result.stdout);
  if (result.status !== 0 || !summary) throw new Error(`ingest failed: ${result.stderr.slice(0, 2000)}`);
  return { wallMs, rejected: Number(summary[1]), reused: Number(summary[2] ?? 0), peakBytes: Number(summary[3]) * 1024 * 1024 };
}

function ingestFigures(count: number): void {
  const posts = path.join(work, `posts-${count}`);
  const out = path.join(work, `data-${count}`);
  generatePosts('content', posts, count);
  const run = measureIngest(posts, out);
  row(`ingest ${count} posts, whole process`, `${(run.wallMs / 1000).toFixed(2)} s`);
  row(`  throughput`, `${Math.round(count / (run.wallMs / 1000))} posts/s`, count >= 20000 ? '>= 2000 posts/s' : '');
  row(`  peak RSS`, mb(run.peakBytes), count >= 100000 ? '<= 500 MB' : count >= 20000 ? '<= 300 MB' : '');
  if (run.rejected) row('  rejected', String(run.rejected));
}

function incrementalFigure(count: number): void {
  const posts = path.join(work, `posts-${count}`);
  const out = path.join(work, `data-incremental-${count}`);
  const cache = path.join(work, `cache-${count}.json`);
  measureIngest(posts, out, cache);
  const first = readdirSync(posts, { recursive: true, encoding: 'utf8' }).find((name) => name.endsWith('.md'));
  if (!first) return;
  const file = path.join(posts, first);
  writeFileSync(file, readFileSync(file, 'utf8').replace('</div>', '<p>An edited paragraph.</p></div>'));
  utimesSync(file, new Date(), new Date());
  const run = measureIngest(posts, out, cache);
  row(`re-ingest after changing 1 post in ${count}`, `${(run.wallMs / 1000).toFixed(2)} s`, '<= 1 s');
  row('  articles reused untouched', String(run.reused));
}

/** The JS and CSS that index.html loads before any route code runs. */
function bundleFigures(): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  const html = readFileSync('dist/index.html', 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  const gz = (file: string) => gzipSync(readFileSync(path.join('dist', file))).length;
  const js = assets.filter((a) => a.endsWith('.js')).reduce((sum, a) => sum + gz(a), 0);
  const css = assets.filter((a) => a.endsWith('.css')).reduce((sum, a) => sum + gz(a), 0);
  const all = readdirSync('dist/assets').filter((a) => a.endsWith('.js'));
  const rest = all.filter((a) => !assets.includes(`assets/${a}`)).reduce((sum, a) => sum + gz(`assets/${a}`), 0);
  row('JS loaded by index.html, gzipped', kb(js), '<= 130 KB');
  row('CSS loaded by index.html, gzipped', kb(css));
  row('all lazily loaded JS chunks, gzipped', kb(rest));
}

function firstScreenBytes(dataDir: string): number {
  return [dataPaths.manifest(), dataPaths.listPage(ALL_ARTICLES_KEY, 1)].reduce(
    (sum, file) => sum + statSync(path.join(dataDir, file)).size,
    0,
  );
}

function firstScreenFigures(): void {
  const small = 1000;
  const big = large ? 100000 : 20000;
  for (const count of [small, big]) {
    if (!existsSync(path.join(work, `data-${count}`))) {
      generatePosts('content', path.join(work, `posts-${count}`), count);
      measureIngest(path.join(work, `posts-${count}`), path.join(work, `data-${count}`));
    }
  }
  const a = firstScreenBytes(path.join(work, `data-${small}`));
  const b = firstScreenBytes(path.join(work, `data-${big}`));
  row(`first-screen data, ${small} posts (manifest + page 1)`, kb(a), '<= 30 KB');
  row(`first-screen data, ${big} posts`, kb(b), '<= 30 KB');
  row(`  ratio ${big / 1000}k / 1k`, (b / a).toFixed(3), '<= 1.1');
}

const versions = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages as Record<string, { version: string }>;
const version = (name: string) => versions[`node_modules/${name}`]?.version ?? '?';
process.stdout.write(
  `Kanbao benchmark — ${cpus().length} × ${cpus()[0]?.model.trim()}, ${mb(totalmem())} RAM, Node ${process.version}\n` +
    `  react ${version('react')}, react-router ${version('react-router')}, @tanstack/react-query ${version('@tanstack/react-query')}, ` +
    `vite ${version('vite')}, htmlparser2 ${version('htmlparser2')}, js-yaml ${version('js-yaml')}\n\n`,
);
// Builds the ingest bundle once, so the first measured run does not pay for it.
spawnSync(process.execPath, ['ingest/launch.mjs', '--help']);
ingestFigures(2000);
ingestFigures(20000);
if (large) ingestFigures(100000);
incrementalFigure(20000);
bundleFigures();
firstScreenFigures();
