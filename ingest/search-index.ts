// Builds the search index as articles stream past: term shards by hash, summaries in chunks, a meta file.
import { postingWeight } from '@/shared/search-ranking';
import { shardOf, termCounts } from '@/shared/search-tokens';
import { type ArticleSummary, DATA_FORMAT_VERSION, dataPaths, type SearchMeta } from '@/shared/schema';
import { createPostingStore } from './posting-store';

/**
 * How much of each body is indexed. News articles say what they are about early; indexing the
 * opening keeps the index (and the ingest's memory) bounded by the number of posts, not their length.
 */
export const SEARCH_TEXT_CHARS = 600;
/** Results show 20 at a time and are spread over the corpus: small chunks keep a page of results to a few KB each. */
export const DOCS_PER_CHUNK = 25;
/** Aim for about this many documents' worth of postings per term shard. */
const DOCS_PER_SHARD = 40;
const MAX_SHARDS = 1024;

/** Writes one file of the index, given as JSON text. */
type WriteJsonText = (relative: string, json: string) => void;


/**
 * One article's index entries packed in one string, "weight character + term" entries between tabs:
 * the worker that builds the article tokenises it, and one string is cheap to post back between
 * threads. Terms never hold a tab or a line break (they are runs of letters, digits or CJK
 * characters), so the cache can keep them on one line of its file.
 */
export type PackedTerms = string;

const WEIGHT_BASE = 48;

export function packTerms(summary: Pick<ArticleSummary, 'title' | 'category'>, text: string): PackedTerms {
  const title = termCounts(summary.title, { unigrams: true });
  const category = termCounts(summary.category.join(' '), { unigrams: true });
  const body = termCounts(text.slice(0, SEARCH_TEXT_CHARS));
  const entries: string[] = [];
  const entry = (term: string, bodyCount: number, inTitle: boolean, inCategory: boolean) =>
    entries.push(String.fromCharCode(WEIGHT_BASE + postingWeight(bodyCount, inTitle, inCategory)) + term);
  for (const [term, count] of body) entry(term, count, title.has(term), category.has(term));
  for (const term of title.keys()) if (!body.has(term)) entry(term, 0, true, category.has(term));
  for (const term of category.keys()) if (!body.has(term) && !title.has(term)) entry(term, 0, false, true);
  return entries.join('\t');
}

/** A power of two near docCount / DOCS_PER_SHARD: shards stay a similar size from 50 posts to 100,000. */
export function shardCountFor(docCount: number): number {
  let shards = 1;
  while (shards * DOCS_PER_SHARD < docCount && shards < MAX_SHARDS) shards *= 2;
  return shards;
}

/** The group (first-level category, `""` for none) an article is filtered by in search results. */
export function searchGroupOf(summary: Pick<ArticleSummary, 'category'>): string {
  return summary.category[0] ?? '';
}

export interface SearchIndexBuilder {
  /**
   * Articles must arrive in the home list's order; each becomes the next document number.
   * `summaryJson` is the summary as JSON text, as the lists have it.
   */
  add(group: string, terms: PackedTerms, summaryJson: string): void;
  finish(): void;
}

export function createSearchIndex(writeJson: WriteJsonText): SearchIndexBuilder {
  const postings = createPostingStore();
  const groups = new Map<string, number>();
  const docGroups: number[] = [];
  let chunk: string[] = [];
  let docCount = 0;

  const flushChunk = () => {
    if (chunk.length === 0) return;
    const number = Math.floor((docCount - 1) / DOCS_PER_CHUNK);
    // A SearchDocs, written as text around the summaries' own.
    writeJson(dataPaths.searchDocs(number), `{"chunk":${number},"items":[${chunk.join(',')}]}`);
    chunk = [];
  };

  return {
    add(group, terms, summaryJson) {
      const doc = docCount++;
      if (terms !== '') {
        for (const entry of terms.split('\t')) postings.add(entry.slice(1), doc, entry.charCodeAt(0) - WEIGHT_BASE);
      }
      if (!groups.has(group)) groups.set(group, groups.size);
      docGroups.push(groups.get(group) as number);
      chunk.push(summaryJson);
      if (chunk.length === DOCS_PER_CHUNK) flushChunk();
    },

    finish() {
      flushChunk();
      const shardCount = shardCountFor(docCount);
      // One shard's postings are unpacked at a time, written, and let go: never the whole index at once.
      const termsOfShard: string[][] = Array.from({ length: shardCount }, () => []);
      for (const term of postings.terms()) termsOfShard[shardOf(term, shardCount)]?.push(term);
      for (const [n, terms] of termsOfShard.entries()) {
        // A SearchShard, written as text: term -> [docGap, weight, ...].
        const entries = terms.map((term) => `${JSON.stringify(term)}:${postings.gapsJson(term)}`);
        writeJson(dataPaths.searchShard(n), `{${entries.join(',')}}`);
      }
      const meta: SearchMeta = {
        version: DATA_FORMAT_VERSION,
        docCount,
        shardCount,
        docsPerChunk: DOCS_PER_CHUNK,
        groups: [...groups.keys()],
        docGroups,
      };
      writeJson(dataPaths.searchMeta(), JSON.stringify(meta));
    },
  };
}
