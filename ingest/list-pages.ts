// Writes the paged lists as articles arrive in the home list's order: every article's list, and each group, source and channel's own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_ARTICLES_KEY, dataPaths, type ListPage } from '@/shared/schema';
import { categoryKey } from './article-id';
import { categoryPrefixes } from './category-tree';
import type { FolderWriter } from './folder-writer';

export const PAGE_SIZE = 25;

export interface ListWriter {
  /**
   * Articles must arrive in the home list's order; each joins the all-articles list and its categories' lists.
   * `summaryJson` is the summary as JSON text: serialised once, it goes into every list it joins.
   */
  add(category: readonly string[], summaryJson: string): void;
  /** Writes the last page of every list; returns the number of pages written. */
  finish(): number;
}

interface OpenList {
  expected: number;
  added: number;
  pagesWritten: number;
  page: string[];
}

/**
 * The lists every one of these category paths joins, with how many articles each will hold: the
 * first pass's count, so a page can be written (with its page count and total) as soon as it is full.
 */
export function expectedListSizes(categories: Iterable<readonly string[]>): Map<string, number> {
  const sizes = new Map<string, number>([[ALL_ARTICLES_KEY, 0]]);
  const keys = listKeysOf();
  for (const category of categories) for (const key of keys(category)) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  return sizes;
}

/** The list keys of a category path, remembered per path: a corpus has few paths and many articles. */
function listKeysOf(): (category: readonly string[]) => string[] {
  const known = new Map<string, string[]>();
  return (category) => {
    const joined = category.join('\u001f');
    let keys = known.get(joined);
    if (!keys) {
      keys = [ALL_ARTICLES_KEY, ...categoryPrefixes(category).map(categoryKey)];
      known.set(joined, keys);
    }
    return keys;
  };
}

/**
 * Holds at most one page per list, so memory does not grow with the corpus. A post the first pass
 * counted but the second turned away (it vanished or failed to build in between) leaves its lists
 * shorter than announced: `finish` then rewrites those lists' pages with the true totals.
 */
export function createListWriter(out: FolderWriter, root: string, expected: ReadonlyMap<string, number>): ListWriter {
  const lists = new Map<string, OpenList>();
  const keys = listKeysOf();
  let written = 0;

  // A ListPage as JSON text, around items that are JSON text already.
  const pageJson = (key: string, page: number, total: number, itemsJson: string): string => {
    const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
    return `{"key":${JSON.stringify(key)},"page":${page},"pageCount":${pageCount},"total":${total},"items":${itemsJson}}`;
  };
  const writePage = (key: string, list: OpenList) => {
    list.pagesWritten += 1;
    out.text(dataPaths.listPage(key, list.pagesWritten), pageJson(key, list.pagesWritten, list.expected, `[${list.page.join(',')}]`));
    list.page = [];
    written++;
  };
  const open = (key: string): OpenList => {
    let list = lists.get(key);
    if (!list) {
      list = { expected: expected.get(key) ?? 0, added: 0, pagesWritten: 0, page: [] };
      lists.set(key, list);
    }
    return list;
  };
  open(ALL_ARTICLES_KEY);

  return {
    add(category, summaryJson) {
      for (const key of keys(category)) {
        const list = open(key);
        list.page.push(summaryJson);
        list.added += 1;
        if (list.page.length === PAGE_SIZE) writePage(key, list);
      }
    },

    finish() {
      for (const [key, list] of lists) {
        // The all-articles list always has a first page, even when it is empty.
        if (list.page.length > 0 || list.pagesWritten === 0) writePage(key, list);
        if (list.added === list.expected) continue;
        for (let page = 1; page <= list.pagesWritten; page++) {
          const relative = dataPaths.listPage(key, page);
          const { items } = JSON.parse(readFileSync(path.join(root, relative), 'utf8')) as ListPage;
          out.text(relative, pageJson(key, page, list.added, JSON.stringify(items)));
        }
      }
      return written;
    },
  };
}
