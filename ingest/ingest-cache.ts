// Remembers each post's content hash and result between runs, so a re-ingest only re-parses what changed.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleSummary } from '@/shared/schema';
import type { PackedTerms } from './search-index';

/**
 * One line per post, `path TAB result TAB terms`, between a header line and a trailer line. The
 * terms (most of the file) stay bytes: this thread never decodes or re-encodes them, it hands them
 * to whoever builds the search index and copies them into the next cache as they are.
 */
const CACHE_FORMAT = 6;
const TAB = 9;
const NEWLINE = 10;

/** A post's packed search terms: as text from a build, or as the UTF-8 bytes the cache file holds. */
export type TermsData = PackedTerms | Uint8Array;

export function termsText(terms: TermsData): PackedTerms {
  return typeof terms === 'string' ? terms : Buffer.from(terms.buffer, terms.byteOffset, terms.byteLength).toString('utf8');
}

export type CachedResult =
  | { ok: true; summary: ArticleSummary; neighbours: string; /** The article's search index entries, so a reused article is not tokenised again. */ terms: TermsData }
  | { ok: false; reason: string; line?: number };

export interface CachedPost {
  hash: string;
  size: number;
  mtimeMs: number;
  result: CachedResult;
}

interface CacheHeader {
  format: typeof CACHE_FORMAT;
  /** Changes whenever the ingest's code or options change: then nothing cached is trusted. */
  fingerprint: string;
}

interface CacheTrailer {
  /** The data folder this cache describes (its manifest's generatedAt). */
  generatedAt: string | null;
  /** What each generated file of that folder (list page, search file) holds, as `fileFingerprint` gives it. */
  files: Record<string, string>;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

/** A generated file's length and content hash: equal fingerprints mean the same bytes. */
export function fileFingerprint(bytes: Uint8Array): string {
  return `${bytes.length}:${contentHash(bytes)}`;
}

/** The project folder, found from this module whether it runs from source or from the bundle in node_modules/.cache. */
function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'ingest', 'cli.ts'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the Kanbao project folder for the ingest cache');
    dir = parent;
  }
  return dir;
}

/** A hash of the ingest's own source and its options: new code or new options mean a full re-parse. */
export function ingestFingerprint(options: Record<string, string>): string {
  const hash = createHash('sha1').update(JSON.stringify(options));
  const project = projectRoot();
  for (const root of [path.join(project, 'ingest'), path.join(project, 'src', 'shared')]) {
    for (const name of readdirSync(root).sort()) {
      if (name.endsWith('.ts') && !name.endsWith('.test.ts')) hash.update(name).update(readFileSync(path.join(root, name)));
    }
  }
  return hash.digest('base64url');
}

export interface IngestCache {
  get(relativePath: string): CachedPost | undefined;
  /** Streams the entry to the next cache file at once, so a big run never holds every entry in memory. */
  set(relativePath: string, post: CachedPost): void;
  /** Writes the previous run's entry for this path to the next cache as it was, bytes for bytes. */
  keep(relativePath: string): void;
  /** The fingerprints the generated files of the current data folder had when they were written, by path. */
  readonly filesBefore: Readonly<Record<string, string>>;
  /** Remembers a generated file of the data folder being written, for the next run. */
  setFile(relative: string, fingerprint: string): void;
  /** Completes the next cache file and puts it in place of the previous one. */
  save(generatedAt: string): void;
  /** Drops the half-written next cache file (the run failed); the previous one stays. */
  discard(): void;
}

/** Entries are written in chunks of about this many bytes. */
const WRITE_CHUNK = 1 << 18;

interface PreviousCache {
  posts: Map<string, { post: CachedPost; line: Uint8Array }>;
  files: Record<string, string>;
}

