// Ingest figures: whole-process throughput and peak memory, incremental re-ingest, and the data folders the browser figures reuse.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hasReplacedFolders } from '../../ingest/atomic-dir';
import { generatePosts } from '../generate-posts';
import { mb, row, seconds } from './report';

interface Measured {
  wallMs: number;
  peakBytes: number;
  rejected: number;
  reused: number;
}

/**
 * Waits until the folders earlier runs replaced are deleted (a detached process deletes them after the run exits),
 * so a timed run does not share the disk with that deletion: runs a day apart never do.
 */
function waitForReplacedFolders(parent: string): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + 300_000;
  while (hasReplacedFolders(parent)) {
    if (Date.now() > deadline) throw new Error(`replaced folders in ${parent} were not deleted within 5 minutes`);
    Atomics.wait(pause, 0, 0, 100);
  }
}

/** One ingest through the real command, timed from spawn to exit: the whole process, start-up included. */
function measureIngest(inDir: string, outDir: string, cacheFile?: string): Measured {
  waitForReplacedFolders(path.dirname(path.resolve(outDir)));
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

/** Builds the ingest bundle once, so the first measured run does not pay for it. */
export function warmIngest(): void {
  spawnSync(process.execPath, ['ingest/launch.mjs', '--help']);
}

export class BenchData {
  /** Data folders written during this run (a folder left by an earlier run may predate the current ingest). */
  private readonly fresh = new Set<number>();

  constructor(readonly work: string) {}

  posts(count: number): string {
    return path.join(this.work, `posts-${count}`);
  }

  data(count: number): string {
    return path.join(this.work, `data-${count}`);
  }

  /** Generates `count` posts and ingests them, timed: the figure rows for that size. */
  ingestFigures(count: number): void {
    generatePosts('content', this.posts(count), count);
    const run = measureIngest(this.posts(count), this.data(count));
    this.fresh.add(count);
    row(`ingest ${count} posts, whole process`, seconds(run.wallMs));
    row('  throughput', `${Math.round(count / (run.wallMs / 1000))} posts/s`, count >= 20000 ? '>= 2000 posts/s' : '');
    row('  peak RSS', mb(run.peakBytes), count >= 100000 ? '<= 500 MB' : count >= 20000 ? '<= 300 MB' : '');
    if (run.rejected) row('  rejected', String(run.rejected));
  }

  /** A data folder of `count` generated posts, written in this run, untimed. */
  dataFolder(count: number): string {
    if (!this.fresh.has(count)) {
      generatePosts('content', this.posts(count), count);
      measureIngest(this.posts(count), this.data(count));
      this.fresh.add(count);
    }
    return this.data(count);
  }

  /** The demo posts (`content/`), the data Lighthouse sees. */
  demoData(): string {
    const out = path.join(this.work, 'data-demo');
    measureIngest('content', out);
    return out;
  }

  incrementalFigure(count: number): void {
    const posts = this.posts(count);
    const out = path.join(this.work, `data-incremental-${count}`);
    const cache = path.join(this.work, `cache-${count}.json`);
    measureIngest(posts, out, cache);
    const first = readdirSync(posts, { recursive: true, encoding: 'utf8' }).find((name) => name.endsWith('.md'));
    if (!first) return;
    const file = path.join(posts, first);
    writeFileSync(file, readFileSync(file, 'utf8').replace('</div>', '<p>An edited paragraph.</p></div>'));
    utimesSync(file, new Date(), new Date());
    const run = measureIngest(posts, out, cache);
    row(`re-ingest after changing 1 post in ${count}`, seconds(run.wallMs), '<= 1 s');
    row('  articles reused untouched', String(run.reused));
    // A mirror that rewrites every post on each run: new times, mostly the same bytes.
    const touchedAt = new Date();
    for (const name of readdirSync(posts, { recursive: true, encoding: 'utf8' })) {
      if (name.endsWith('.md')) utimesSync(path.join(posts, name), touchedAt, touchedAt);
    }
    const touched = measureIngest(posts, out, cache);
    row(`re-ingest after touching all ${count} posts (same bytes)`, seconds(touched.wallMs));
    row('  articles reused untouched', String(touched.reused));
  }
}
