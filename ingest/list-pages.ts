// Writes the paged lists: every article newest first, and each group, source and channel's own.
import { ALL_ARTICLES_KEY, type ArticleSummary, dataPaths } from '@/shared/schema';
import { categoryKey } from './article-id';
import { categoryPrefixes } from './category-tree';
import { folderWriter } from './folder-writer';

export const PAGE_SIZE = 25;

/** `ordered` is the home list's order; every category's list keeps it. Returns the number of files written. */
export function writeListPages(root: string, ordered: readonly ArticleSummary[]): number {
  const out = folderWriter(root);
  const lists = new Map<string, ArticleSummary[]>([[ALL_ARTICLES_KEY, [...ordered]]]);
  for (const summary of ordered) {
    for (const prefix of categoryPrefixes(summary.category)) {
      const key = categoryKey(prefix);
      const list = lists.get(key) ?? [];
      list.push(summary);
      lists.set(key, list);
    }
  }
  let written = 0;
  for (const [key, items] of lists) {
    const pageCount = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
    for (let page = 1; page <= pageCount; page++) {
      const pageItems = items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      out.json(dataPaths.listPage(key, page), { key, page, pageCount, total: items.length, items: pageItems });
      written++;
    }
  }
  return written;
}
