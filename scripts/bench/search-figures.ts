// Search figures: index bytes for a data folder, and what one query costs (files fetched, bytes, parse + rank time).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { dataPaths } from '../../src/shared/schema';
import { rankDocs } from '../../src/shared/search-ranking';
import { parseSearchDocs, parseSearchMeta, parseSearchShard } from '../../src/shared/search-schema';
import { queryTerms, shardOf } from '../../src/shared/search-tokens';
import { kb, note, row } from './report';

/** A two-character Chinese word and an English word, both in the demo posts the bench corpus is generated from. */
export const BENCH_QUERIES = ['城市', 'harbor'];

const RUNS = 25;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function folderBytes(dir: string): { files: number; raw: number; gzip: number } {
  let files = 0;
  let raw = 0;
  let gzip = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, name);
    if (!statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    files++;
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files, raw, gzip };
}

/** The browser's work for one query, first search (nothing cached): parse meta, the term shards and the first result chunk, then rank. */
function runQuery(dataDir: string, query: string) {
  const read = (relative: string) => readFileSync(path.join(dataDir, relative), 'utf8');
  const files = new Set<string>([dataPaths.searchMeta()]);
  const started = performance.now();
  const meta = parseSearchMeta(JSON.parse(read(dataPaths.searchMeta())));
  const terms = queryTerms(query);
  const postings = terms.map((term) => {
    const file = dataPaths.searchShard(shardOf(term, meta.shardCount));
    files.add(file);
    return parseSearchShard(JSON.parse(read(file)))[term];
  });
  const parsedMs = performance.now() - started;
  const ranked = rankDocs(meta.docCount, postings);
  const rankMs = performance.now() - started - parsedMs;
  // The first 20 results usually span several chunks; each is a separate small file.
  for (const chunk of new Set(ranked.slice(0, 20).map((r) => Math.floor(r.doc / meta.docsPerChunk)))) {
    const file = dataPaths.searchDocs(chunk);
    files.add(file);
    parseSearchDocs(JSON.parse(read(file)));
  }
  const totalMs = performance.now() - started;
  const bytes = [...files].reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dataDir, file))).length, 0);
  return { results: ranked.length, files: files.size, bytes, rankMs, totalMs };
}

export function searchFigures(dataDir: string, count: number): void {
  const index = folderBytes(path.join(dataDir, 'search'));
  row(`search index for ${count} posts, raw`, kb(index.raw));
  row('  gzipped (as a CDN serves it)', kb(index.gzip));
  note(`${index.files} files; meta.json ${kb(statSync(path.join(dataDir, dataPaths.searchMeta())).size)}; nothing is fetched before the first search`);
  for (const query of BENCH_QUERIES) {
    runQuery(dataDir, query);
    const runs = Array.from({ length: RUNS }, () => runQuery(dataDir, query));
    const last = runs.at(-1);
    if (!last) continue;
    row(`query "${query}": parse + rank + first page, median`, `${median(runs.map((r) => r.totalMs)).toFixed(1)} ms`);
    row('  of which ranking', `${median(runs.map((r) => r.rankMs)).toFixed(1)} ms`);
    note(`${last.results} results; ${last.files} files, ${kb(last.bytes)} gzipped fetched for the first page`);
  }
}
