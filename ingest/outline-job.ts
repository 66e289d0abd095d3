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
/** `text` is the decoded post, so pass 2 need not read the file again (the caller decides whether to keep it). */
export type OutlineResult =
  | { index: number; ok: true; hash: string; outline: PostOutline; text: string }
  | ({ index: number; ok: false; hash?: string } & Rejection);

export function runOutlineJob(job: OutlineJob, timeZone: TimeZone): OutlineResult {
  let hash: string | undefined;
  try {
    const bytes = readFileSync(job.absolutePath);
    hash = contentHash(bytes);
    const text = decodePost(bytes);
    return { index: job.index, ok: true, hash, outline: outlinePost(job.relativePath, text, timeZone), text };
  } catch (error) {
    return { index: job.index, ok: false, ...(hash ? { hash } : {}), ...rejectionOf(error) };
  }
}