/** Opens the cache; one written by other code, options or for another data folder is ignored. */
export function openIngestCache(file: string | null, fingerprint: string, currentGeneratedAt: string | null): IngestCache {
  const previous = file ? readCache(file, fingerprint, currentGeneratedAt) : { posts: new Map(), files: {} };
  const files = new Map<string, string>();
  const temporary = `${file}.${process.pid}.tmp`;
  let fd: number | null = null;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (fd === null || pendingBytes === 0) return;
    writeSync(fd, Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  const add = (bytes: Uint8Array) => {
    pending.push(bytes);
    pendingBytes += bytes.length;
  };
  const write = (part: string | Uint8Array) => {
    if (!file) return;
    if (fd === null) {
      mkdirSync(path.dirname(file), { recursive: true });
      fd = openSync(temporary, 'w');
      add(Buffer.from(`${JSON.stringify({ format: CACHE_FORMAT, fingerprint } satisfies CacheHeader)}\n`));
    }
    add(typeof part === 'string' ? Buffer.from(part) : part);
    if (pendingBytes >= WRITE_CHUNK) flush();
  };
  const close = () => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return {
    get: (relativePath) => previous.posts.get(relativePath)?.post,
    set: (relativePath, post) => {
      if (!file) return;
      const { result } = post;
      const terms = result.ok ? result.terms : '';
      const entry = { ...post, result: result.ok ? { ...result, terms: undefined } : result };
      write(`${JSON.stringify(relativePath)}\t${JSON.stringify(entry)}\t`);
      write(terms);
      write('\n');
    },
    keep: (relativePath) => {
      const kept = previous.posts.get(relativePath);
      if (kept) write(kept.line);
    },
    filesBefore: previous.files,
    setFile: (relative, fingerprint) => {
      if (file) files.set(relative, fingerprint);
    },
    save: (generatedAt) => {
      if (!file) return;
      write(JSON.stringify({ generatedAt, files: Object.fromEntries(files) } satisfies CacheTrailer));
      flush();
      close();
      renameSync(temporary, file);
    },
    discard: () => {
      if (fd === null) return;
      close();
      rmSync(temporary, { force: true });
    },
  };
}

function readCache(file: string, fingerprint: string, currentGeneratedAt: string | null): PreviousCache {
  const none: PreviousCache = { posts: new Map(), files: {} };
  try {
    const bytes = readFileSync(file);
    const headerEnd = bytes.indexOf(NEWLINE);
    const trailerStart = bytes.lastIndexOf(NEWLINE) + 1;
    if (headerEnd < 0 || trailerStart <= headerEnd) return none;
    // A stale cache of 100,000 posts would cost a lot to read only to be dropped: its ends tell first.
    const header = JSON.parse(bytes.toString('utf8', 0, headerEnd)) as Partial<CacheHeader>;
    if (header.format !== CACHE_FORMAT || header.fingerprint !== fingerprint) return none;
    const trailer = JSON.parse(bytes.toString('utf8', trailerStart)) as Partial<CacheTrailer>;
    if (trailer.generatedAt !== currentGeneratedAt || typeof trailer.files !== 'object' || trailer.files === null) return none;
    const posts: PreviousCache['posts'] = new Map();
    for (let start = headerEnd + 1; start < trailerStart; ) {
      const end = bytes.indexOf(NEWLINE, start);
      const pathEnd = bytes.indexOf(TAB, start);
      const resultEnd = bytes.indexOf(TAB, pathEnd + 1);
      if (end < 0 || pathEnd < 0 || resultEnd < 0 || resultEnd > end) return none;
      const post = JSON.parse(bytes.toString('utf8', pathEnd + 1, resultEnd)) as CachedPost;
      if (post.result.ok) post.result.terms = bytes.subarray(resultEnd + 1, end);
      posts.set(JSON.parse(bytes.toString('utf8', start, pathEnd)) as string, { post, line: bytes.subarray(start, end + 1) });
      start = end + 1;
    }
    return { posts, files: trailer.files };
  } catch {
    // No cache yet, or an unreadable one: a full ingest rebuilds it.
    return none;
  }
}
