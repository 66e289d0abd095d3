// Query options for a paged article list (home or a category): an infinite query over a window of its pages.
import { infiniteQueryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/shared/fetch-json';
import { dataPaths, type ListPage, parseListPage } from '@/shared/schema';

/** How many pages a list holds at once (of 25 articles in the data format): far more than a screen shows. */
export const LIST_WINDOW_PAGES = 12;

export const listQueries = {
  page: (key: string) =>
    infiniteQueryOptions({
      queryKey: ['list', key],
      queryFn: ({ pageParam, signal }) => fetchJson(dataPaths.listPage(key, pageParam), parseListPage, signal),
      initialPageParam: 1,
      getNextPageParam: (last: ListPage) => (last.page < last.pageCount ? last.page + 1 : undefined),
      getPreviousPageParam: (first: ListPage) => (first.page > 1 ? first.page - 1 : undefined),
      // A window of pages, not the whole list: scrolling through 100,000 articles must not keep 100,000 summaries.
      maxPages: LIST_WINDOW_PAGES,
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
