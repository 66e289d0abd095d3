// The ingest: posts folder -> data folder, in two passes (outline and order, then build and write), swapped in atomically.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fnv1a } from '@/shared/fnv1a';
import {
  type ArticleLink,
  type ArticleSummary,
  DATA_FORMAT_VERSION,
  dataPaths,
  type IngestReport,
  type Manifest,
  type ReportEntry,
} from '@/shared/schema';
import { commitStagingDir, createStagingDir, discardStagingDir, recoverInterruptedSwap } from './atomic-dir';
import { MAX_POST_BYTES, type Neighbours, type PostOutline, RejectedPost, rejectionOf } from './build-article';
import type { BuildJob, BuildResult } from './build-job';
import { buildCategoryTree } from './category-tree';
import { folderWriter } from './folder-writer';
import { type CachedPost, type IngestCache, ingestFingerprint, openIngestCache, type TermsData } from './ingest-cache';
import type { OutlineJob } from './outline-job';
import type { TimeZone } from './parse-date';
import { compareCodePoints, type PostFile, scanPosts } from './scan-posts';
import { createListWriter, expectedListSizes, PAGE_SIZE } from './list-pages';
import { searchGroupOf } from './search-index';
import { searchIndexHere, searchIndexOnThread } from './search-thread';
import { createJobRunners, MIN_JOBS_FOR_WORKERS } from './worker-pool';


export interface IngestOptions {
  inDir: string;
  outDir: string;
  timeZone: TimeZone;
  /** Where to keep the incremental cache; null turns it off. */
  cacheFile: string | null;
  onProgress?: (phase: 'read' | 'write', done: number, total: number) => void;
  now?: () => Date;
  /** From how many jobs a pass runs on worker threads (tests lower it to cover the threads). */
  minJobsForWorkers?: number;
  /** When to delete the replaced data folder: before returning (the default), or from a detached process (the CLI). */
  deletePrevious?: 'now' | 'in-background';
}

export interface IngestResult {
  report: IngestReport;
  /** Articles whose previous output was reused untouched. */
  reused: number;
}

/** What the cache keys a post's result by. */
type PostKey = Omit<CachedPost, 'result'>;

/** Lists a post as rejected in the report (and in the cache, when its content is known). */
type Reject = (file: PostFile, error: unknown, post?: PostKey) => void;

type JobRunners = ReturnType<typeof createJobRunners>;

/**
 * How many bytes of post files the first pass keeps the text of for the second, so those posts are not
 * read and decoded twice: all of a few thousand posts, a bounded part of a big corpus. Decided per job
 * from the file's size, so the text of the others is never sent back from the worker at all.
 */
const KEPT_TEXT_BUDGET = 8 * 1024 * 1024;

