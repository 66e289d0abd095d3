// The saved-list hooks re-render on changes from this tab, from other tabs and on storage trouble.
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createSavedStore, SAVED_KEY, type StorageLike } from '@/saved/saved-store';
import { SavedStoreContext, useIsSaved, useSavedList, useSavedStatus } from '@/saved/use-saved';
import type { ArticleSummary } from '@/shared/schema';
import { summary } from '@/test/reader-fixtures';

const article = (id: string): ArticleSummary =>
  summary(0, { id, title: `标题 ${id}`, category: ['学习'], date: null, excerpt: '', readingMinutes: 1 });

function setup(storage: StorageLike = localStorage) {
  const store = createSavedStore(storage, () => new Date());
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SavedStoreContext.Provider value={store}>{children}</SavedStoreContext.Provider>
  );
  return { store, wrapper };
}

describe('saved hooks', () => {
  it('useSavedList follows saves and removals', () => {
    const { store, wrapper } = setup();
    const { result } = renderHook(() => useSavedList(), { wrapper });
    expect(result.current).toEqual([]);
    act(() => store.save(article('post-00001')));
    expect(result.current.map((i) => i.title)).toEqual(['标题 post-00001']);
    act(() => {
      store.remove('post-00001');
    });
    expect(result.current).toEqual([]);
  });

  it('useIsSaved follows one article only', () => {
    const { store, wrapper } = setup();
    const { result } = renderHook(() => [useIsSaved('post-00001'), useIsSaved('post-00002')], { wrapper });
    expect(result.current).toEqual([false, false]);
    act(() => store.toggle(article('post-00002')));
    expect(result.current).toEqual([false, true]);
  });

  it('picks up a save made in another tab', () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useSavedList(), { wrapper });
    createSavedStore(localStorage, () => new Date()).save(article('post-00003'));
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: SAVED_KEY }));
    });
    expect(result.current.map((i) => i.id)).toEqual(['post-00003']);
  });

  it('useSavedStatus reports a write that storage refused', () => {
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const { store, wrapper } = setup(full);
    const { result } = renderHook(() => useSavedStatus(), { wrapper });
    expect(result.current).toEqual({ kind: 'ok' });
    act(() => store.save(article('post-00001')));
    expect(result.current).toEqual({ kind: 'write-failed' });
  });
});
