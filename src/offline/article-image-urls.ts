// The images an article file shows (lead, hero and every <img> in its body), as absolute URLs, read with a real HTML parser.
import { Parser } from 'htmlparser2';

/** Only http(s) images can be fetched into a cache; data: URLs are already inside the article file. */
function absolute(src: string, base: string): string | null {
  try {
    const url = new URL(src, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function articleImageUrls(article: unknown, base: string): string[] {
  if (typeof article !== 'object' || article === null) return [];
  const { leadImage, heroImage, html } = article as Record<string, unknown>;
  const sources: string[] = [];
  for (const value of [leadImage, heroImage]) if (typeof value === 'string') sources.push(value);
  if (typeof html === 'string') {
    const parser = new Parser({
      onopentag(name, attributes) {
        if (name === 'img' && attributes.src) sources.push(attributes.src);
      },
    });
    parser.end(html);
  }
  const urls = sources.flatMap((src) => absolute(src, base) ?? []);
  return [...new Set(urls)];
}
