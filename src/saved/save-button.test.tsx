// The save toggle as a user meets it: a button named "Save for later" whose pressed state follows the list.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SaveButton } from '@/saved/save-button';
import { createSavedStore } from '@/saved/saved-store';
import { SavedStoreContext } from '@/saved/use-saved';
import type { ArticleSummary } from '@/shared/schema';
import { summary } from '@/test/reader-fixtures';

const article: ArticleSummary = summary(1, {
  id: 'post-00001',
  title: 'A quiet morning 安静的早晨',
  category: ['博客'],
  date: '2024-01-01T00:00:00.000Z',
  excerpt: 'Short.',
  readingMinutes: 1,
  lang: 'en',
});

function renderButton(labelled = false) {
  const store = createSavedStore(localStorage, () => new Date());
  render(
    <SavedStoreContext.Provider value={store}>
      <SaveButton article={article} labelled={labelled} />
    </SavedStoreContext.Provider>,
  );
  return store;
}

describe('SaveButton', () => {
  it('toggles the save with the same name, the state in aria-pressed', async () => {
    const store = renderButton();
    const button = screen.getByRole('button', { name: 'Save for later' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(button).toHaveAttribute('type', 'button');

    await userEvent.click(button);
    expect(screen.getByRole('button', { name: 'Save for later', pressed: true })).toBe(button);
    expect(store.isSaved(article.id)).toBe(true);

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(store.isSaved(article.id)).toBe(false);
  });

  it('follows a change made elsewhere', () => {
    const store = renderButton();
    const button = screen.getByRole('button', { name: 'Save for later' });
    act(() => store.save(article));
    expect(button).toHaveAttribute('aria-pressed', 'true');
  });

  it('hides its label on lists and shows it when labelled', () => {
    renderButton(true);
    expect(screen.getByText('Save for later')).not.toHaveClass('visually-hidden');
  });

  it('is named 稍后阅读 in Chinese', async () => {
    vi.resetModules();
    const { zh } = await import('@/i18n/strings-zh');
    vi.doMock('@/i18n/locale', () => ({ uiLang: 'zh', t: zh }));
    const { SaveButton: ChineseButton } = await import('@/saved/save-button');
    render(<ChineseButton article={article} />);
    expect(screen.getByRole('button', { name: '稍后阅读' })).toHaveAttribute('aria-pressed', 'false');
    vi.doUnmock('@/i18n/locale');
  });
});
