// Query options for one article's full JSON; every useQuery, loader and prefetch goes through here.
import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/shared/fetch-json';
import { dataPaths, parseArticle } from '@/shared/schema';

export const articleQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: ['article', id],
      // dataPaths.article throws for an id that cannot exist, which the UI shows as "not found".
      queryFn: ({ signal }) => fetchJson(dataPaths.article(id), parseArticle, signal),
      // Data files change only with a new deployment.
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
