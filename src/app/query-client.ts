// The app's single QueryClient; freshness lives in each query-options factory, retries are decided here.
import { QueryClient } from '@tanstack/react-query';
import { isNotFound } from '@/shared/fetch-json';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      gcTime: 30 * 60_000,
      refetchOnWindowFocus: false,
      // A missing file will not appear on a second try; a flaky network might recover.
      retry: (failures, error) => !isNotFound(error) && failures < 2,
    },
  },
});
