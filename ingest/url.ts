// URL clean-up shared by images, links and embeds: trimming, protocol-relative fixes, CORS-proxy unwrapping.

const HTTP_URL = /^https?:\/\//i;
// Browsers drop tabs and newlines inside URLs; scraped attributes often contain them.
const URL_NOISE = /[\t\n\r]/g;
const ENCODED_HTTP = /^https?%3a%2f%2f/i;

export function isHttpUrl(url: string): boolean {
  return HTTP_URL.test(url);
}

/**
 * Trims a scraped URL, gives protocol-relative ones https and unwraps proxy URLs whose whole query
 * is the real URL (`https://cors.zfour.workers.dev/?http://img…`): the proxy is a feed-mirroring
 * workaround, not part of the article, and often no longer answers.
 */
export function cleanUrl(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  let url = raw.replace(URL_NOISE, '').trim();
  if (url === '') return null;
  if (url.startsWith('//')) url = `https:${url}`;
  // A proxy can wrap a proxy; three rounds is plenty and keeps a malicious chain from looping.
  for (let round = 0; round < 3; round++) {
    const inner = proxiedUrl(url);
    if (inner === null) break;
    url = inner;
  }
  return url;
}

function proxiedUrl(url: string): string | null {
  if (!isHttpUrl(url)) return null;
  const query = url.indexOf('?');
  if (query < 0) return null;
  const rest = url.slice(query + 1);
  if (isHttpUrl(rest)) return rest;
  if (ENCODED_HTTP.test(rest)) {
    try {
      return decodeURIComponent(rest);
    } catch {
      return null;
    }
  }
  return null;
}

/** Video and audio sources: web URLs only; http kept as is, since many media hosts have no https. */
export function normaliseMediaUrl(raw: string | null | undefined): string | null {
  const url = cleanUrl(raw);
  if (url === null) return null;
  if (isHttpUrl(url)) return url;
  return url.startsWith('/') ? url : null;
}

/** Iframe embeds: https only, because the reader is served over https and blocks mixed frames. */
export function normaliseEmbedUrl(raw: string | null | undefined): string | null {
  const url = cleanUrl(raw);
  if (url === null || !isHttpUrl(url)) return null;
  return url.slice(0, 5).toLowerCase() === 'http:' ? `https:${url.slice(5)}` : url;
}
