// A windowed, page-by-page article list over one paged list key, with a "Load more" fallback.
import type { VirtualItem } from '@tanstack/react-virtual';
import { useWindowVirtualizer, windowScroll } from '@tanstack/react-virtual';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ArticleListItem } from '@/articles/article-list-item';
import { listQueries } from '@/articles/list-queries';
import { settingsStore } from '@/comfort/reading-settings';
import { useReadIds, useReadingSettings } from '@/comfort/use-comfort';
import { t } from '@/i18n/locale';
import { KEYBOARD_LIST_ATTRIBUTE, SCROLL_TO_INDEX_EVENT } from '@/shared/keyboard-list';
import type { ArticleSummary } from '@/shared/schema';
import { LoadError } from '@/ui/load-states';
import { ListSkeleton } from '@/ui/skeleton';

/** Row sizes measured per list, so going back to a list rebuilds the same layout before scroll restoration. */
const measured = new Map<string, VirtualItem[]>();
/** Start fetching the next page this many rows before the end. */
const PREFETCH_ROWS = 8;
const ESTIMATED_ROW = 150;

export function ArticleList({ listKey, label, emptyText }: { listKey: string; label: string; emptyText: string }) {
  const query = useInfiniteQuery(listQueries.page(listKey));
  const loaded = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const { hideRead } = useReadingSettings();
  const readIds = useReadIds();
  const items = useMemo(() => (hideRead ? loaded.filter((a) => !readIds.has(a.id)) : loaded), [hideRead, loaded, readIds]);

  if (query.isPending) return <ListSkeleton />;
  if (query.isError && !loaded.length) return <LoadError onRetry={() => query.refetch()} />;
  if (!loaded.length) return <p className="empty">{emptyText}</p>;

  const total = query.data?.pages[0]?.total ?? loaded.length;
  return (
    <VirtualRows
      key={String(hideRead)}
      listKey={hideRead ? `${listKey}:unread` : listKey}
      label={label}
      items={items}
      // Hiding read articles leaves the size unknown (-1) until every page is in.
      total={hideRead ? (query.hasNextPage ? -1 : items.length) : total}
      hideRead={hideRead}
      hasMore={query.hasNextPage}
      loadingMore={query.isFetchingNextPage}
      moreFailed={query.isFetchNextPageError}
      loadMore={() => query.fetchNextPage()}
    />
  );
}

function VirtualRows({
  listKey,
  label,
  items,
  total,
  hideRead,
  hasMore,
  loadingMore,
  moreFailed,
  loadMore,
}: {
  listKey: string;
  label: string;
  items: ArticleSummary[];
  total: number;
  hideRead: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  moreFailed: boolean;
  loadMore: () => void;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // An effect, not a layout effect: read before the rows were laid out, it made the render task lay the page out
  // twice. Until it is known the window is computed as if the list started at the top: a row more, no visible change.
  useEffect(() => {
    setScrollMargin(listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);

  // On mount the virtualiser writes the offset it started from back to the window. The window is already there, so
  // the write moves nothing, but it lays the whole page out inside the render task (~60 ms here, 4x on a phone):
  // that one write is skipped. Scrolling to a row, anchoring and every later write go through.
  const startOffset = useRef<number | null>(null);
  const wroteBack = useRef(false);
  const virtualizer = useWindowVirtualizer({
    initialOffset: () => {
      startOffset.current ??= window.scrollY;
      return startOffset.current;
    },
    scrollToFn: (offset, options, instance) => {
      const isWriteBack = !wroteBack.current && offset + (options.adjustments ?? 0) === startOffset.current;
      wroteBack.current = true;
      if (!isWriteBack) windowScroll(offset, options, instance);
    },
    count: items.length,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => items[index]?.id ?? index,
    initialMeasurementsCache: measured.get(listKey) ?? [],
    // Sizes come from the ResizeObserver, after the browser's own layout: the default also reads offsetHeight
    // when a row mounts, which forces a layout of the whole page inside the render task.
    measureElement: (row, entry, instance) => {
      const box = entry?.borderBoxSize[0];
      return box ? Math.round(box.blockSize) : (instance.measurementsCache[instance.indexFromElement(row)]?.size ?? ESTIMATED_ROW);
    },
  });

  useEffect(() => () => void measured.set(listKey, virtualizer.takeSnapshot()), [listKey, virtualizer]);

  // The keyboard shortcuts move by index; rows outside the window exist only once scrolled to.
  useEffect(() => {
    const list = listRef.current;
    const onScrollTo = (event: Event) => virtualizer.scrollToIndex((event as CustomEvent<number>).detail);
    list?.addEventListener(SCROLL_TO_INDEX_EVENT, onScrollTo);
    return () => list?.removeEventListener(SCROLL_TO_INDEX_EVENT, onScrollTo);
  }, [virtualizer]);

  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows.at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasMore && !loadingMore && !moreFailed && lastIndex >= items.length - PREFETCH_ROWS) loadMore();
  }, [hasMore, loadingMore, moreFailed, lastIndex, items.length, loadMore]);

  return (
    <>
      <div className="list-tools">
        <button
          type="button"
          className="button quiet"
          aria-pressed={hideRead}
          onClick={() => settingsStore.update({ hideRead: !hideRead })}
        >
          {t.hideRead}
        </button>
      </div>
      {items.length === 0 && !hasMore && <p className="empty">{t.noUnread}</p>}
      <ul
        ref={listRef}
        className="article-list"
        aria-label={label}
        {...{ [KEYBOARD_LIST_ATTRIBUTE]: '' }}
        data-count={items.length}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {rows.map((row) => {
          const article = items[row.index];
          if (!article) return null;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-setsize={total}
              aria-posinset={row.index + 1}
              className="article-row"
              style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
            >
              <ArticleListItem article={article} />
            </li>
          );
        })}
      </ul>
      <div className="list-end">
        {moreFailed && <p role="alert">{t.loadErrorBody}</p>}
        {hasMore ? (
          <button type="button" className="button" onClick={loadMore} disabled={loadingMore}>
            {loadingMore ? t.loadingMore : t.loadMore}
          </button>
        ) : (
          <p className="muted">{t.endOfList}</p>
        )}
      </div>
    </>
  );
}
