// One article's second-pass work (read, build, write its file), the same whether it runs on a worker thread or not.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleSummary } from '@/shared/schema';
import { buildArticle, decodePost, type Neighbours, outlinePost, type PostOutline, type Rejection, rejectionOf, summaryOf } from './build-article';
import type { TimeZone } from './parse-date';
import { type PackedTerms, packTerms } from './search-index';

export interface BuildJob {
  /** Position in the home list: results are put back in this order. */
  index: number;
  relativePath: string;
  absolutePath: string;
  /** Null when the first pass took the outline from the cache: the post is outlined again here. */
  outline: PostOutline | null;
  /** The post's text when the first pass kept it; else it is read from `absolutePath`. */
  text: string | null;
  neighbours: Neighbours;
  /** Absolute path of the article file to write. */
  outputFile: string;
}

export type BuildResult =
  | { index: number; ok: true; summary: ArticleSummary; terms: PackedTerms }
  | ({ index: number; ok: false } & Rejection);

/** Writes a file, making its folder only the first time it is missing (one mkdir per shard folder, not per article). */
function writeMakingFolder(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

export function runBuildJob(job: BuildJob, timeZone: TimeZone): BuildResult {
  try {
    const text = job.text ?? decodePost(readFileSync(job.absolutePath));
    const outline = job.outline ?? outlinePost(job.relativePath, text, timeZone);
    const { article, plainText } = buildArticle(outline, text, job.neighbours);
    writeMakingFolder(job.outputFile, JSON.stringify(article));
    const summary = summaryOf(article);
    return { index: job.index, ok: true, summary, terms: packTerms(summary, plainText) };
  } catch (error) {
    return { index: job.index, ok: false, ...rejectionOf(error) };
  }
}
