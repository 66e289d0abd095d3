import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SavedPage } from '@/saved/saved-page';
import { article, articleFile, serveData, summary } from '@/test/reader-fixtures';
import { freshSavedStore, renderAt } from '@/test/render-reader';

function storeWith(...items: ReturnType<typeof summary>[]) {
  const store = freshSavedStore();
  for (const item of items) store.save(item);
  return store;
}

/** jsdom's Blob has no text(). */
function blobText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob ?? new Blob());
  });
}

const ferry = summary(1);
const lesson = summary(2, { title: 'Lesson notes on tides', category: ['学习', '100% Notes', 'a/b'] });

describe('SavedPage', () => {
  it('has the Saved heading and says how to save when empty', async () => {
    renderAt(<SavedPage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Saved' })).toBeInTheDocument();
    expect(screen.getByText(/Nothing saved yet/)).toBeInTheDocument();
  });

  it('lists saved articles as links with their save toggles pressed', async () => {
    renderAt(<SavedPage />, { store: storeWith(ferry, lesson) });
    const list = await screen.findByRole('list');
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(within(list).getByRole('link', { name: ferry.title })).toHaveAttribute('href', `/article/${ferry.id}`);
    for (const row of rows) {
      expect(within(row).getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'true');
    }
  });

  it('filters by category group', async () => {
    renderAt(<SavedPage />, { store: storeWith(ferry, lesson) });
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Category' }), '学习');
    expect(screen.getByRole('link', { name: lesson.title })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: ferry.title })).toBeNull();
  });

  it('removes an article and brings it back with Undo', async () => {
    const store = storeWith(ferry, lesson);
    renderAt(<SavedPage />, { store });
    const row = (await screen.findByRole('link', { name: ferry.title })).closest('li') as HTMLElement;
    await userEvent.click(within(row).getByRole('button', { name: 'Remove' }));
    expect(screen.queryByRole('link', { name: ferry.title })).toBeNull();
    expect(store.isSaved(ferry.id)).toBe(false);
    expect(screen.getByText(`Removed “${ferry.title}”.`, { exact: false })).toHaveAttribute('role', 'status');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('link', { name: ferry.title })).toBeInTheDocument();
    expect(store.isSaved(ferry.id)).toBe(true);
  });

  it('imports an exported list and says what it merged', async () => {
    const file = new File([storeWith(ferry, lesson).exportJson()], 'saved.json', { type: 'application/json' });
    localStorage.clear();
    const store = storeWith(ferry);
    renderAt(<SavedPage />, { store });
    await userEvent.upload(await screen.findByLabelText('Import…'), file);
    expect(await screen.findByText('Imported 1, skipped 1.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: lesson.title })).toBeInTheDocument();
  });

  it('says so when the file is not an export', async () => {
    renderAt(<SavedPage />);
    await userEvent.upload(await screen.findByLabelText('Import…'), new File(['{"nope":1}'], 'x.json', { type: 'application/json' }));
    expect(await screen.findByText('This file is not a saved-articles export.')).toBeInTheDocument();
  });

  it('marks an article whose file is gone as no longer in the collection, and still removes it', async () => {
    serveData({ ...articleFile(article(2, { title: lesson.title })), [`articles/a/${ferry.id}.json`]: undefined });
    const store = storeWith(ferry, lesson);
    renderAt(<SavedPage />, { store });
    const mark = await screen.findByText('No longer in the collection');
    const row = mark.closest('li') as HTMLElement;
    expect(within(row).getByRole('heading', { name: ferry.title })).toBeInTheDocument();
    expect(within(row).queryByRole('link', { name: ferry.title })).toBeNull();
    // Only the missing one is marked; the other stays a link.
    expect(screen.getAllByText('No longer in the collection')).toHaveLength(1);
    expect(screen.getByRole('link', { name: lesson.title })).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: 'Remove' }));
    expect(store.isSaved(ferry.id)).toBe(false);
  });

  it('does not call an article gone when the network failed', async () => {
    const fetch = serveData({ [`articles/a/${ferry.id}.json`]: 'network' });
    renderAt(<SavedPage />, { store: storeWith(ferry) });
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(await screen.findByRole('link', { name: ferry.title })).toBeInTheDocument();
    expect(screen.queryByText('No longer in the collection')).toBeNull();
  });

  it('exports the list as JSON and as Markdown files', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:saved';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderAt(<SavedPage />, { store: storeWith(ferry) });
    await userEvent.click(await screen.findByRole('button', { name: 'Export JSON' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    expect(names).toEqual([expect.stringMatching(/^kanbao-saved-.*\.json$/), expect.stringMatching(/^kanbao-saved-.*\.md$/)]);
    expect(JSON.parse(await blobText(blobs[0])).items[0].id).toBe(ferry.id);
    const markdown = await blobText(blobs[1]);
    expect(markdown).toMatch(/^---\ntitle: /);
    expect(markdown).toContain(`/article/${ferry.id}`);
  });
});
