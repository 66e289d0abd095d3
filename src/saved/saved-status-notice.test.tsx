// The storage notice says what happened to the saved list, and nothing when all is well.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSavedStore, SAVED_KEY, type StorageLike } from '@/saved/saved-store';
import { SavedStatusNotice } from '@/saved/saved-status-notice';
import { SavedStoreContext } from '@/saved/use-saved';
import { summary } from '@/test/reader-fixtures';

function renderNotice(storage: StorageLike) {
  const store = createSavedStore(storage, () => new Date('2024-05-01T00:00:00Z'));
  render(
    <SavedStoreContext.Provider value={store}>
      <SavedStatusNotice />
    </SavedStoreContext.Provider>,
  );
  return store;
}

describe('SavedStatusNotice', () => {
  it('is silent while storage works', () => {
    renderNotice(localStorage);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it.each([
    { name: 'repaired', raw: '{"v":1,"items":[{"id":"bad"}]}', text: /1 entry could not be read/ },
    { name: 'newer', raw: '{"v":7,"items":[]}', text: /newer version/ },
  ])('explains a $name list', ({ raw, text }) => {
    localStorage.setItem(SAVED_KEY, raw);
    renderNotice(localStorage);
    expect(screen.getByRole('status')).toHaveTextContent(text);
  });

  it('explains a write that failed', () => {
    const store = renderNotice({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    act(() =>
      store.save(summary(1, { id: 'post-00001', title: 't', category: [], date: null, excerpt: '', readingMinutes: 1, lang: 'en' })),
    );
    expect(screen.getByRole('status')).toHaveTextContent(/cannot be stored right now/);
  });
});
