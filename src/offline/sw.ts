// The service worker: a precached app shell, network-first data with cached fallbacks, and the saved articles kept offline.
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { articleImageUrls } from '@/offline/article-image-urls';
import { syncSavedCache } from '@/offline/saved-cache';
import { isSavedIdsMessage, SAVED_CACHE } from '@/offline/saved-ids-message';
import { dataBase } from '@/shared/fetch-json';
import { dataPaths, isArticleId } from '@/shared/schema';

// The project's TypeScript program uses the DOM library, which has no service-worker types; these are the parts used here.
interface ExtendableMessageEvent extends Event {
  data: unknown;
  waitUntil(promise: Promise<unknown>): void;
}
interface ServiceWorkerScope {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
declare const self: ServiceWorkerScope;

const origin = self.location.origin;
const dataPath = new URL(dataBase, origin).pathname;
const articlesPath = `${dataPath}articles/`;

// A new version takes over at once; navigations are network-first, so pages load the new shell anyway.
self.skipWaiting();
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** After the network and the strategy's own cache, a saved article (or its image) still answers. */
const savedFallback = {
  handlerDidError: async ({ request }: { request: Request }) => caches.match(request, { cacheName: SAVED_CACHE }),
};

// Any route is the SPA: fresh index.html when online, the precached one when not. Data and assets are files, not pages.
registerRoute(
  new NavigationRoute(
    async ({ request }) => {
      try {
        return await fetch(request);
      } catch {
        return (await matchPrecache('index.html')) ?? Response.error();
      }
    },
    { denylist: [new RegExp(`^${dataPath}`), /\/assets\//] },
  ),
);

registerRoute(
  ({ url }) => url.origin === origin && url.pathname.startsWith(articlesPath),
  new NetworkFirst({
    cacheName: 'kanbao-articles',
    plugins: [new ExpirationPlugin({ maxEntries: 100 }), savedFallback],
  }),
);

registerRoute(
  ({ url }) => url.origin === origin && url.pathname.startsWith(dataPath),
  new NetworkFirst({ cacheName: 'kanbao-data', plugins: [new ExpirationPlugin({ maxEntries: 60 })] }),
);

registerRoute(({ request }) => request.destination === 'image', new NetworkOnly({ plugins: [savedFallback] }));

const deps = {
  caches,
  fetch: (input: string, init?: RequestInit) => fetch(input, init),
  articleUrl: (id: string) => new URL(dataBase + dataPaths.article(id), origin).href,
  isArticleUrl: (url: string) => new URL(url).pathname.startsWith(articlesPath),
  imageUrls: (article: unknown) => articleImageUrls(article, origin),
};

// One sync at a time, in the order the pages sent them, so the last list sent is the one the cache ends up with.
let queue: Promise<unknown> = Promise.resolve();
self.addEventListener('message', (event) => {
  if (!isSavedIdsMessage(event.data)) return;
  const ids = event.data.ids.filter(isArticleId);
  queue = queue.then(() => syncSavedCache(ids, deps)).catch(() => undefined);
  event.waitUntil(queue);
});
