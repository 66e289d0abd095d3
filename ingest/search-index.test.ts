// The index builder end to end: articles in, files out, queries answered the way the app answers them.
import { describe, expect, it } from 'vitest';
import type { ArticleSummary, SearchShard } from '@/shared/schema';
import { parseSearchDocs, parseSearchMeta, parseSearchShard } from '@/shared/search-schema';
import { rankDocs } from '@/shared/search-ranking';
import { queryTerms, shardOf } from '@/shared/search-tokens';
import { summary } from '@/test/reader-fixtures';
import { createSearchIndex, DOCS_PER_CHUNK, packTerms, SEARCH_TEXT_CHARS, searchGroupOf, shardCountFor } from './search-index';

function doc(n: number, title: string, category: string[]): ArticleSummary {
  return summary(n, { id: `doc${String(n).padStart(7, '0')}`, title, category, date: null, excerpt: '', readingMinutes: 1 });
}

function build(docs: [string, string[], string][]) {
  const files = new Map<string, unknown>();
  const index = createSearchIndex((relative, json) => void files.set(relative, JSON.parse(json)));
  for (const [n, [title, category, text]] of docs.entries()) {
    const entry = doc(n, title, category);
    index.add(searchGroupOf(entry), packTerms(entry, text), JSON.stringify(entry));
  }
  index.finish();
  const meta = parseSearchMeta(files.get('search/meta.json'));
  const search = (query: string) => {
    const terms = queryTerms(query);
    const lists = terms.map((term) => {
      const shard: SearchShard = parseSearchShard(files.get(`search/terms/${shardOf(term, meta.shardCount)}.json`));
      return shard[term];
    });
    return rankDocs(meta.docCount, lists).map((r) => docs[r.doc]?.[0]);
  };
  return { files, meta, search };
}

const corpus: [string, string[], string][] = [
  ['城市里的萤火虫都去哪儿了', ['科学', '格物志'], '夏夜的公园里，萤火虫越来越少。灯光和农药是主要原因。'],
  ['夜班火车的经济学', ['随笔', 'Essays'], '乘坐夜班火车，可以省下一晚的住宿。城市之间的距离变短了。'],
  ['Night trains are back', ['新闻', 'The Harbor Ledger'], 'Operators across the region restore sleeper routes between cities.'],
  ['Kettle 入门：本地 AI 助手', ['科技', 'Kettle'], 'Install the Kettle task runner, then read its permissions carefully.'],
  ['A quiet harbor', ['新闻', 'The Harbor Ledger'], 'The night ferry to the islands resumes. Trains to the port run late.'],
];

describe('search index', () => {
  it('finds Chinese by bigrams, titles above bodies', () => {
    const { search } = build(corpus);
    expect(search('城市')).toEqual(['城市里的萤火虫都去哪儿了', '夜班火车的经济学']);
    expect(search('萤火虫')).toEqual(['城市里的萤火虫都去哪儿了']);
    expect(search('火车')).toEqual(['夜班火车的经济学']);
  });

  it('finds English words, stemmed, titles above bodies', () => {
    const { search } = build(corpus);
    expect(search('train')).toEqual(['Night trains are back', 'A quiet harbor']);
    expect(search('Night')).toEqual(['Night trains are back', 'A quiet harbor']);
  });

  it('answers mixed queries and single characters in titles', () => {
    const { search } = build(corpus);
    expect(search('AI 助手')).toEqual(['Kettle 入门：本地 AI 助手']);
    expect(search('夜')).toEqual(['夜班火车的经济学']);
    expect(search('kettle permissions')).toEqual(['Kettle 入门：本地 AI 助手']);
  });

  it('finds categories, and nothing for unknown words', () => {
    const { search } = build(corpus);
    expect(search('格物志')).toEqual(['城市里的萤火虫都去哪儿了']);
    expect(search('submarine')).toEqual([]);
    expect(search('constructor')).toEqual([]);
  });

  it('indexes only the opening of long bodies', () => {
    const { search } = build([['Long', [], `${'filler '.repeat(SEARCH_TEXT_CHARS / 7 + 1)} hidden`]]);
    expect(search('filler')).toEqual(['Long']);
    expect(search('hidden')).toEqual([]);
  });

  it('writes summaries in chunks and a group for every document', () => {
    const many = Array.from({ length: DOCS_PER_CHUNK + 3 }, (_, n): [string, string[], string] => [`t${n}`, n % 2 ? ['甲'] : [], '']);
    const { files, meta } = build(many);
    expect(meta.docCount).toBe(DOCS_PER_CHUNK + 3);
    expect(parseSearchDocs(files.get('search/docs/0.json')).items).toHaveLength(DOCS_PER_CHUNK);
    expect(parseSearchDocs(files.get('search/docs/1.json')).items.map((s) => s.title)).toEqual([
      `t${DOCS_PER_CHUNK}`,
      `t${DOCS_PER_CHUNK + 1}`,
      `t${DOCS_PER_CHUNK + 2}`,
    ]);
    expect(meta.groups).toEqual(['', '甲']);
    expect(meta.docGroups.slice(0, 3)).toEqual([0, 1, 0]);
  });

  it('grows the shard count with the corpus, in powers of two', () => {
    expect(shardCountFor(0)).toBe(1);
    expect(shardCountFor(56)).toBe(2);
    expect(shardCountFor(20000)).toBe(512);
    expect(shardCountFor(10_000_000)).toBe(1024);
  });
});
