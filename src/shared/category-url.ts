// Category paths <-> browser URLs (/category/GROUP/SOURCE/CHANNEL, each segment URL-encoded).

export const CATEGORY_PREFIX = '/category/';

export function categoryHref(path: readonly string[]): string {
  return CATEGORY_PREFIX + path.map(encodeURIComponent).join('/');
}

/**
 * The category path in a router pathname (relative to the basename), or null when the address
 * is not a category URL. Segments are decoded one by one, so an encoded "/" stays inside its name.
 */
export function parseCategoryPathname(pathname: string): string[] | null {
  if (!pathname.startsWith(CATEGORY_PREFIX)) return null;
  const segments = pathname.slice(CATEGORY_PREFIX.length).replace(/\/$/, '').split('/');
  if (segments.length < 1 || segments.length > 3 || segments.some((s) => s === '')) return null;
  try {
    return segments.map(decodeURIComponent);
  } catch {
    return null;
  }
}
