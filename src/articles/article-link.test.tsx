import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleLink, HOVER_INTENT_MS } from '@/articles/article-link';
import { articleFile, article as articleData, serveData } from '@/test/reader-fixtures';
import { renderAt } from '@/test/render-reader';

const target = articleData(7);

function renderLink() {
  const fetch = serveData(articleFile(target));
  renderAt(<ArticleLink id={target.id}>{target.title}</ArticleLink>);
  const articleFetches = () => fetch.mock.calls.filter(([url]) => String(url).includes(target.id)).length;
  return { link: screen.getByRole('link', { name: target.title }), articleFetches };
}

// Fake timers that move only when told: a slow machine cannot turn a pass-over into a rest.
beforeEach(() => void vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('ArticleLink prefetching on intent', () => {
  it('fetches the article once a mouse has rested on the link', async () => {
    const { link, articleFetches } = renderLink();
    fireEvent.pointerEnter(link, { pointerType: 'mouse' });
    expect(articleFetches()).toBe(0);
    await act(() => vi.advanceTimersByTimeAsync(HOVER_INTENT_MS));
    expect(articleFetches()).toBe(1);
  });

  it('fetches nothing for a mouse that only passes over the link, as when a list scrolls under it', async () => {
    const { link, articleFetches } = renderLink();
    fireEvent.pointerEnter(link, { pointerType: 'mouse' });
    await act(() => vi.advanceTimersByTimeAsync(HOVER_INTENT_MS / 2));
    fireEvent.pointerLeave(link, { pointerType: 'mouse' });
    await act(() => vi.advanceTimersByTimeAsync(HOVER_INTENT_MS * 5));
    expect(articleFetches()).toBe(0);
  });

  it('fetches at once on keyboard focus', async () => {
    const { link, articleFetches } = renderLink();
    fireEvent.focus(link);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(articleFetches()).toBe(1);
  });

  it('fetches at once on a touch, which comes about 100 ms before the tap', async () => {
    const { link, articleFetches } = renderLink();
    fireEvent.touchStart(link);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(articleFetches()).toBe(1);
  });
});
