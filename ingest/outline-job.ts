// One post's first-pass work (read, hash, outline its front matter), the same whether it runs on a worker thread or not.
import { readFileSync } from 'node:fs';
import { decodePost, outlinePost, type PostOutline, type Rejection, rejectionOf } from './build-article';
import { contentHash } from './ingest-cache';
import type { TimeZone } from './parse-date';

export interface OutlineJob {
  /** Position in the scan: results are put back in this order. */
  index: number;
  relativePath: string;
  absolutePath: string;
  /** Whether to send the decoded text back for pass 2 (only while the caller's budget allows keeping it). */
  keepText: boolean;
  /** The hash the cache has for this path: a file only touched (same bytes) is not outlined again. */
  cachedHash?: string;
}

/**
 * `hash` is set whenever the bytes were read, so a rejection is cached against the content too.
 * `outline` is null when the bytes hash to the job's `cachedHash`: the caller outlines the post from its cache.
 * `text` is the decoded post when the job asked for it (and outlined it), so pass 2 need not read the file again.
 */
export type OutlineResult =
  | { index: number; ok: true; hash: string; outline: PostOutline | null; text?: string }
  | ({ index: number; ok: false; hash?: string } & Rejection);

export function runOutlineJob(job: OutlineJob, timeZone: TimeZone): OutlineResult {
  let hash: string | undefined;
  try {
    const bytes = readFileSync(job.absolutePath);
    hash = contentHash(bytes);
    if (hash === job.cachedHash) return { index: job.index, ok: true, hash, outline: null };
    const text = decodePost(bytes);
    const outline = outlinePost(job.relativePath, text, timeZone);
    return { index: job.index, ok: true, hash, outline, ...(job.keepText ? { text } : {}) };
  } catch (error) {
    return { index: job.index, ok: false, ...(hash ? { hash } : {}), ...rejectionOf(error) };
  }
}
