// The /saved route: saved articles newest-saved first, a category filter, Remove with Undo, export and import.
import '@/saved/saved-page.css';
import { useQuery } from '@tanstack/react-query';
import { type ChangeEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { articleQueries } from '@/articles/article-queries';
import { t } from '@/i18n/locale';
import { savedPageText } from '@/i18n/strings-saved';
import { SaveButton } from '@/saved/save-button';
import { markdownExport } from '@/saved/saved-markdown';
import { SavedImportError, type SavedItem, type SavedStore } from '@/saved/saved-store';
import { useSavedList, useSavedStore } from '@/saved/use-saved';
import { isNotFound } from '@/shared/fetch-json';
import { KEYBOARD_LIST_ATTRIBUTE } from '@/shared/keyboard-list';
import type { ArticleSummary } from '@/shared/schema';
import { CategoryTrail } from '@/ui/category-trail';
import { DateText } from '@/ui/date-text';
import { GroupFilter } from '@/ui/group-filter';
import { Thumbnail } from '@/ui/thumbnail';
import { useSeen } from '@/ui/use-seen';

/** The save toggle takes a summary; a saved item carries only what the saved list shows. */
function toSummary(item: SavedItem): ArticleSummary {
  return {
    id: item.id,
    title: item.title,
    category: item.category,
    author: null,
    date: item.date,
    excerpt: item.excerpt ?? '',
    readingMinutes: 0,
    leadImage: item.leadImage,
    imageCount: 0,
    lang: 'zh',
  };
}

function groupCounts(items: readonly SavedItem[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const group = item.category[0];
    if (group) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0].localeCompare(b[0]));
}

function download(text: string, type: string, extension: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `kanbao-saved-${new Date().toISOString().slice(0, 10)}.${extension}`;
  link.click();
  URL.revokeObjectURL(url);
}

function articleAddress(id: string): string {
  return new URL(`${import.meta.env.BASE_URL}article/${encodeURIComponent(id)}`, window.location.origin).href;
}

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** Export to a file and merge one back in: the saved list lives in one browser otherwise. */
function Transfer({ store, items }: { store: SavedStore; items: readonly SavedItem[] }) {
  const [message, setMessage] = useState('');
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const { added, skipped } = store.importJson(await readText(file));
      setMessage(savedPageText.imported(added, skipped));
    } catch (error) {
      // An unreadable file and a file that is not an export get the same answer.
      if (!(error instanceof SavedImportError) && !(error instanceof DOMException)) throw error;
      setMessage(savedPageText.importFailed);
    }
  };
  return (
    <div className="saved-transfer">
      {items.length > 0 && (
        <>
          <button type="button" className="button quiet" onClick={() => download(store.exportJson(), 'application/json', 'json')}>
            {savedPageText.exportSaved}
          </button>
          <button
            type="button"
            className="button quiet"
            onClick={() => download(markdownExport(items, articleAddress), 'text/markdown', 'md')}
          >
            {savedPageText.exportMarkdown}
          </button>
        </>
      )}
      <label className="button quiet file-button">
        {savedPageText.importSaved}
        <input type="file" accept="application/json,.json" className="visually-hidden" onChange={onFile} />
      </label>
      <span role="status">{message}</span>
    </div>
  );
}

/**
 * Whether the article's file is gone from the data (a re-ingest dropped it). Asked only once the row is near the
 * viewport, through the article's own query, so opening it afterwards costs nothing; a network failure is not "gone".
 */
function useGone(id: string, seen: boolean): boolean {
  const { error } = useQuery({ ...articleQueries.detail(id), enabled: seen });
  return error !== null && isNotFound(error);
}

function SavedRow({ item, onRemove }: { item: SavedItem; onRemove: (item: SavedItem) => void }) {
  const ref = useRef<HTMLLIElement>(null);
  const gone = useGone(item.id, useSeen(ref));
  const title = item.title || t.untitled;
  return (
    <li className="item" ref={ref}>
      <div className="item-text">
        <h2 className="item-title">
          {gone ? (
            title
          ) : (
            <Link to={`/article/${encodeURIComponent(item.id)}`} className="item-link">
              {title}
            </Link>
          )}
        </h2>
        {gone && <p className="saved-gone">{savedPageText.goneFromCollection}</p>}
        <p className="item-meta">
          <CategoryTrail category={item.category} />
          {item.date && (
            <>
              <span aria-hidden="true"> · </span>
              <DateText iso={item.date} />
            </>
          )}
        </p>
        {item.excerpt && <p className="item-excerpt">{item.excerpt}</p>}
      </div>
      <Thumbnail src={item.leadImage} />
      <div className="item-actions">
        <SaveButton article={toSummary(item)} />
        <button type="button" className="button quiet" onClick={() => onRemove(item)}>
          {savedPageText.remove}
        </button>
      </div>
    </li>
  );
}

export function SavedPage() {
  const items = useSavedList();
  const store = useSavedStore();
  const [group, setGroup] = useState('');
  const [removed, setRemoved] = useState<SavedItem | null>(null);
  const groups = groupCounts(items);
  const activeGroup = groups.some(([name]) => name === group) ? group : '';
  const shown = activeGroup ? items.filter((item) => item.category[0] === activeGroup) : items;

  const remove = (item: SavedItem) => {
    store.remove(item.id);
    setRemoved(item);
  };

  return (
    <>
      <title>{`${t.saved} · ${t.appName}`}</title>
      <h1 className="page-title">{t.saved}</h1>
      <div className="list-tools">
        {groups.length > 1 && (
          <GroupFilter
            id="saved-filter"
            className="saved-filter"
            value={activeGroup}
            onChange={setGroup}
            total={items.length}
            groups={groups}
          />
        )}
        <Transfer store={store} items={items} />
      </div>
      <div className="undo-bar" role="status">
        {removed && (
          <>
            {savedPageText.removed(removed.title || t.untitled)}{' '}
            <button
              type="button"
              className="button"
              onClick={() => {
                store.restore(removed);
                setRemoved(null);
              }}
            >
              {savedPageText.undo}
            </button>
          </>
        )}
      </div>
      {items.length === 0 ? (
        <p className="empty">{savedPageText.savedEmpty}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{savedPageText.savedFilterEmpty}</p>
      ) : (
        <ul className="saved-list" {...{ [KEYBOARD_LIST_ATTRIBUTE]: '' }}>
          {shown.map((item) => (
            <SavedRow key={item.id} item={item} onRemove={remove} />
          ))}
        </ul>
      )}
    </>
  );
}
