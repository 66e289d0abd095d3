// Keeps the `kanbao-saved` cache equal to the saved list: each saved article's JSON and, best effort, its images.
import { SAVED_CACHE } from '@/offline/saved-ids-message';

/** Opaque (cross-origin) images count for several MB each against the quota, so an article keeps at most this many. */
export const MAX_IMAGES_PER_ARTICLE = 20;

export interface SavedCacheDeps {
  caches: Pick<CacheStorage, 'open'>;
  fetch: (input: string, init?: RequestInit) => Promise<Response>;
  /** Absolute URL of an article's data file. */
  articleUrl: (id: string) => string;
  /** Tells article files apart from the images kept beside them. */
  isArticleUrl: (url: string) => boolean;
  imageUrls: (article: unknown) => string[];
}

async function readJson(response: Response | undefined): Promise<unknown> {
  try {
    return response ? await response.json() : null;
  } catch {
    return null;
  }
}

async function addArticle(cache: Cache, url: string, cached: Set<string>, deps: SavedCacheDeps): Promise<boolean> {
  const response = await deps.fetch(url);
  // A static host's SPA fallback answers a missing file with index.html: that is not an article.
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return false;
  await cache.put(url, response.clone());
  const images = deps.imageUrls(await readJson(response)).slice(0, MAX_IMAGES_PER_ARTICLE);
  await Promise.all(
    images
      .filter((image) => !cached.has(image))
      .map(async (image) => {
        try {
          // no-cors: most images live on other sites; the opaque answer still serves an <img> offline.
          const answer = await deps.fetch(image, { mode: 'no-cors', credentials: 'omit', referrerPolicy: 'no-referrer' });
          if (answer.ok || answer.type === 'opaque') await cache.put(image, answer);
        } catch {
          // Best effort: the article still opens offline, without this picture.
        }
      }),
  );
  return true;
}

/** Images of the cached articles at `urls`, read back from the cache. */
async function cachedImages(cache: Cache, urls: readonly string[], deps: SavedCacheDeps): Promise<Set<string>> {
  const lists = await Promise.all(urls.map(async (url) => deps.imageUrls(await readJson(await cache.match(url)))));
  return new Set(lists.flat());
}

/** Adds what is saved but not cached and deletes what is cached but no longer saved; safe to run again at any time. */
export async function syncSavedCache(
  ids: readonly string[],
  deps: SavedCacheDeps,
): Promise<{ added: string[]; removed: string[] }> {
  const cache = await deps.caches.open(SAVED_CACHE);
  const cached = new Set((await cache.keys()).map((request) => request.url));
  const wanted = new Set(ids.map(deps.articleUrl));
  const cachedArticles = [...cached].filter(deps.isArticleUrl);
  const stale = cachedArticles.filter((url) => !wanted.has(url));
  const removed: string[] = [];
  if (stale.length) {
    // An image two saved articles share stays while either is saved.
    const kept = await cachedImages(cache, cachedArticles.filter((url) => wanted.has(url)), deps);
    const dropped = await cachedImages(cache, stale, deps);
    for (const image of dropped) if (!kept.has(image)) await cache.delete(image);
    for (const url of stale) {
      await cache.delete(url);
      removed.push(url);
    }
  }
  const added: string[] = [];
  for (const url of wanted) {
    if (cached.has(url)) continue;
    try {
      if (await addArticle(cache, url, cached, deps)) added.push(url);
    } catch {
      // Offline or refused by the quota: the next message tries again.
    }
  }
  return { added, removed };
}
