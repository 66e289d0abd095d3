// Decides whether a scraped image URL points at a real picture, and in which form to keep it.
import { cleanUrl, isHttpUrl } from './url';

// Random stock-photo and placeholder services: feeds use them when a post has no image of its own.
const PLACEHOLDER_HOSTS = [
  'picsum.photos',
  'placeholder.com',
  'placehold.co',
  'placehold.it',
  'dummyimage.com',
  'loremflickr.com',
  'placekitten.com',
  'fakeimg.pl',
];

// A path that ends in a JavaScript value printed by mistake (`https://www.gameres.com/undefined`).
const BOGUS_PATH = /\/(undefined|null|none|false|\[object%20object\]|\[object object\])$/i;
// Lazy-loading stand-ins: spinners, blanks and one-pixel spacers.
const PLACEHOLDER_FILE = /(^|[/_.-])(loading|loader|blank|spacer|placeholder|lazy|lazyload|grey|gray|pixel|transparent|1x1)\.(gif|png|svg|jpe?g|webp)$/i;
// Real inline images are kilobytes long; a data URI this short is a blank or a spinner.
const MIN_DATA_URI_LENGTH = 256;

export function normaliseImageUrl(url: string | null | undefined): string | null {
  const cleaned = cleanUrl(url);
  if (cleaned === null) return null;
  if (cleaned.slice(0, 5).toLowerCase() === 'data:') return isRealDataImage(cleaned) ? cleaned : null;
  // Root-relative paths are the reader's own files (the bundled demo images live under /demo/).
  if (cleaned.startsWith('/')) return isPlaceholderPath(cleaned) ? null : cleaned;
  if (!isHttpUrl(cleaned)) return null;
  let parsed: URL;
  try {
    parsed = new URL(cleaned);
  } catch {
    return null;
  }
  if (parsed.hostname === '' || isPlaceholderHost(parsed.hostname)) return null;
  return isPlaceholderPath(parsed.pathname) ? null : cleaned;
}

/** Whether two image URLs name the same file, whatever their protocol or proxy wrapping. */
export function sameImage(a: string, b: string): boolean {
  const first = normaliseImageUrl(a);
  const second = normaliseImageUrl(b);
  if (first === null || second === null) return false;
  return imageKey(first) === imageKey(second);
}

function imageKey(url: string): string {
  if (!isHttpUrl(url)) return url;
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}${parsed.search}`;
}

function isRealDataImage(url: string): boolean {
  return url.slice(0, 11).toLowerCase() === 'data:image/' && url.length >= MIN_DATA_URI_LENGTH;
}

function isPlaceholderHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return PLACEHOLDER_HOSTS.some((placeholder) => host === placeholder || host.endsWith(`.${placeholder}`));
}

function isPlaceholderPath(path: string): boolean {
  const end = path.search(/[?#]/);
  const bare = end < 0 ? path : path.slice(0, end);
  return BOGUS_PATH.test(bare) || PLACEHOLDER_FILE.test(bare);
}
