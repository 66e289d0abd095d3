// Hand-written data files for the reader's component tests, and a fetch stub that serves them.
import { vi } from 'vitest';
import { type Article, type ArticleSummary, type CategoryNode, dataPaths, type ListPage, type Manifest } from '@/shared/schema';

export function summary(n: number, overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: `art${String(n).padStart(7, '0')}`,
    title: `示例文章 ${n}: river ferries keep their night timetable`,
    category: ['新闻', 'Harbour Daily', '航运'],
    author: null,
    date: '2022-03-01T08:00:00.000Z',
    excerpt: `第 ${n} 篇的摘要：a short line about the ferry.`,
    readingMinutes: 3,
    leadImage: null,
    imageCount: 0,
    lang: 'zh',
    ...overrides,
  };
}

export function article(n: number, overrides: Partial<Article> = {}): Article {
  return {
    ...summary(n),
    html: '<p>第一段正文。The first paragraph.</p>',
    heroImage: null,
    sourcePath: `新闻/Harbour Daily/航运/${n}.md`,
    newer: null,
    older: null,
    ...overrides,
  };
}

function node(path: string[], key: string, count: number, children: CategoryNode[] = []): CategoryNode {
  return { name: path.at(-1) ?? '', path, key, count, children };
}

export const tree: CategoryNode[] = [
  node(['新闻'], 'c0000000001', 120, [
    node(['新闻', 'Harbour Daily'], 'c0000000002', 120, [node(['新闻', 'Harbour Daily', '航运'], 'c0000000003', 120)]),
  ]),
  node(['学习'], 'c0000000004', 5, [
    node(['学习', '100% Notes'], 'c0000000005', 5, [node(['学习', '100% Notes', 'a/b'], 'c0000000006', 5)]),
  ]),
  node(['空'], 'c0000000007', 0),
];

export function manifest(categories: CategoryNode[] = tree): Manifest {
  return { version: 1, generatedAt: '2022-03-02T00:00:00.000Z', articleCount: 120, pageSize: 50, categories };
}

/** Splits items into list pages the way the ingest writes them. */
export function listPages(key: string, items: ArticleSummary[], pageSize = 50): Record<string, ListPage> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const files: Record<string, ListPage> = {};
  for (let page = 1; page <= pageCount; page++) {
    files[dataPaths.listPage(key, page)] = {
      key,
      page,
      pageCount,
      total: items.length,
      items: items.slice((page - 1) * pageSize, page * pageSize),
    };
  }
  return files;
}

export function articleFile(a: Article): Record<string, Article> {
  return { [dataPaths.article(a.id)]: a };
}

/**
 * Serves `files` (paths relative to the data folder) through a stubbed fetch; anything else is a 404.
 * A value of 'network' makes that path fail as if offline. Returns the stub to inspect calls.
 */
export function serveData(files: Record<string, unknown>) {
  const stub = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const path = url.slice(url.indexOf('/data/') + '/data/'.length);
    const body = files[path];
    if (body === 'network') throw new TypeError('Failed to fetch');
    if (body === undefined) return new Response('', { status: 404 });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', stub);
  return stub;
}
