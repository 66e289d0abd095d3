// Validators for the search index's files; apart from schema.ts so that only the /search route's chunk carries them.
import {
  articleSummary,
  count,
  fail,
  list,
  record,
  type SearchDocs,
  type SearchMeta,
  type SearchShard,
  str,
  version,
} from '@/shared/schema';

export function parseSearchMeta(value: unknown): SearchMeta {
  const o = record(value, 'search meta');
  const meta: SearchMeta = {
    version: version(o.version, 'search meta.version'),
    docCount: count(o.docCount, 'search meta.docCount'),
    shardCount: count(o.shardCount, 'search meta.shardCount'),
    docsPerChunk: count(o.docsPerChunk, 'search meta.docsPerChunk'),
    groups: list(o.groups, 'search meta.groups', str),
    docGroups: list(o.docGroups, 'search meta.docGroups', count),
  };
  if (meta.shardCount < 1 || meta.docsPerChunk < 1) fail('search meta', 'at least one shard and one document a chunk');
  if (meta.docGroups.length !== meta.docCount || meta.docGroups.some((g) => g >= meta.groups.length)) {
    fail('search meta.docGroups', 'a group for every document');
  }
  return meta;
}

export function parseSearchShard(value: unknown): SearchShard {
  const o = record(value, 'search shard');
  // No prototype: a term such as "constructor" must not find Object's own properties.
  const shard: SearchShard = Object.create(null);
  for (const [term, postings] of Object.entries(o)) {
    const where = `search shard[${JSON.stringify(term)}]`;
    if (!Array.isArray(postings) || postings.length % 2 !== 0) fail(where, 'an even-length array');
    for (const n of postings) if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) fail(where, 'whole numbers');
    shard[term] = postings as number[];
  }
  return shard;
}

export function parseSearchDocs(value: unknown): SearchDocs {
  const o = record(value, 'search docs');
  return { chunk: count(o.chunk, 'search docs.chunk'), items: list(o.items, 'search docs.items', articleSummary) };
}
