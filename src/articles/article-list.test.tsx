import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleList } from '@/articles/article-list';
import { SCROLL_TO_INDEX_EVENT } from '@/shared/keyboard-list';
import { listPages, serveData, summary } from '@/test/reader-fixtures';
import { renderAt } from '@/test/render-reader';

// jsdom has no layout, so the virtualiser's scrolling is a no-op here.
beforeEach(() => void vi.spyOn(window, 'scrollTo').mockImplementation(() => {}));
afterEach(() => vi.unstubAllGlobals());

function list() {
  return screen.findByRole('list', { name: 'All articles' });
}

describe('ArticleList', () => {
  it('shows each article as a title link with source and channel links, date, reading time and a save toggle', async () => {
    const first = summary(1, { leadImage: 'https://img.example/ferry.jpg', author: '编辑部' });
    serveData(listPages('all', [first, summary(2)]));
    renderAt(<ArticleList listKey="all" label="All articles" emptyText="none" />);

    const item = (await within(await list()).findAllByRole('listitem'))[0] as HTMLElement;
    expect(within(item).getByRole('link', { name: first.title })).toHaveAttribute('href', `/article/${first.id}`);
    expect(within(item).getByRole('link', { name: 'Harbour Daily' })).toHaveAttribute(
      'href',
      '/category/%E6%96%B0%E9%97%BB/Harbour%20Daily',
    );
    expect(within(item).getByRole('link', { name: '航运' })).toBeInTheDocument();
    expect(within(item).getByText('3 min read')).toBeInTheDocument();
    expect(within(item).getByText(first.excerpt)).toBeInTheDocument();
    const time = item.querySelector('time');
    expect(time).toHaveAttribute('datetime', first.date);
    expect(time?.getAttribute('title')).toMatch(/2022/);
    expect(within(item).getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'false');
    const img = item.querySelector('img');
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).toHaveAttribute('referrerpolicy', 'no-referrer');
  });

  it('loads the following pages as the reader reaches the end, and then says it is the end', async () => {
    const items = Array.from({ length: 60 }, (_, i) => summary(i + 1));
    const fetch = serveData(listPages('all', items));
    // jsdom lays nothing out, so rows keep their estimated height: a window tall enough for all of them is the end.
    vi.stubGlobal('innerHeight', 60 * 150);
    renderAt(<ArticleList listKey="all" label="All articles" emptyText="none" />);

    expect(await screen.findByRole('link', { name: items[59]?.title })).toBeInTheDocument();
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual(['/data/lists/all/1.json', '/data/lists/all/2.json']);
    expect(screen.getByText('You have reached the end.')).toBeInTheDocument();
    expect(within(await list()).getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '60');
  });

  it('leaves the window where it is when it mounts (that write would lay the page out), and scrolls to a row when asked', async () => {
    serveData(listPages('all', Array.from({ length: 30 }, (_, i) => summary(i + 1))));
    renderAt(<ArticleList listKey="all" label="All articles" emptyText="none" />);
    const rows = await list();
    await within(rows).findAllByRole('listitem');
    expect(window.scrollTo).not.toHaveBeenCalled();

    rows.dispatchEvent(new CustomEvent(SCROLL_TO_INDEX_EVENT, { detail: 20 }));
    await waitFor(() => expect(window.scrollTo).toHaveBeenCalled());
  });

  it('says so when the list is empty', async () => {
    serveData(listPages('c0000000007', []));
    renderAt(<ArticleList listKey="c0000000007" label="空" emptyText="No articles in this category yet." />);
    expect(await screen.findByText('No articles in this category yet.')).toBeInTheDocument();
  });

  it('offers Retry when the first page could not load, and recovers', async () => {
    const files: Record<string, unknown> = { 'lists/all/1.json': 'network' };
    serveData(files);
    renderAt(<ArticleList listKey="all" label="All articles" emptyText="none" />);
    const retry = await screen.findByRole('button', { name: 'Retry' });
    expect(screen.getByRole('heading', { name: 'Could not load' })).toBeInTheDocument();

    Object.assign(files, listPages('all', [summary(1)]));
    await userEvent.click(retry);
    expect(await screen.findByRole('link', { name: summary(1).title })).toBeInTheDocument();
  });
});
