// The ingest: posts folder -> data folder, in two passes (outline and order, then build and write), swapped in atomically.
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  ALL_ARTICLES_KEY,
  type ArticleSummary,
  DATA_FORMAT_VERSION,
  dataPaths,
  type IngestReport,
  type Manifest,
  type ReportEntry,
} from '@/shared/schema';
import { categoryKey } from './article-id';
import { commitStagingDir, createStagingDir, discardStagingDir, recoverInterruptedSwap } from './atomic-dir';
import { decodePost, MAX_POST_BYTES, type Neighbours, outlinePost, type PostOutline, RejectedPost } from './build-article';
import { type BuildJob, type BuildResult, runBuildJob } from './build-job';
import { runOnWorkers, workerCount } from './build-pool';
import { buildCategoryTree, categoryPrefixes } from './category-tree';
import { type CachedPost, contentHash, ingestFingerprint, openIngestCache } from './ingest-cache';
import { createSearchIndex } from './search-index';
import type { TimeZone } from './parse-date';
import { compareCodePoints, errorReason, type PostFile, scanPosts } from './scan-posts';

export const PAGE_SIZE = 25;

export interface IngestOptions {
  inDir: string;
  outDir: string;
  timeZone: TimeZone;
  /** Where to keep the incremental cache; null turns it off. */
  cacheFile: string | null;
  onProgress?: (phase: 'read' | 'write', done: number, total: number) => void;
  now?: () => Date;
}

export interface IngestResult {
  report: IngestReport;
  /** Articles whose previous output was reused untouched. */
  reused: number;
}

interface OutlinedPost {
  file: PostFile;
  outline: PostOutline;
  hash: string;
  size: number;
  mtimeMs: number;
  cached: CachedPost | undefined;
}

function readManifestDate(outDir: string): string | null {
  try {
    return (JSON.parse(readFileSync(path.join(outDir, dataPaths.manifest()), 'utf8')) as Manifest).generatedAt;
  } catch {
    return null;
  }
}

/** Newest first; posts without a date last; the path breaks ties so the order never wobbles. */
function newestFirst(a: PostOutline, b: PostOutline): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return compareCodePoints(a.relativePath, b.relativePath);
}

function neighboursWithin(ordered: readonly PostOutline[]): Map<string, Neighbours> {
  const byCategory = new Map<string, PostOutline[]>();
  for (const outline of ordered) {
    const key = outline.category.join('\u001f');
    const members = byCategory.get(key) ?? [];
    members.push(outline);
    byCategory.set(key, members);
  }
  const neighbours = new Map<string, Neighbours>();
  const link = (o: PostOutline | undefined) => (o ? { id: o.id, title: o.title } : null);
  for (const members of byCategory.values()) {
    members.forEach((outline, i) => {
      neighbours.set(outline.id, { newer: link(members[i - 1]), older: link(members[i + 1]) });
    });
  }
  return neighbours;
}

/** Writes files below one folder, making each sub-folder once. */
function folderWriter(root: string) {
  const made = new Set<string>();
  const prepare = (relative: string): string => {
    const file = path.join(root, relative);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    return file;
  };
  return {
    json(relative: string, value: unknown): void {
      writeFileSync(prepare(relative), JSON.stringify(value));
    },
    /** Hard-links an unchanged file from the previous folder (copies it where links are not possible). */
    carryOver(previousFile: string, relative: string): void {
      const file = prepare(relative);
      try {
        linkSync(previousFile, file);
      } catch {
        copyFileSync(previousFile, file);
      }
    },
  };
}

type FolderWriter = ReturnType<typeof folderWriter>;

function writeLists(out: FolderWriter, ordered: readonly ArticleSummary[]): void {
  const lists = new Map<string, ArticleSummary[]>([[ALL_ARTICLES_KEY, [...ordered]]]);
  for (const summary of ordered) {
    for (const prefix of categoryPrefixes(summary.category)) {
      const key = categoryKey(prefix);
      const list = lists.get(key) ?? [];
      list.push(summary);
      lists.set(key, list);
    }
  }
  for (const [key, items] of lists) {
    const pageCount = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
    for (let page = 1; page <= pageCount; page++) {
      const pageItems = items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      out.json(dataPaths.listPage(key, page), { key, page, pageCount, total: items.length, items: pageItems });
    }
  }
}

