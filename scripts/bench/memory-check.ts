// The page memory check: scroll a very long list page after page, sampling the JS heap and DOM size to show they stay bounded.
import type { Browser, Page } from '@playwright/test';
import { openPage, waitForList } from './browser';
import { serveApp } from './static-server';

export interface MemorySample {
  pages: number;
  heapBytes: number;
  domNodes: number;
  renderedRows: number;
}

const listPage = /\/data\/lists\/all\/(\d+)\.json$/;

/** Scrolls to the end of what is loaded until `pages` list pages have arrived, sampling at each of `samplePoints`. */
export async function measureMemory(
  browser: Browser,
  distDir: string,
  dataDir: string,
  samplePoints: readonly number[],
): Promise<MemorySample[]> {
  const server = await serveApp(distDir, dataDir);
  const page = await openPage(browser, server.url);
  const cdp = await page.context().newCDPSession(page);
  let pagesLoaded = 0;
  page.on('requestfinished', (request) => {
    const match = listPage.exec(request.url());
    if (match) pagesLoaded = Math.max(pagesLoaded, Number(match[1]));
  });

  const sample = async (): Promise<MemorySample> => {
    // Collect garbage first, so the figure is what the page holds, not what it has not freed yet.
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    const renderedRows = await page.evaluate(() => document.querySelectorAll('main li[aria-posinset]').length);
    return { pages: pagesLoaded, heapBytes: heap.usedSize, domNodes: dom.nodes, renderedRows };
  };

  try {
    await page.goto(server.url);
    await waitForList(page);
    const samples: MemorySample[] = [];
    for (const target of samplePoints) {
      await scrollUntil(page, () => pagesLoaded >= target);
      samples.push(await sample());
    }
    return samples;
  } finally {
    await page.context().close();
    await server.close();
  }
}

/** Wheels down the page, as a reader would, a frame at a time until `done`: nearing the list's end fetches the next page. */
async function scrollUntil(page: Page, done: () => boolean): Promise<void> {
  const deadline = Date.now() + 300_000;
  await page.mouse.move(200, 400);
  while (!done()) {
    if (Date.now() > deadline) throw new Error('memory check: the list stopped loading pages');
    await page.mouse.wheel(0, 3000);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
}
