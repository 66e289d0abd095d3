// Cleans a link's href: web and mail links only, with tracking and "you are leaving" redirects unwrapped.
import { cleanUrl, isHttpUrl } from './url';

interface Redirect {
  /** Only URLs whose path starts with this are redirects (other pages on the host are real). */
  path: string;
  /** Query parameter that holds the destination. */
  param: string;
}

// Hosts whose redirect pages carry the destination in the query string, as seen in feeds.
const REDIRECTS: ReadonlyMap<string, Redirect> = new Map([
  ['links.jianshu.com', { path: '/go', param: 'to' }],
  ['link.zhihu.com', { path: '/', param: 'target' }],
  ['link.juejin.cn', { path: '/', param: 'target' }],
  ['c.duomai.com', { path: '/track.php', param: 't' }],
  ['www.google.com', { path: '/url', param: 'q' }],
  ['l.facebook.com', { path: '/l.php', param: 'u' }],
  ['steamcommunity.com', { path: '/linkfilter', param: 'url' }],
  ['www.douban.com', { path: '/link2', param: 'url' }],
]);

const KEPT_SCHEMES = /^(mailto|tel):/i;

/** The href to keep, or null when the link leads nowhere useful (script, in-page anchor, relative path). */
export function normaliseLinkUrl(href: string | null | undefined): string | null {
  const url = cleanUrl(href);
  if (url === null) return null;
  if (KEPT_SCHEMES.test(url)) return url;
  // Relative and in-page links pointed into the source site, which the reader does not mirror.
  if (!isHttpUrl(url)) return null;
  return unwrapRedirect(url) ?? url;
}

function unwrapRedirect(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const redirect = REDIRECTS.get(parsed.hostname.toLowerCase());
  if (redirect === undefined || !parsed.pathname.startsWith(redirect.path)) return null;
  const target = cleanUrl(parsed.searchParams.get(redirect.param));
  return target !== null && isHttpUrl(target) ? target : null;
}
