import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleList } from '@/articles/article-list';
import { LIST_WINDOW_PAGES } from '@/articles/list-queries';
import { readStore } from '@/comfort/read-store';
import { settingsStore } from '@/comfort/reading-settings';
import { listPages, serveData, summary } from '@/test/reader-fixtures';
import { renderAt } from '@/test/render-reader';

const pageSize = 25;
let scrollY = 0;

/** jsdom lays nothing out: rows keep their estimated 150 px, and scrolling is this value plus a scroll event. */
async function scrollTo(y: number) {
  scrollY = y;
  window.dispatchEvent(new Event('scroll'));
}

beforeEach(() => {
  scrollY = 0;
  vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scrollY);
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  vi.stubGlobal('innerHeight', 1500);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('ArticleList over a window of pages', () => {
  it('holds a window of pages: far down, the first pages are let go of and the rows stay put; back up, they return', async () => {
    const pageCount = LIST_WINDOW_PAGES + 2;
    const items = Array.from({ length: pageSize * pageCount }, (_, i) => summary(i + 1));
    const fetch = serveData(listPages('all', items, pageSize));
    const { client } = renderAt(<ArticleList listKey="all" label="All articles" emptyText="none" />);
    const firstTitle = items[0]?.title ?? '';
    expect(await screen.findByRole('link', { name: firstTitle })).toBeInTheDocument();
    const windowPages = () => (client.getQueryData(['list', 'all']) as { pages: { page: number }[] }).pages.map((p) => p.page);

    // Rows keep their estimated 150 px in jsdom: scroll to the end of what is loaded until the last page is in.
    while (windowPages().at(-1) !== pageCount) {
      const loaded = windowPages().at(-1) ?? 0;
      await scrollTo(loaded * pageSize * 150 - 1500);
      await waitFor(() => expect(windowPages().at(-1)).toBeGreaterThan(loaded));
    }
    expect(windowPages()).toHaveLength(LIST_WINDOW_PAGES);
    expect(windowPages()[0]).toBe(pageCount - LIST_WINDOW_PAGES + 1);
    expect(screen.queryByRole('link', { name: firstTitle })).toBeNull();
    // Rows say where they are in the whole list, and sit where they would if every page were still there.
    const last = items.at(-1);
    await scrollTo(items.length * 150 - 1500);
    const lastRow = (await screen.findByRole('link', { name: last?.title ?? '' })).closest('li');
    expect(lastRow).toHaveAttribute('aria-posinset', String(items.length));
    expect(lastRow?.style.transform).toBe(`translateY(${(items.length - 1) * 150}px)`);

    // Back at the top, the pages that were let go of are fetched again, one by one as the reader goes up.
    const calls = fetch.mock.calls.length;
    for (let page = windowPages()[0] ?? 1; page > 1; page = windowPages()[0] ?? 1) {
      await scrollTo((page - 1) * pageSize * 150);
      await waitFor(() => expect(windowPages()[0]).toBeLessThan(page));
    }
    await scrollTo(0);
    const firstRow = (await screen.findByRole('link', { name: firstTitle })).closest('li');
    expect(firstRow?.style.transform).toBe('translateY(0px)');
    expect(windowPages()).toEqual(Array.from({ length: LIST_WINDOW_PAGES }, (_, i) => i + 1));
    expect(fetch.mock.calls.length - calls).toBe(pageCount - LIST_WINDOW_PAGES);
  }, 30_000); // Fourteen pages rendered one after another: more than the default five seconds on a busy machine.

  it('settles with read articles hidden even when whole pages are read: it does not fetch back and forth', async () => {
    const pageCount = LIST_WINDOW_PAGES + 3;
    const items = Array.from({ length: pageSize * pageCount }, (_, i) => summary(i + 1));
    for (const read of items.slice(0, pageSize * (LIST_WINDOW_PAGES + 1))) readStore.markRead(read.id);
    settingsStore.update({ hideRead: true });
    const fetch = serveData(listPages('all', items, pageSize));
    renderAt(<ArticleList listKey="all" label="All articles" emptyText="none" />);

    const firstUnread = items[pageSize * (LIST_WINDOW_PAGES + 1)];
    expect(await screen.findByRole('link', { name: firstUnread?.title ?? '' }, { timeout: 10_000 })).toBeInTheDocument();
    const settled = fetch.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fetch.mock.calls.length).toBe(settled);
    expect(settled).toBeLessThanOrEqual(pageCount);
  }, 30_000);
});
