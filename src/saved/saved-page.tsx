// The /saved route: saved articles newest-saved first, a category filter, and Remove with Undo.
import { type ChangeEvent, useState } from 'react';
import { Link } from 'react-router';
import { t } from '@/i18n/locale';
import { SaveButton } from '@/saved/save-button';
import { type SavedItem, SavedImportError, type SavedStore } from '@/saved/saved-store';
import { useSavedList, useSavedStore } from '@/saved/use-saved';
import type { ArticleSummary } from '@/shared/schema';
import { CategoryTrail } from '@/ui/category-trail';
import { DateText } from '@/ui/date-text';
import { Thumbnail } from '@/ui/thumbnail';

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

function downloadExport(store: SavedStore): void {
  const url = URL.createObjectURL(new Blob([store.exportJson()], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `kanbao-saved-${new Date().toISOString().slice(0, 10)}.json`;
  link.click();
  URL.revokeObjectURL(url);
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
function Transfer({ store, canExport }: { store: SavedStore; canExport: boolean }) {
  const [message, setMessage] = useState('');
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const { added, skipped } = store.importJson(await readText(file));
      setMessage(t.imported(added, skipped));
    } catch (error) {
      // An unreadable file and a file that is not an export get the same answer.
      if (!(error instanceof SavedImportError) && !(error instanceof DOMException)) throw error;
      setMessage(t.importFailed);
    }
  };
  return (
    <div className="saved-transfer">
      {canExport && (
        <button type="button" className="button quiet" onClick={() => downloadExport(store)}>
          {t.exportSaved}
        </button>
      )}
      <label className="button quiet file-button">
        {t.importSaved}
        <input type="file" accept="application/json,.json" className="visually-hidden" onChange={onFile} />
      </label>
      <span role="status">{message}</span>
    </div>
  );
}

function SavedRow({ item, onRemove }: { item: SavedItem; onRemove: (item: SavedItem) => void }) {
  return (
    <li className="item">
      <div className="item-text">
        <h2 className="item-title">
          <Link to={`/article/${encodeURIComponent(item.id)}`} className="item-link">
            {item.title || t.untitled}
          </Link>
        </h2>
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
          {t.remove}
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
      <div className="saved-tools">
        {groups.length > 1 && (
          <p className="saved-filter">
            <label htmlFor="saved-filter">{t.filterByCategory}</label>{' '}
            <select id="saved-filter" value={activeGroup} onChange={(event) => setGroup(event.target.value)}>
              <option value="">
                {t.allCategories} ({items.length})
              </option>
              {groups.map(([name, n]) => (
                <option key={name} value={name}>
                  {name} ({n})
                </option>
              ))}
            </select>
          </p>
        )}
        <Transfer store={store} canExport={items.length > 0} />
      </div>
      <div className="undo-bar" role="status">
        {removed && (
          <>
            {t.removed(removed.title || t.untitled)}{' '}
            <button
              type="button"
              className="button"
              onClick={() => {
                store.restore(removed);
                setRemoved(null);
              }}
            >
              {t.undo}
            </button>
          </>
        )}
      </div>
      {items.length === 0 ? (
        <p className="empty">{t.savedEmpty}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t.savedFilterEmpty}</p>
      ) : (
        <ul className="saved-list">
          {shown.map((item) => (
            <SavedRow key={item.id} item={item} onRemove={remove} />
          ))}
        </ul>
      )}
    </>
  );
}