interface OutlinedPost {
  file: PostFile;
  outline: PostOutline;
  /** The post's text, while the first pass's budget allowed keeping it. */
  text?: string;
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

/**
 * Each post's newer and older neighbour within its deepest category, handed out in the home list's
 * order without a map of every post: the newer one is the last post seen in that category, the older
 * one the next post of that category further down the list (found by one backward pass over indices).
 */
function neighboursInOrder(ordered: readonly PostOutline[]): (index: number) => Neighbours {
  const keyOf = (outline: PostOutline) => outline.category.join('\u001f');
  const olderIndex = new Int32Array(ordered.length).fill(-1);
  const nextSeen = new Map<string, number>();
  for (let i = ordered.length - 1; i >= 0; i--) {
    const key = keyOf(ordered[i] as PostOutline);
    olderIndex[i] = nextSeen.get(key) ?? -1;
    nextSeen.set(key, i);
  }
  // Asked for each index once, in order: a post's outline is let go once it has been asked for.
  const ahead: (PostOutline | undefined)[] = ordered.slice();
  const lastSeen = new Map<string, ArticleLink>();
  const link = (o: PostOutline): ArticleLink => ({ id: o.id, title: o.title });
  return (index) => {
    const outline = ahead[index] as PostOutline;
    ahead[index] = undefined;
    const key = keyOf(outline);
    const older = olderIndex[index] as number;
    const near = { newer: lastSeen.get(key) ?? null, older: older === -1 ? null : link(ahead[older] as PostOutline) };
    lastSeen.set(key, link(outline));
    return near;
  };
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
  const reject: Reject = (file, error, post) => {
    const rejection = rejectionOf(error);
    reportEntries.push({ path: file.relativePath, status: 'error', ...rejection });
    if (post) cache.set(file.relativePath, { ...post, result: { ok: false, ...rejection } });
  };

  const runners = createJobRunners(timeZone, options.minJobsForWorkers);
  try {
    const outlined = await outlineAll(scan.files, cache, runners, reject, options.onProgress);
    return await writeDataFolder({ ...options, generatedAt, outlined, cache, runners, reportEntries, reject });
  } catch (error) {
    cache.discard();
    throw error;
  } finally {
    await runners.close();
  }
}

/**
 * Pass 1: outline every post, to order the lists. A post whose size and time (or else bytes) are
 * unchanged takes its outline from the cache; the others are read and outlined by the job runner.
 */
async function outlineAll(
  files: readonly PostFile[],
  cache: IngestCache,
  runners: JobRunners,
  reject: Reject,
  onProgress: IngestOptions['onProgress'],
): Promise<OutlinedPost[]> {
  const found: (OutlinedPost | undefined)[] = new Array(files.length);
  const stats: { size: number; mtimeMs: number }[] = [];
  const jobs: OutlineJob[] = [];
  let keptBytes = 0;
  files.forEach((file, index) => {
    let post: PostKey | undefined;
    try {
      const { size, mtimeMs } = statSync(file.absolutePath);
      stats[index] = { size, mtimeMs };
      if (size > MAX_POST_BYTES) throw new RejectedPost(`file too large: ${size} bytes (limit ${MAX_POST_BYTES})`);
      const cached = cache.get(file.relativePath);
      if (cached && cached.size === size && cached.mtimeMs === mtimeMs) {
        post = { hash: cached.hash, size, mtimeMs };
        found[index] = fromCache(file, post, cached);
      } else {
        // A file's byte count bounds its decoded length, so the kept text stays within the budget.
        const keepText = keptBytes + size <= KEPT_TEXT_BUDGET;
        if (keepText) keptBytes += size;
        const { relativePath, absolutePath } = file;
        jobs.push({ index, relativePath, absolutePath, keepText, ...(cached ? { cachedHash: cached.hash } : {}) });
      }
    } catch (error) {
      reject(file, error, post);
    }
  });
  let done = files.length - jobs.length;
  await runners.for(jobs.length).run('outline', jobs, (result) => {
    onProgress?.('read', ++done, files.length);
    const file = files[result.index] as PostFile;
    const stat = stats[result.index] as { size: number; mtimeMs: number };
    const post = result.hash ? { hash: result.hash, ...stat } : undefined;
    if (!result.ok) return reject(file, new RejectedPost(result.reason, result.line), post);
    const hash = result.hash;
    if (result.outline === null) {
      // Touched but byte-identical (the job checked the hash): outlined from the cache, the article reused.
      try {
        found[result.index] = fromCache(file, { hash, ...stat }, cache.get(file.relativePath) as CachedPost);
      } catch (error) {
        reject(file, error, { hash, ...stat });
      }
      return;
    }
    // The path the outline came back with is a copy; the scan's own string is kept instead.
    const outline = { ...result.outline, relativePath: file.relativePath };
    found[result.index] = { file, outline, text: result.text, hash, ...stat, cached: undefined };
  });

  // Checked in scan order, so which of two clashing paths is rejected never depends on thread timing.
  const outlined: OutlinedPost[] = [];
  const pathById = new Map<string, string>();
  for (const post of found) {
    if (!post) continue;
    const clash = pathById.get(post.outline.id);
    if (clash) {
      reject(post.file, new RejectedPost(`same id as ${clash}: the two paths differ only in Unicode normalisation`), post);
      continue;
    }
    pathById.set(post.outline.id, post.file.relativePath);
    outlined.push(post);
  }
  return outlined;
}

/** A post whose bytes are the cached ones: outlined from its cached summary, or rejected again for the cached reason. */
function fromCache(file: PostFile, post: PostKey, cached: CachedPost): OutlinedPost {
  if (!cached.result.ok) throw new RejectedPost(cached.result.reason, cached.result.line);
  const { id, title, category, author, date } = cached.result.summary;
  const outline = { id, relativePath: file.relativePath, title, category, author, date, leadImageFromFields: null };
  return { file, outline, ...post, cached };
}

interface WriteContext extends IngestOptions {
  generatedAt: string;
  outlined: OutlinedPost[];
  cache: IngestCache;
  runners: JobRunners;
  reportEntries: ReportEntry[];
  reject: Reject;
}

type CachedArticle = Extract<CachedPost['result'], { ok: true }>;

/** A post's outcome in pass 2: built by a job, or carried over from the previous folder with its cached terms. */
type Settled = BuildResult | { index: number; ok: true; summary: ArticleSummary; terms: TermsData; carried: true };

/**
 * What the cache compares to tell whether an article's neighbours changed: their ids and a hash of
 * the whole link text, about 30 characters instead of two titles per post held for the whole run.
 */
function neighboursSignature(near: Neighbours): string {
  return `${near.newer?.id ?? ''}:${near.older?.id ?? ''}:${fnv1a(JSON.stringify(near)).toString(36)}`;
}

/**
 * Goes through the posts in the home list's order: carries the previous article file over where
 * `carryOver` can, and yields a build job for every other post, as the job runner asks for them.
 * Records each post's neighbours signature on the way.
 */
function* buildJobs(
  outlined: readonly OutlinedPost[],
  signatures: string[],
  carryOver: (index: number, relativeFile: string, cached: CachedArticle) => boolean,
  staging: string,
): Generator<BuildJob> {
  const neighboursOf = neighboursInOrder(outlined.map((o) => o.outline));
  for (let index = 0; index < outlined.length; index++) {
    const post = outlined[index] as OutlinedPost;
    const { file, outline, cached } = post;
    const near = neighboursOf(index);
    signatures[index] = neighboursSignature(near);
    const relativeFile = dataPaths.article(outline.id);
    if (cached?.result.ok && cached.result.neighbours === signatures[index] && carryOver(index, relativeFile, cached.result)) continue;
    // A post outlined from the cache is outlined again where it is built (the cache keeps no lead image fields).
    const outputFile = path.join(staging, relativeFile);
    const text = post.text ?? null;
    // Handed to the job and not kept here: the text is let go once the article is built.
    post.text = undefined;
    yield { index, relativePath: file.relativePath, absolutePath: file.absolutePath, outline: cached ? null : outline, text, neighbours: near, outputFile };
  }
}

/** Pass 2 and the swap: orders the posts, builds or carries over each article, writes lists, index, manifest, report. */
async function writeDataFolder(context: WriteContext): Promise<IngestResult> {
  const { outDir, generatedAt, outlined, cache, runners, reportEntries, reject, onProgress, deletePrevious } = context;
  outlined.sort((a, b) => newestFirst(a.outline, b.outline));

  // Pass 2: link each unchanged article from the previous data folder, build the others (on worker
  // threads when there are many), and write the lists and the search index in the home list's order.
  const staging = createStagingDir(outDir);
  // With a cache, list pages and search files that come out as last time are linked from the previous folder.
  const previous = context.cacheFile ? { root: outDir, files: cache.filesBefore } : null;
  const out = folderWriter(staging, previous && { ...previous, setFile: cache.setFile });
  // Stops the index thread (once there is one) when the run fails, before its staging folder goes.
  let stopSearch = async () => {};
  try {
    // A big run indexes on a thread of its own, beside the build workers and this thread's lists.
    const search =
      outlined.length >= (context.minJobsForWorkers ?? MIN_JOBS_FOR_WORKERS)
        ? searchIndexOnThread({ root: staging, previous }, cache.setFile)
        : searchIndexHere(out);
    stopSearch = search.abort;
    // Only each article's category path is kept to the end, for the category tree: lists and index are written as they go.
    const categories: string[][] = [];
    const lists = createListWriter(out, staging, expectedListSizes(outlined.map((o) => o.outline.category)));
    // Each post's entry is dropped once it is settled: a big run does not keep every outline to the end.
    const pending: (OutlinedPost | undefined)[] = outlined;
    const signatures: string[] = [];
    // Results arrive in any order; each post joins the lists and the index in the home list's order,
    // as soon as every post before it is settled, so this thread indexes while the workers build.
    // Only results that arrived ahead of their turn wait here, so memory does not grow with the corpus.
    const waiting = new Map<number, Settled>();
    let nextInOrder = 0;
    const settle = (index: number, result: Settled) => {
      waiting.set(index, result);
      for (let entry = waiting.get(nextInOrder); entry !== undefined; entry = waiting.get(++nextInOrder)) {
        waiting.delete(nextInOrder);
        const post = pending[nextInOrder] as OutlinedPost;
        const neighbours = signatures[nextInOrder] ?? '';
        pending[nextInOrder] = undefined;
        signatures[nextInOrder] = '';
        onProgress?.('write', nextInOrder + 1, outlined.length);
        if (!entry.ok) continue;
        const summaryJson = JSON.stringify(entry.summary);
        categories.push(entry.summary.category);
        lists.add(entry.summary.category, summaryJson);
        search.add(searchGroupOf(entry.summary), entry.terms, summaryJson);
        reportEntries.push({ path: post.file.relativePath, status: 'ok', id: post.outline.id });
        const { hash, size, mtimeMs, cached } = post;
        // A carried-over post whose file was not even touched has the very entry the cache holds.
        if ('carried' in entry && cached?.size === size && cached.mtimeMs === mtimeMs) cache.keep(post.file.relativePath);
        else cache.set(post.file.relativePath, { hash, size, mtimeMs, result: { ok: true, summary: entry.summary, neighbours, terms: entry.terms } });
      }
    };

    let reused = 0;
    const jobs = buildJobs(outlined, signatures, (index, relativeFile, cached) => {
      if (!out.carryOver(path.join(outDir, relativeFile), relativeFile)) return false;
      reused++;
      settle(index, { index, ok: true, summary: cached.summary, terms: cached.terms, carried: true });
      return true;
    }, staging);
    // A big run gets its workers now even if few posts changed: they load while this thread carries the
    // unchanged articles over.
    await runners.for(outlined.length).run('build', jobs, (result) => {
      if (!result.ok) reject((pending[result.index] as OutlinedPost).file, new RejectedPost(result.reason, result.line));
      settle(result.index, result);
    });

    // The index thread writes its last files while this one writes the lists' and the manifest.
    const searchWritten = search.finish();
    searchWritten.catch(() => {});
    lists.finish();
    const manifest: Manifest = {
      version: DATA_FORMAT_VERSION,
      generatedAt,
      articleCount: categories.length,
      pageSize: PAGE_SIZE,
      categories: buildCategoryTree(categories),
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
    await searchWritten;
    commitStagingDir(staging, outDir, deletePrevious);
    cache.save(generatedAt);
    return { report, reused };
  } catch (error) {
    await stopSearch();
    discardStagingDir(staging);
    throw error;
  }
}
