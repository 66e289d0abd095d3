// Remembers each post's content hash and result between runs, so a re-ingest only re-parses what changed.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleSummary } from '@/shared/schema';
import type { PackedTerms } from './search-index';

const CACHE_FORMAT = 5;

export type CachedResult =
  | { ok: true; summary: ArticleSummary; neighbours: string; /** The article's search index entries, so a reused article is not tokenised again. */ terms: PackedTerms }
  | { ok: false; reason: string; line?: number };

export interface CachedPost {
  hash: string;
  size: number;
  mtimeMs: number;
  result: CachedResult;
}

interface CacheFile {
  format: typeof CACHE_FORMAT;
  /** Changes whenever the ingest's code or options change: then nothing cached is trusted. */
  fingerprint: string;
  /** The data folder this cache describes (its manifest's generatedAt). */
  generatedAt: string;
  posts: Record<string, CachedPost>;
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
  /** The fingerprints the generated files of the current data folder had when they were written, by path. */
  readonly filesBefore: Readonly<Record<string, string>>;
  /** Remembers a generated file of the data folder being written, for the next run. */
  setFile(relative: string, fingerprint: string): void;
  /** Completes the next cache file and puts it in place of the previous one. */
  save(generatedAt: string): void;
  /** Drops the half-written next cache file (the run failed); the previous one stays. */
  discard(): void;
}

/** Entries are written in chunks of about this many characters. */
const WRITE_CHUNK = 1 << 18;

/** Opens the cache; one written by other code, options or for another data folder is ignored. */
export function openIngestCache(file: string | null, fingerprint: string, currentGeneratedAt: string | null): IngestCache {
  const previous = file ? readCache(file, fingerprint, currentGeneratedAt) : { posts: {}, files: {} };
  const files = new Map<string, string>();
  const temporary = `${file}.${process.pid}.tmp`;
  let fd: number | null = null;
  let pending = '';
  let separator = '';
  const flush = () => {
    if (fd === null || pending === '') return;
    writeSync(fd, pending);
    pending = '';
  };
  const write = (text: string) => {
    if (!file) return;
    if (fd === null) {
      mkdirSync(path.dirname(file), { recursive: true });
      fd = openSync(temporary, 'w');
      // The same JSON shape as a whole CacheFile, written key by key: generatedAt comes last, at save.
      pending = headerOf(fingerprint);
    }
    pending += text;
    if (pending.length >= WRITE_CHUNK) flush();
  };
  const close = () => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return {
    get: (relativePath) => previous.posts[relativePath],
    filesBefore: previous.files,
    setFile: (relative, fingerprint) => {
      if (file) files.set(relative, fingerprint);
    },
    set: (relativePath, post) => {
      if (!file) return;
      write(`${separator}${JSON.stringify(relativePath)}:${JSON.stringify(post)}`);
      separator = ',';
    },
    save: (generatedAt) => {
      if (!file) return;
      write(`},"files":${JSON.stringify(Object.fromEntries(files))}${trailerOf(generatedAt)}`);
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

/** The opening and the end `save` writes: a cache for other code, options or data is known without parsing it all. */
function headerOf(fingerprint: string): string {
  return `{"format":${CACHE_FORMAT},"fingerprint":${JSON.stringify(fingerprint)},"posts":{`;
}

function trailerOf(generatedAt: string | null): string {
  return `,"generatedAt":${JSON.stringify(generatedAt)}}`;
}

function readCache(file: string, fingerprint: string, currentGeneratedAt: string | null): Pick<CacheFile, 'posts' | 'files'> {
  const none = { posts: {}, files: {} };
  try {
    const text = readFileSync(file, 'utf8');
    // A stale cache of 100,000 posts would cost hundreds of megabytes to parse only to be dropped.
    if (!text.startsWith(headerOf(fingerprint)) || !text.endsWith(trailerOf(currentGeneratedAt))) return none;
    const content = JSON.parse(text) as Partial<CacheFile>;
    const valid =
      content.format === CACHE_FORMAT &&
      content.fingerprint === fingerprint &&
      content.generatedAt === currentGeneratedAt &&
      typeof content.posts === 'object' &&
      content.posts !== null &&
      typeof content.files === 'object' &&
      content.files !== null;
    return valid ? { posts: content.posts as Record<string, CachedPost>, files: content.files as Record<string, string> } : none;
  } catch {
    // No cache yet, or an unreadable one: a full ingest rebuilds it.
    return none;
  }
}
