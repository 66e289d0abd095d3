// Stable, short, URL-safe ids: an article's id and a category's list key are hashes of their paths.
import { createHash } from 'node:crypto';

/** The same post path gives the same id on every ingest, on every machine. */
export function articleIdForPath(relativePath: string): string {
  const normalised = relativePath.normalize('NFC').split('\\').join('/');
  return createHash('sha256').update(normalised).digest('base64url').slice(0, 10);
}

/** Folder name of a category's paged list; the separator cannot appear inside a name. */
export function categoryKey(path: readonly string[]): string {
  const hex = createHash('sha256').update(path.join('\u001f')).digest('hex');
  return `c${hex.slice(0, 10)}`;
}