export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const { inDir, outDir, timeZone } = options;
  const generatedAt = (options.now?.() ?? new Date()).toISOString();
  recoverInterruptedSwap(outDir);
  const previousGeneratedAt = readManifestDate(outDir);
  const fingerprint = ingestFingerprint({ timeZone: timeZone.name, inDir: path.resolve(inDir) });
  const cache = openIngestCache(options.cacheFile, fingerprint, previousGeneratedAt);
  const scan = scanPosts(inDir);
  const reportEntries: ReportEntry[] = scan.problems.map((p) => ({ path: p.relativePath, status: 'error', reason: p.reason }));
  const reject = (file: PostFile, error: unknown, post?: Omit<CachedPost, 'result'>) => {
    const reason = error instanceof RejectedPost ? error.message : errorReason(error);
    const line = error instanceof RejectedPost ? error.line : undefined;
    reportEntries.push({ path: file.relativePath, status: 'error', reason, ...(line ? { line } : {}) });
    if (post) cache.set(file.relativePath, { ...post, result: { ok: false, reason, ...(line ? { line } : {}) } });
  };

  // Pass 1: outline every post (from the cache when its bytes are unchanged), to order the lists.
  const outlined: OutlinedPost[] = [];
  const pathById = new Map<string, string>();
  scan.files.forEach((file, index) => {
    options.onProgress?.('read', index, scan.files.length);
    let post: Omit<CachedPost, 'result'> | undefined;
    try {
      const stat = statSync(file.absolutePath);
      if (stat.size > MAX_POST_BYTES) throw new RejectedPost(`file too large: ${stat.size} bytes (limit ${MAX_POST_BYTES})`);
      let cached = cache.get(file.relativePath);
      let bytes: Buffer | undefined;
      let hash = cached?.hash ?? '';
      if (!cached || cached.size !== stat.size || cached.mtimeMs !== stat.mtimeMs) {
        bytes = readFileSync(file.absolutePath);
        hash = contentHash(bytes);
        if (cached?.hash !== hash) cached = undefined;
      }
      post = { hash, size: stat.size, mtimeMs: stat.mtimeMs };
      if (cached && !cached.result.ok) throw new RejectedPost(cached.result.reason, cached.result.line);
      let outline: PostOutline;
      if (cached?.result.ok) {
        const { id, title, category, author, date } = cached.result.summary;
        outline = { id, relativePath: file.relativePath, title, category, author, date, leadImageFromFields: null };
      } else {
        outline = outlinePost(file.relativePath, decodePost(bytes ?? readFileSync(file.absolutePath)), timeZone);
      }
      const clash = pathById.get(outline.id);
      if (clash) throw new RejectedPost(`same id as ${clash}: the two paths differ only in Unicode normalisation`);
      pathById.set(outline.id, file.relativePath);
      outlined.push({ file, outline, ...post, cached });
    } catch (error) {
      reject(file, error, post);
    }
  });
  outlined.sort((a, b) => newestFirst(a.outline, b.outline));
  const neighbours = neighboursWithin(outlined.map((o) => o.outline));

  // Pass 2: link each unchanged article from the previous data folder, build the others (on worker
  // threads when there are many), then write the lists and the search index in the home list's order.
  const staging = createStagingDir(outDir);
  const out = folderWriter(staging);
  try {
    const built: ({ summary: ArticleSummary; searchText: string } | undefined)[] = new Array(outlined.length);
    const signatures: string[] = [];
    const jobs: BuildJob[] = [];
    let reused = 0;
    outlined.forEach(({ file, outline, cached }, index) => {
      const near = neighbours.get(outline.id) ?? { newer: null, older: null };
      signatures[index] = JSON.stringify(near);
      const relativeFile = dataPaths.article(outline.id);
      const previousFile = path.join(outDir, relativeFile);
      if (cached?.result.ok && cached.result.neighbours === signatures[index] && existsSync(previousFile)) {
        out.carryOver(previousFile, relativeFile);
        built[index] = { summary: cached.result.summary, searchText: cached.result.searchText };
        reused++;
      } else {
        const outputFile = path.join(staging, relativeFile);
        jobs.push({ index, relativePath: file.relativePath, absolutePath: file.absolutePath, outline: cached ? null : outline, neighbours: near, outputFile });
      }
    });
    let done = 0;
    const collect = (result: BuildResult) => {
      options.onProgress?.('write', ++done, jobs.length);
      const post = outlined[result.index] as OutlinedPost;
      if (result.ok) built[result.index] = result;
      else reject(post.file, new RejectedPost(result.reason, result.line));
    };
    const threads = workerCount(jobs.length);
    if (threads > 0) await runOnWorkers(jobs, threads, timeZone.name, collect);
    else for (const job of jobs) collect(runBuildJob(job, timeZone));

    const summaries: ArticleSummary[] = [];
    const search = createSearchIndex(out.json);
    outlined.forEach((post, index) => {
      const entry = built[index];
      if (!entry) return;
      summaries.push(entry.summary);
      search.add(entry.summary, entry.searchText);
      reportEntries.push({ path: post.file.relativePath, status: 'ok', id: post.outline.id });
      cache.set(post.file.relativePath, {
        hash: post.hash,
        size: post.size,
        mtimeMs: post.mtimeMs,
        result: { ok: true, summary: entry.summary, neighbours: signatures[index] ?? '', searchText: entry.searchText },
      });
    });

    writeLists(out, summaries);
    search.finish();
    const manifest: Manifest = {
      version: DATA_FORMAT_VERSION,
      generatedAt,
      articleCount: summaries.length,
      pageSize: PAGE_SIZE,
      categories: buildCategoryTree(summaries.map((s) => s.category)),
    };
    out.json(dataPaths.manifest(), manifest);
    reportEntries.sort((a, b) => compareCodePoints(a.path, b.path));
    const rejected = reportEntries.filter((e) => e.status === 'error').length;
    const report: IngestReport = {
      version: DATA_FORMAT_VERSION,
      generatedAt,
      accepted: reportEntries.length - rejected,
      rejected,
      files: reportEntries,
    };
    out.json(dataPaths.report(), report);
    commitStagingDir(staging, outDir);
    cache.save(generatedAt);
    return { report, reused };
  } catch (error) {
    discardStagingDir(staging);
    throw error;
  }
}
