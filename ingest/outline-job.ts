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
}

/** `hash` is set whenever the bytes were read, so a rejection is cached against the content too. */
export type OutlineResult =
  | { index: number; ok: true; hash: string; outline: PostOutline }
  | ({ index: number; ok: false; hash?: string } & Rejection);

export function runOutlineJob(job: OutlineJob, timeZone: TimeZone): OutlineResult {
  let hash: string | undefined;
  try {
    const bytes = readFileSync(job.absolutePath);
    hash = contentHash(bytes);
    return { index: job.index, ok: true, hash, outline: outlinePost(job.relativePath, decodePost(bytes), timeZone) };
  } catch (error) {
    return { index: job.index, ok: false, ...(hash ? { hash } : {}), ...rejectionOf(error) };
  }
}
