// Reads one data file: throws HttpError on a bad status and DataFormatError when the JSON breaks the contract.
import { DataFormatError } from '@/shared/schema';

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`HTTP ${status} for ${url}`);
  }
}

/** Where the ingest's data folder is served, next to the app shell. */
export const dataBase = `${import.meta.env.BASE_URL}data/`;

export async function fetchJson<T>(path: string, parse: (value: unknown) => T, signal?: AbortSignal): Promise<T> {
  const url = dataBase + path;
  const res = await fetch(url, { signal });
  if (!res.ok) throw new HttpError(res.status, url);
  // A static server's SPA fallback answers a missing file with index.html and status 200.
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('text/html')) throw new HttpError(404, url);
  return parse(await res.json());
}

/** A missing file or an id that cannot name one: the UI says "not found", not "could not load". */
export function isNotFound(error: unknown): boolean {
  if (error instanceof HttpError) return error.status === 404 || error.status === 410;
  return error instanceof DataFormatError && /^invalid (article id|list key|page)/.test(error.message);
}
