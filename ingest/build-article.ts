// Turns one post file into an article: a cheap first look (metadata for ordering) and the full build (body, stats).
import path from 'node:path';
import type { Article, ArticleLink, ArticleSummary } from '@/shared/schema';
import { detectLang, excerpt, readingMinutes } from '@/shared/text-stats';
import { articleIdForPath } from './article-id';
import { categoryPath } from './category-tree';
import { normaliseBody } from './normalise-body';
import { normaliseImageUrl, sameImage } from './image-url';
import { type TimeZone, parsePostDate } from './parse-date';
import { PostError, parsePost, splitPost } from './parse-post';
import { errorReason } from './scan-posts';

/** Posts larger than this are rejected unread: no news article is this big, and memory stays bounded. */
export const MAX_POST_BYTES = 4 * 1024 * 1024;

/** What the first pass keeps of a post: enough to order the lists and name neighbours. */
export interface PostOutline {
  id: string;
  relativePath: string;
  title: string;
  category: string[];
  author: string | null;
  date: string | null;
  leadImageFromFields: string | null;
}

export class RejectedPost extends Error {
  override name = 'RejectedPost';
  constructor(
    reason: string,
    readonly line?: number,
  ) {
    super(reason);
  }
}

/** Why a post was turned away, as the report and the job results carry it. */
export interface Rejection {
  reason: string;
  line?: number;
}

/** A post's own fault keeps its line; anything else (a read error, a bug) is reported by its message. */
export function rejectionOf(error: unknown): Rejection {
  if (error instanceof RejectedPost) return { reason: error.message, ...(error.line ? { line: error.line } : {}) };
  return { reason: errorReason(error) };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a post's bytes, rejecting what is not text. */
export function decodePost(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new RejectedPost('binary file: contains NUL bytes', 1);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new RejectedPost('not valid UTF-8 text', lineOfFirstInvalidByte(bytes));
  }
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    try {
      utf8.decode(bytes.subarray(0, middle));
      low = middle;
    } catch {
      high = middle;
    }
  }
  let line = 1;
  for (let i = 0; i < low; i++) if (bytes[i] === 10) line++;
  return line;
}

function titleFromFileName(relativePath: string): string {
  const name = path.posix.basename(relativePath);
  return name.toLowerCase() === '.md' ? '' : name.slice(0, name.length - path.posix.extname(name).length).trim();
}

/** Categories from the front matter, or else from the folders the post sits in. */
function categoryOf(fields: string[], relativePath: string): string[] {
  const fromFields = categoryPath(fields);
  return fromFields.length > 0 ? fromFields : categoryPath(path.posix.dirname(relativePath).split('/').filter((d) => d !== '.'));
}

/** Runs a parse step, turning a post's own faults into a rejection that names the line. */
function asRejection<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof PostError) throw new RejectedPost(error.message, error.line);
    throw error;
  }
}

export function outlinePost(relativePath: string, text: string, zone: TimeZone): PostOutline {
  const { fields } = asRejection(() => parsePost(text));
  return {
    id: articleIdForPath(relativePath),
    relativePath,
    title: fields.title ?? titleFromFileName(relativePath),
    category: categoryOf(fields.categories, relativePath),
    author: fields.author,
    date: parsePostDate(fields.date, zone),
    leadImageFromFields: normaliseImageUrl(fields.headimg) ?? normaliseImageUrl(fields.thumbnail),
  };
}

export interface Neighbours {
  newer: ArticleLink | null;
  older: ArticleLink | null;
}

/** The article file, and its body as plain text for the search index. */
export interface BuiltArticle {
  article: Article;
  plainText: string;
}

/** The outline already holds the front matter's fields, so only the body is cut out here (no YAML again). */
export function buildArticle(outline: PostOutline, text: string, neighbours: Neighbours): BuiltArticle {
  const { body } = asRejection(() => splitPost(text));
  const normalised = normaliseBody(body);
  // Feeds often copy the body's first image into headimg; when that was an avatar the body dropped, it goes too.
  const fieldsImage = normalised.furnitureImages.some((src) => outline.leadImageFromFields !== null && sameImage(src, outline.leadImageFromFields))
    ? null
    : outline.leadImageFromFields;
  const leadImage = fieldsImage ?? normalised.images[0] ?? null;
  // A headimg that the body shows anyway (usually as its first image) is not shown a second time.
  const bodyShowsFieldsImage = fieldsImage !== null && normalised.images.some((src) => sameImage(src, fieldsImage));
  const summary: ArticleSummary = {
    id: outline.id,
    title: outline.title,
    category: outline.category,
    author: outline.author,
    date: outline.date,
    excerpt: excerpt(normalised.text),
    readingMinutes: readingMinutes(normalised.text),
    leadImage,
    imageCount: normalised.images.length,
    lang: detectLang(`${outline.title}\n${normalised.text}`),
  };
  const article: Article = {
    ...summary,
    html: normalised.html,
    heroImage: bodyShowsFieldsImage ? null : fieldsImage,
    sourcePath: outline.relativePath,
    newer: neighbours.newer,
    older: neighbours.older,
  };
  return { article, plainText: normalised.text };
}

export function summaryOf(article: Article): ArticleSummary {
  const { id, title, category, author, date, excerpt, readingMinutes, leadImage, imageCount, lang } = article;
  return { id, title, category, author, date, excerpt, readingMinutes, leadImage, imageCount, lang };
}
