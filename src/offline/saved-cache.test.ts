import { describe, expect, it, vi } from 'vitest';
import { articleImageUrls } from '@/offline/article-image-urls';
import { MAX_IMAGES_PER_ARTICLE, type SavedCacheDeps, syncSavedCache } from '@/offline/saved-cache';
import { SAVED_CACHE } from '@/offline/saved-ids-message';

const origin = 'https://reader.example';
const articleUrl = (id: string) => `${origin}/data/articles/${id[0]}/${id}.json`;

/** A Cache over a Map, enough of the API for the sync. */
function fakeCaches() {
  const entries = new Map<string, Response>();
  const cache = {
    keys: async () => [...entries.keys()].map((url) => new Request(url)),
    match: async (url: string) => entries.get(url)?.clone(),
    put: async (url: string, response: Response) => {
      entries.set(url, response);
    },
    delete: async (url: string) => entries.delete(url),
  };
  const open = vi.fn(async (_name: string) => cache as unknown as Cache);
  return { entries, caches: { open } };
}

function articleJson(id: string, images: string[]) {
  return {
    id,
    title: `Notes ${id}`,
    leadImage: images[0] ?? null,
    heroImage: null,
    html: images.map((src) => `<figure><img src="${src}"><figcaption>图</figcaption></figure>`).join(''),
  };
}

function serve(files: Record<string, unknown>, failing: string[] = []) {
  return vi.fn(async (url: string, _init?: RequestInit) => {
    if (failing.includes(url)) throw new TypeError('Failed to fetch');
    if (url in files) {
      const body = files[url];
      if (typeof body === 'string') return new Response(body, { headers: { 'content-type': 'image/png' } });
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }
    return new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } });
  });
}

function depsWith(fetch: SavedCacheDeps['fetch'], caches: SavedCacheDeps['caches']): SavedCacheDeps {
  return {
    caches,
    fetch,
    articleUrl,
    isArticleUrl: (url) => url.startsWith(`${origin}/data/articles/`),
    imageUrls: (article) => articleImageUrls(article, origin),
  };
}

const tide = 'TideNotes1';
const ferry = 'FerryLog01';
const shared = `${origin}/demo/images/harbour.png`;

describe('syncSavedCache', () => {
  it('caches a saved article with its images, in the kanbao-saved cache', async () => {
    const { entries, caches } = fakeCaches();
    const fetch = serve({
      [articleUrl(tide)]: articleJson(tide, [shared, 'https://img.example/tide.jpg']),
      [shared]: 'png',
      'https://img.example/tide.jpg': 'jpg',
    });
    const result = await syncSavedCache([tide], depsWith(fetch, caches));
    expect(caches.open).toHaveBeenCalledWith(SAVED_CACHE);
    expect(result).toEqual({ added: [articleUrl(tide)], removed: [] });
    expect([...entries.keys()].sort()).toEqual([shared, articleUrl(tide), 'https://img.example/tide.jpg'].sort());
    // Images go out like the page's own: no cookies, no referrer.
    expect(fetch).toHaveBeenCalledWith(shared, expect.objectContaining({ credentials: 'omit', referrerPolicy: 'no-referrer' }));
  });

  it('removes an unsaved article and its images, but keeps an image another saved article shows', async () => {
    const { entries, caches } = fakeCaches();
    const own = `${origin}/demo/images/ferry.png`;
    const fetch = serve({
      [articleUrl(tide)]: articleJson(tide, [shared]),
      [articleUrl(ferry)]: articleJson(ferry, [shared, own]),
      [shared]: 'png',
      [own]: 'png',
    });
    const deps = depsWith(fetch, caches);
    await syncSavedCache([tide, ferry], deps);
    const result = await syncSavedCache([tide], deps);
    expect(result).toEqual({ added: [], removed: [articleUrl(ferry)] });
    expect([...entries.keys()].sort()).toEqual([shared, articleUrl(tide)].sort());
  });

  it('does nothing when the cache already matches the list', async () => {
    const { caches } = fakeCaches();
    const fetch = serve({ [articleUrl(tide)]: articleJson(tide, []) });
    await syncSavedCache([tide], depsWith(fetch, caches));
    fetch.mockClear();
    expect(await syncSavedCache([tide], depsWith(fetch, caches))).toEqual({ added: [], removed: [] });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('skips an article the server no longer has (an SPA fallback page is not an article)', async () => {
    const { entries, caches } = fakeCaches();
    const result = await syncSavedCache([tide], depsWith(serve({}), caches));
    expect(result.added).toEqual([]);
    expect(entries.size).toBe(0);
  });

  it('keeps the article when an image fails, and tries a failed article again next time', async () => {
    const { entries, caches } = fakeCaches();
    const broken = 'https://img.example/gone.jpg';
    const files = { [articleUrl(tide)]: articleJson(tide, [broken]), [articleUrl(ferry)]: articleJson(ferry, []) };
    await syncSavedCache([tide, ferry], depsWith(serve(files, [broken, articleUrl(ferry)]), caches));
    expect([...entries.keys()]).toEqual([articleUrl(tide)]);
    const again = await syncSavedCache([tide, ferry], depsWith(serve(files), caches));
    expect(again.added).toEqual([articleUrl(ferry)]);
  });

  it(`caches at most ${MAX_IMAGES_PER_ARTICLE} images of one article`, async () => {
    const { entries, caches } = fakeCaches();
    const images = Array.from({ length: MAX_IMAGES_PER_ARTICLE + 5 }, (_, i) => `${origin}/demo/images/${i}.png`);
    const files: Record<string, unknown> = { [articleUrl(tide)]: articleJson(tide, images) };
    for (const image of images) files[image] = 'png';
    await syncSavedCache([tide], depsWith(serve(files), caches));
    expect(entries.size).toBe(MAX_IMAGES_PER_ARTICLE + 1);
  });
});
