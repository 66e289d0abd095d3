// Query options for the search index: its meta file, a term shard, a chunk of summaries, and one query's ranking.
import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/shared/fetch-json';
import { dataPaths } from '@/shared/schema';
import { parseSearchDocs, parseSearchMeta, parseSearchShard } from '@/shared/search-schema';
import { rankDocs } from '@/shared/search-ranking';
import { shardOf } from '@/shared/search-tokens';

// Index files change only with a new data folder; once fetched they also answer searches offline.
const forever = Number.POSITIVE_INFINITY;

export const searchQueries = {
  meta: () =>
    queryOptions({
      queryKey: ['search', 'meta'],
      queryFn: ({ signal }) => fetchJson(dataPaths.searchMeta(), parseSearchMeta, signal),
      staleTime: forever,
    }),
  shard: (shard: number) =>
    queryOptions({
      queryKey: ['search', 'shard', shard],
      queryFn: ({ signal }) => fetchJson(dataPaths.searchShard(shard), parseSearchShard, signal),
      staleTime: forever,
    }),
  docs: (chunk: number) =>
    queryOptions({
      queryKey: ['search', 'docs', chunk],
      queryFn: ({ signal }) => fetchJson(dataPaths.searchDocs(chunk), parseSearchDocs, signal),
      staleTime: forever,
    }),
  /** Ranks the documents holding every term; only the shards those terms hash to are fetched (each cached on its own). */
  results: (terms: readonly string[], client: QueryClient) =>
    queryOptions({
      queryKey: ['search', 'results', terms],
      queryFn: async () => {
        const meta = await client.query(searchQueries.meta());
        const shardNumbers = [...new Set(terms.map((term) => shardOf(term, meta.shardCount)))];
        const shards = new Map(
          await Promise.all(shardNumbers.map(async (n) => [n, await client.query(searchQueries.shard(n))] as const)),
        );
        const postings = terms.map((term) => shards.get(shardOf(term, meta.shardCount))?.[term]);
        return { meta, ranked: rankDocs(meta.docCount, postings) };
      },
      staleTime: forever,
    }),
};
