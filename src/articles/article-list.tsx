// A windowed article list over one paged list key: it holds a window of pages, fetching the next or previous page as
// the reader nears either end, with a "Load more" fallback.
import type { VirtualItem } from '@tanstack/react-virtual';
import { useWindowVirtualizer, windowScroll } from '@tanstack/react-virtual';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ArticleListItem } from '@/articles/article-list-item';
import { listQueries } from '@/articles/list-queries';
import { estimatedRow, heightOfPages, type PageHeights, recordPageHeights } from '@/articles/page-heights';
import { settingsStore } from '@/comfort/reading-settings';
import { useReadIds, useReadingSettings } from '@/comfort/use-comfort';
import { t } from '@/i18n/locale';
import { KEYBOARD_LIST_ATTRIBUTE, SCROLL_TO_INDEX_EVENT } from '@/shared/keyboard-list';
import type { ArticleSummary, ListPage } from '@/shared/schema';
import { LoadError } from '@/ui/load-states';
import { ListSkeleton } from '@/ui/skeleton';

/**
 * What a list looked like when it was left, so going back rebuilds the same layout before scroll restoration: the
 * rows' sizes, and the heights of the pages that had left the window of pages the list holds.
 */
interface ListLayout {
  rows: VirtualItem[];
  pageHeights: PageHeights;
}
const layouts = new Map<string, ListLayout>();
/** Start fetching the next (or previous) page this many rows before the window's end (or start). */
const PREFETCH_ROWS = 8;
const ESTIMATED_ROW = 150;
/**
 * Rows are keyed by their position modulo this, so the virtualiser's size cache stays bounded however far the
 * reader scrolls; it is far larger than a window of pages, so keys in view never collide.
 */
const SIZE_KEYS = 2048;

/** One article in the list, with where it sits in the whole list (0-based) and the page it came from. */
interface ListRow {
  article: ArticleSummary;
  page: number;
  position: number;
}

