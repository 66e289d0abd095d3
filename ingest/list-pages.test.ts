// The paged lists are written as articles arrive, and still say their true totals when the second pass turned posts away.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_ARTICLES_KEY, dataPaths, type ListPage } from '@/shared/schema';
import { summary } from '@/test/reader-fixtures';
import { categoryKey } from './article-id';
import { folderWriter } from './folder-writer';
import { createListWriter, expectedListSizes, PAGE_SIZE } from './list-pages';
import { tempTree } from './temp-tree';

const FERRIES = ['新闻', 'Harbour Daily', '航运'];
const WEATHER = ['新闻', 'Harbour Daily', 'Weather'];

function writeLists(announced: string[][], arriving: string[][]) {
  const root = tempTree({});
  const lists = createListWriter(folderWriter(root), root, expectedListSizes(announced));
  for (const [n, category] of arriving.entries()) lists.add(category, JSON.stringify(summary(n, { category })));
  const written = lists.finish();
  const page = (key: string, n: number): ListPage => JSON.parse(readFileSync(path.join(root, dataPaths.listPage(key, n)), 'utf8'));
  const pageNumbers = (key: string) => readdirSync(path.join(root, 'lists', key)).sort();
  return { written, page, pageNumbers };
}

const times = (n: number, category: string[]) => Array.from({ length: n }, () => category);

describe('paged lists', () => {
  it('pages every list newest first, with its page count and total', () => {
    const posts = [...times(PAGE_SIZE + 3, FERRIES), ...times(2, WEATHER)];
    const { written, page, pageNumbers } = writeLists(posts, posts);
    const all = page(ALL_ARTICLES_KEY, 1);
    expect(all).toMatchObject({ key: ALL_ARTICLES_KEY, page: 1, pageCount: 2, total: PAGE_SIZE + 5 });
    expect(all.items.map((item) => item.id)).toEqual(Array.from({ length: PAGE_SIZE }, (_, n) => summary(n).id));
    expect(page(ALL_ARTICLES_KEY, 2).items).toHaveLength(5);
    expect(page(categoryKey(['新闻']), 2)).toMatchObject({ pageCount: 2, total: PAGE_SIZE + 5 });
    expect(page(categoryKey(FERRIES), 2)).toMatchObject({ pageCount: 2, total: PAGE_SIZE + 3 });
    expect(pageNumbers(categoryKey(WEATHER))).toEqual(['1.json']);
    expect(page(categoryKey(WEATHER), 1).items.map((item) => item.id)).toEqual([summary(PAGE_SIZE + 3).id, summary(PAGE_SIZE + 4).id]);
    // all, 新闻 and Harbour Daily: 2 pages each; 航运: 2; Weather: 1.
    expect(written).toBe(9);
  });

  it('gives an empty corpus one empty page of all articles', () => {
    const { page, pageNumbers } = writeLists([], []);
    expect(page(ALL_ARTICLES_KEY, 1)).toEqual({ key: ALL_ARTICLES_KEY, page: 1, pageCount: 1, total: 0, items: [] });
    expect(pageNumbers(ALL_ARTICLES_KEY)).toEqual(['1.json']);
  });

  it('rewrites the totals of lists that lost a post between the passes, and drops the page that would be empty', () => {
    // The first pass counted 26 ferry posts; one of them failed to build, so 25 arrive.
    const { page, pageNumbers } = writeLists([...times(PAGE_SIZE + 1, FERRIES), ...times(3, WEATHER)], [...times(PAGE_SIZE, FERRIES), ...times(3, WEATHER)]);
    expect(pageNumbers(categoryKey(FERRIES))).toEqual(['1.json']);
    expect(page(categoryKey(FERRIES), 1)).toMatchObject({ pageCount: 1, total: PAGE_SIZE });
    expect(page(ALL_ARTICLES_KEY, 1)).toMatchObject({ pageCount: 2, total: PAGE_SIZE + 3 });
    expect(page(ALL_ARTICLES_KEY, 2)).toMatchObject({ pageCount: 2, total: PAGE_SIZE + 3 });
    expect(page(ALL_ARTICLES_KEY, 2).items).toHaveLength(3);
    // Lists that lost nothing keep what they were written with.
    expect(page(categoryKey(WEATHER), 1)).toMatchObject({ pageCount: 1, total: 3 });
  });
});
