// Query options for a paged article list (home or a category) as one infinite query over its pages.
import { infiniteQueryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/shared/fetch-json';
import { dataPaths, type ListPage, parseListPage } from '@/shared/schema';

export const listQueries = {
  page: (key: string) =>
    infiniteQueryOptions({
      queryKey: ['list', key],
      queryFn: ({ pageParam, signal }) => fetchJson(dataPaths.listPage(key, pageParam), parseListPage, signal),
      initialPageParam: 1,
      getNextPageParam: (last: ListPage) => (last.page < last.pageCount ? last.page + 1 : undefined),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
