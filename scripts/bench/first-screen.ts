// The home page as the browser loads it: every /data/ response until it settles (first-screen data), and every script it fetched.
import type { Browser } from '@playwright/test';
import { openPage, waitForList } from './browser';
import { serveApp } from './static-server';

export interface FirstScreen {
  /** Decoded JSON bytes, what the budget counts. */
  bodyBytes: number;
  /** Decoded bytes of article files (part of bodyBytes): none are needed to show the screen, and none should load with it. */
  articleBytes: number;
  /** Bytes on the wire (gzipped bodies, headers excluded). */
  transferBytes: number;
  files: string[];
  /** Paths of every JS file fetched, deferred imports included, so they can be weighed like the manifest's. */
  scripts: string[];
}

export async function measureFirstScreen(browser: Browser, distDir: string, dataDir: string): Promise<FirstScreen> {
  const server = await serveApp(distDir, dataDir);
  const page = await openPage(browser, server.url);
  const pending: Promise<void>[] = [];
  const result: FirstScreen = { bodyBytes: 0, articleBytes: 0, transferBytes: 0, files: [], scripts: [] };
  page.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    if (request.resourceType() === 'script') result.scripts.push(pathname.slice(1));
    if (!pathname.startsWith('/data/')) return;
    pending.push(
      (async () => {
        const response = await request.response();
        const [body, sizes] = await Promise.all([response?.body(), request.sizes()]);
        result.files.push(pathname);
        result.bodyBytes += body?.length ?? 0;
        if (pathname.startsWith('/data/articles/')) result.articleBytes += body?.length ?? 0;
        result.transferBytes += sizes.responseBodySize;
      })(),
    );
  });
  try {
    await page.goto(server.url);
    await waitForList(page);
    // The first screen is done when the page stops fetching.
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    result.files.sort();
    result.scripts.sort();
    return result;
  } finally {
    await page.context().close();
    await server.close();
  }
}