function windowPages(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function rowsOf(pages: readonly ListPage[]): ListRow[] {
  // Every page but the last is full, so the longest page loaded is the page size.
  const pageSize = Math.max(...pages.map((p) => p.items.length));
  return pages.flatMap((p) => p.items.map((article, i) => ({ article, page: p.page, position: (p.page - 1) * pageSize + i })));
}

export function ArticleList({ listKey, label, emptyText }: { listKey: string; label: string; emptyText: string }) {
  const query = useInfiniteQuery(listQueries.page(listKey));
  const pages = query.data?.pages;
  const loaded = useMemo(() => rowsOf(pages ?? []), [pages]);
  const { hideRead } = useReadingSettings();
  const readIds = useReadIds();
  const rows = useMemo(() => (hideRead ? loaded.filter((row) => !readIds.has(row.article.id)) : loaded), [hideRead, loaded, readIds]);

  if (query.isPending) return <ListSkeleton />;
  if (query.isError && !loaded.length) return <LoadError onRetry={() => query.refetch()} />;
  if (!pages?.length || !loaded.length) return <p className="empty">{emptyText}</p>;

  const total = pages[0]?.total ?? loaded.length;
  const wholeListLoaded = !query.hasNextPage && !query.hasPreviousPage;
  return (
    <VirtualRows
      key={String(hideRead)}
      listKey={hideRead ? `${listKey}:unread` : listKey}
      label={label}
      rows={rows}
      firstPage={pages[0]?.page ?? 1}
      lastPage={pages.at(-1)?.page ?? 1}
      // Hiding read articles leaves the size unknown (-1) until every page is in.
      total={hideRead ? (wholeListLoaded ? rows.length : -1) : total}
      hideRead={hideRead}
      hasPrevious={query.hasPreviousPage}
      loadingPrevious={query.isFetchingPreviousPage}
      loadPrevious={() => query.fetchPreviousPage()}
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
  rows,
  firstPage,
  lastPage,
  total,
  hideRead,
  hasPrevious,
  loadingPrevious,
  loadPrevious,
  hasMore,
  loadingMore,
  moreFailed,
  loadMore,
}: {
  listKey: string;
  label: string;
  rows: ListRow[];
  firstPage: number;
  lastPage: number;
  total: number;
  hideRead: boolean;
  hasPrevious: boolean;
  loadingPrevious: boolean;
  loadPrevious: () => void;
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

  // The list holds a window of pages (listQueries); the pages above and below it are stood in for by their height,
  // so the rows in the window stay where they were when a page leaves it or comes back.
  const [restored] = useState(() => layouts.get(listKey));
  const pageHeights = useRef<PageHeights>(restored?.pageHeights ?? new Map()).current;
  // Pages below the window are ones this list showed and let go of when the reader went back up.
  const furthestPage = useRef(lastPage);
  furthestPage.current = Math.max(furthestPage.current, lastPage);
  const pageEstimate = (rows.length / (lastPage - firstPage + 1)) * ESTIMATED_ROW;

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
    count: rows.length,
    estimateSize: (index) => estimatedRow(pageHeights, rows[index]?.page, ESTIMATED_ROW),
    overscan: 6,
    scrollMargin,
    paddingStart: heightOfPages(pageHeights, 1, firstPage - 1, pageEstimate),
    paddingEnd: heightOfPages(pageHeights, lastPage + 1, furthestPage.current, pageEstimate),
    getItemKey: (index) => (rows[index]?.position ?? index) % SIZE_KEYS,
    initialMeasurementsCache: restored?.rows ?? [],
    // Sizes come from the ResizeObserver, after the browser's own layout: the default also reads offsetHeight
    // when a row mounts, which forces a layout of the whole page inside the render task.
    measureElement: (row, entry, instance) => {
      const box = entry?.borderBoxSize[0];
      return box ? Math.round(box.blockSize) : (instance.measurementsCache[instance.indexFromElement(row)]?.size ?? ESTIMATED_ROW);
    },
  });

  const rendered = virtualizer.getVirtualItems();
  // Each page's height as laid out now, taken before a fetch that may let a page go, and when the list is left.
  const rememberPageHeights = () => {
    const sizes = rows.map((_, i) => {
      const item = virtualizer.measurementsCache[i];
      return { size: item?.size ?? ESTIMATED_ROW, measured: item !== undefined && virtualizer.itemSizeCache.has(item.key) };
    });
    recordPageHeights(pageHeights, windowPages(firstPage, lastPage), rows, sizes);
  };
  const latestRemember = useRef(rememberPageHeights);
  latestRemember.current = rememberPageHeights;

  useEffect(
    () => () => {
      latestRemember.current();
      layouts.set(listKey, { rows: virtualizer.takeSnapshot(), pageHeights });
    },
    [listKey, virtualizer, pageHeights],
  );

  // The keyboard shortcuts move by index; rows outside the window exist only once scrolled to.
  useEffect(() => {
    const list = listRef.current;
    const onScrollTo = (event: Event) => virtualizer.scrollToIndex((event as CustomEvent<number>).detail);
    list?.addEventListener(SCROLL_TO_INDEX_EVENT, onScrollTo);
    return () => list?.removeEventListener(SCROLL_TO_INDEX_EVENT, onScrollTo);
  }, [virtualizer]);

  // Near either end of the window, the next page that way; never the next one while the reader is going up.
  const firstIndex = rendered[0]?.index ?? 0;
  const lastIndex = rendered.at(-1)?.index ?? 0;
  const direction = virtualizer.scrollDirection;
  useEffect(() => {
    if (!hasMore || loadingMore || moreFailed || direction === 'backward' || lastIndex < rows.length - PREFETCH_ROWS) return;
    latestRemember.current();
    loadMore();
  }, [hasMore, loadingMore, moreFailed, direction, lastIndex, rows.length, loadMore]);
  const offset = virtualizer.scrollOffset;
  const firstRowStart = virtualizer.measurementsCache[0]?.start;
  useEffect(() => {
    // Going back to a list renders it once before its scroll position is restored: that render's offset is not
    // where the reader is, and the window is judged again once the virtualiser has caught up.
    if (!hasPrevious || loadingPrevious || offset !== window.scrollY) return;
    // Going up near the window's start; or at rest with nothing but the pages above the window in view (a jump).
    // Never at rest near the start otherwise: with every row of a page read and hidden, the window's ends can meet.
    const goingUp = direction === 'backward' && firstIndex < PREFETCH_ROWS;
    const aboveRows = direction === null && firstRowStart !== undefined && offset + window.innerHeight < firstRowStart;
    if (!goingUp && !aboveRows) return;
    latestRemember.current();
    loadPrevious();
  }, [hasPrevious, loadingPrevious, direction, offset, firstIndex, firstRowStart, loadPrevious]);

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
      {rows.length === 0 && !hasMore && !hasPrevious && <p className="empty">{t.noUnread}</p>}
      <ul
        ref={listRef}
        className="article-list"
        aria-label={label}
        {...{ [KEYBOARD_LIST_ATTRIBUTE]: '' }}
        data-count={rows.length}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {rendered.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={total}
              aria-posinset={row.position + 1}
              className="article-row"
              style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            >
              <ArticleListItem article={row.article} />
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
