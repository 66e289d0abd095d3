// Query options for the manifest: the category tree, counts and page size.
import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/shared/fetch-json';
import { dataPaths, parseManifest } from '@/shared/schema';

export function manifestQuery() {
  return queryOptions({
    queryKey: ['manifest'],
    queryFn: ({ signal }) => fetchJson(dataPaths.manifest(), parseManifest, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
