// Warms an article's JSON and the article route's code when the reader shows intent to open it.
import type { QueryClient } from '@tanstack/react-query';
import { articleQueries } from '@/articles/article-queries';

const noop = () => {};

/** Starts loading the article route chunk; the router's lazy() reuses the same module. */
export function preloadArticleRoute(): void {
  import('@/articles/article-page').catch(noop);
}

export function prefetchArticle(client: QueryClient, id: string): void {
  client.query(articleQueries.detail(id)).catch(noop);
}
