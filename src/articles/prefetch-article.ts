// Warms an article's JSON (and, on intent, the article route's code) before the reader clicks.
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

/** Links must stay in view this long before their article is fetched, so fast scrolling costs nothing. */
const DWELL_MS = 400;
const timers = new WeakMap<Element, number>();
let observer: IntersectionObserver | null = null;
const targets = new WeakMap<Element, () => void>();

function sharedObserver(): IntersectionObserver | null {
  if (observer || typeof IntersectionObserver === 'undefined') return observer;
  observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const pending = timers.get(entry.target);
      if (pending !== undefined) window.clearTimeout(pending);
      timers.delete(entry.target);
      const run = targets.get(entry.target);
      if (entry.isIntersecting && run) timers.set(entry.target, window.setTimeout(run, DWELL_MS));
    }
  });
  return observer;
}

function saveData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

/** Prefetches when the element has stayed in the viewport for a moment; returns the cleanup. */
export function prefetchWhenVisible(element: Element, run: () => void): () => void {
  const io = saveData() ? null : sharedObserver();
  if (!io) return noop;
  targets.set(element, run);
  io.observe(element);
  return () => {
    io.unobserve(element);
    targets.delete(element);
    const pending = timers.get(element);
    if (pending !== undefined) window.clearTimeout(pending);
  };
}
