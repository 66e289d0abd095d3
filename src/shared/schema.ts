// The JSON contract between the ingest and the app: types, constants and validators for every data file.

export const DATA_FORMAT_VERSION = 1;

/** Key of the list that holds every article, newest first (the home page). */
export const ALL_ARTICLES_KEY = 'all';

export type Lang = 'zh' | 'en';

export interface CategoryNode {
  /** Display name of this level (group, source or channel). */
  name: string;
  /** Full path from the group down to this node, e.g. ["新媒体", "cnBeta", "最新"]. */
  path: string[];
  /** Folder name of this category's paged list under `lists/`. */
  key: string;
  /** Articles in this category and all its descendants. */
  count: number;
  children: CategoryNode[];
}

export interface Manifest {
  version: typeof DATA_FORMAT_VERSION;
  generatedAt: string;
  articleCount: number;
  pageSize: number;
  categories: CategoryNode[];
}

export interface ArticleSummary {
  id: string;
  title: string;
  /** Group, source, channel (may be shorter). */
  category: string[];
  author: string | null;
  /** ISO 8601 in UTC, or null when the post had no usable date. */
  date: string | null;
  excerpt: string;
  readingMinutes: number;
  /** Image for thumbnails: headimg, thumbnail or the first body image. */
  leadImage: string | null;
  imageCount: number;
  lang: Lang;
}

export interface ListPage {
  key: string;
  /** 1-based page number. */
  page: number;
  pageCount: number;
  total: number;
  items: ArticleSummary[];
}

export interface ArticleLink {
  id: string;
  title: string;
}

export interface Article extends ArticleSummary {
  /** Normalised (not yet sanitised) body HTML. */
  html: string;
  /** Image to show above the body, null when the body already starts with it. */
  heroImage: string | null;
  /** The post file's path relative to the posts folder. */
  sourcePath: string;
  /** Neighbours within the article's own (deepest) category, newest first. */
  newer: ArticleLink | null;
  older: ArticleLink | null;
}

export interface ReportEntry {
  path: string;
  status: 'ok' | 'error';
  id?: string;
  reason?: string;
  line?: number;
}

export interface IngestReport {
  version: typeof DATA_FORMAT_VERSION;
  generatedAt: string;
  accepted: number;
  rejected: number;
  files: ReportEntry[];
}

// --- Search index (docs/data-format.md, "search/") ---

/** `search/meta.json`: read at the first search; says how the terms and documents are split. */
export interface SearchMeta {
  version: typeof DATA_FORMAT_VERSION;
  /** Documents are numbered 0..docCount-1 in home-list order (newest first). */
  docCount: number;
  /** Terms live in `search/terms/<shardOf(term)>.json`. */
  shardCount: number;
  /** Document n's summary is item n % docsPerChunk of `search/docs/<n / docsPerChunk>.json`. */
  docsPerChunk: number;
  /** Distinct groups (first category level; "" for uncategorised posts). */
  groups: string[];
  /** Index into `groups` of each document, for the category filter. */
  docGroups: number[];
}

/** `search/terms/<n>.json`: term -> postings [docGap, weight, docGap, weight, ...] (src/shared/search-ranking.ts). */
export type SearchShard = Record<string, number[]>;

/** `search/docs/<n>.json`: the summaries of one run of documents, to show as results. */
export interface SearchDocs {
  chunk: number;
  items: ArticleSummary[];
}

/** Ids are short, URL-safe and can never name a path outside the data folder. */
export const ARTICLE_ID_PATTERN = /^[A-Za-z0-9_-]{10}$/;
const LIST_KEY_PATTERN = /^(all|c[0-9a-f]{10})$/;

export const dataPaths = {
  manifest: () => 'manifest.json',
  report: () => 'ingest-report.json',
  listPage: (key: string, page: number) => {
    if (!LIST_KEY_PATTERN.test(key)) throw new DataFormatError(`invalid list key ${JSON.stringify(key)}`);
    if (!Number.isInteger(page) || page < 1) throw new DataFormatError(`invalid page ${page}`);
    return `lists/${key}/${page}.json`;
  },
  article: (id: string) => {
    if (!ARTICLE_ID_PATTERN.test(id)) throw new DataFormatError(`invalid article id ${JSON.stringify(id)}`);
    return `articles/${id.slice(0, 1)}/${id}.json`;
  },
  searchMeta: () => 'search/meta.json',
  searchShard: (shard: number) => `search/terms/${wholeNumber(shard, 'shard')}.json`,
  searchDocs: (chunk: number) => `search/docs/${wholeNumber(chunk, 'chunk')}.json`,
};

function wholeNumber(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0) throw new DataFormatError(`invalid ${what} ${value}`);
  return value;
}

export function isArticleId(value: string): boolean {
  return ARTICLE_ID_PATTERN.test(value);
}

export function isListKey(value: string): boolean {
  return LIST_KEY_PATTERN.test(value);
}

/** Thrown when a data file does not match the contract. */
export class DataFormatError extends Error {
  override name = 'DataFormatError';
}

type Json = unknown;

// The small validators below are exported for search-schema.ts, which only the lazily loaded /search route uses.
export function fail(where: string, expected: string): never {
  throw new DataFormatError(`${where}: expected ${expected}`);
}

export function record(value: Json, where: string): Record<string, Json> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'an object');
  return value as Record<string, Json>;
}

export function str(value: Json, where: string): string {
  if (typeof value !== 'string') fail(where, 'a string');
  return value;
}

function strOrNull(value: Json, where: string): string | null {
  return value === null ? null : str(value, where);
}

export function count(value: Json, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(where, 'a whole number');
  return value;
}

export function list<T>(value: Json, where: string, item: (v: Json, w: string) => T): T[] {
  if (!Array.isArray(value)) fail(where, 'an array');
  return value.map((v, i) => item(v, `${where}[${i}]`));
}

export function version(value: Json, where: string): typeof DATA_FORMAT_VERSION {
  if (value !== DATA_FORMAT_VERSION) fail(where, `data format version ${DATA_FORMAT_VERSION}`);
  return DATA_FORMAT_VERSION;
}

function articleId(value: Json, where: string): string {
  const id = str(value, where);
  if (!ARTICLE_ID_PATTERN.test(id)) fail(where, 'an article id');
  return id;
}

/** Only http(s) and same-origin absolute paths may reach an <img>. */
export function isSafeImageUrl(url: string): boolean {
  if (url.startsWith('/') && !url.startsWith('//')) return true;
  return /^https?:\/\/[^\s/]/i.test(url);
}

function imageUrlOrNull(value: Json, where: string): string | null {
  const url = strOrNull(value, where);
  if (url !== null && !isSafeImageUrl(url)) fail(where, 'an http(s) or same-origin image URL');
  return url;
}

function categoryNode(value: Json, where: string): CategoryNode {
  const o = record(value, where);
  const key = str(o.key, `${where}.key`);
  if (!LIST_KEY_PATTERN.test(key)) fail(`${where}.key`, 'a list key');
  return {
    name: str(o.name, `${where}.name`),
    path: list(o.path, `${where}.path`, str),
    key,
    count: count(o.count, `${where}.count`),
    children: list(o.children, `${where}.children`, categoryNode),
  };
}

export function parseManifest(value: Json): Manifest {
  const o = record(value, 'manifest');
  return {
    version: version(o.version, 'manifest.version'),
    generatedAt: str(o.generatedAt, 'manifest.generatedAt'),
    articleCount: count(o.articleCount, 'manifest.articleCount'),
    pageSize: count(o.pageSize, 'manifest.pageSize'),
    categories: list(o.categories, 'manifest.categories', categoryNode),
  };
}

function lang(value: Json, where: string): Lang {
  if (value !== 'zh' && value !== 'en') fail(where, '"zh" or "en"');
  return value;
}

function summaryFields(o: Record<string, Json>, where: string): ArticleSummary {
  return {
    id: articleId(o.id, `${where}.id`),
    title: str(o.title, `${where}.title`),
    category: list(o.category, `${where}.category`, str),
    author: strOrNull(o.author, `${where}.author`),
    date: strOrNull(o.date, `${where}.date`),
    excerpt: str(o.excerpt, `${where}.excerpt`),
    readingMinutes: count(o.readingMinutes, `${where}.readingMinutes`),
    leadImage: imageUrlOrNull(o.leadImage, `${where}.leadImage`),
    imageCount: count(o.imageCount, `${where}.imageCount`),
    lang: lang(o.lang, `${where}.lang`),
  };
}

export function articleSummary(value: Json, where: string): ArticleSummary {
  return summaryFields(record(value, where), where);
}

export function parseListPage(value: Json): ListPage {
  const o = record(value, 'list page');
  const key = str(o.key, 'list page.key');
  if (!LIST_KEY_PATTERN.test(key)) fail('list page.key', 'a list key');
  return {
    key,
    page: count(o.page, 'list page.page'),
    pageCount: count(o.pageCount, 'list page.pageCount'),
    total: count(o.total, 'list page.total'),
    items: list(o.items, 'list page.items', articleSummary),
  };
}

function articleLinkOrNull(value: Json, where: string): ArticleLink | null {
  if (value === null) return null;
  const o = record(value, where);
  return { id: articleId(o.id, `${where}.id`), title: str(o.title, `${where}.title`) };
}

export function parseArticle(value: Json): Article {
  const o = record(value, 'article');
  return {
    ...summaryFields(o, 'article'),
    html: str(o.html, 'article.html'),
    heroImage: imageUrlOrNull(o.heroImage, 'article.heroImage'),
    sourcePath: str(o.sourcePath, 'article.sourcePath'),
    newer: articleLinkOrNull(o.newer, 'article.newer'),
    older: articleLinkOrNull(o.older, 'article.older'),
  };
}

function reportEntry(value: Json, where: string): ReportEntry {
  const o = record(value, where);
  const status = o.status;
  if (status !== 'ok' && status !== 'error') fail(`${where}.status`, '"ok" or "error"');
  const entry: ReportEntry = { path: str(o.path, `${where}.path`), status };
  if (o.id !== undefined) entry.id = articleId(o.id, `${where}.id`);
  if (o.reason !== undefined) entry.reason = str(o.reason, `${where}.reason`);
  if (o.line !== undefined) entry.line = count(o.line, `${where}.line`);
  return entry;
}

export function parseIngestReport(value: Json): IngestReport {
  const o = record(value, 'report');
  return {
    version: version(o.version, 'report.version'),
    generatedAt: str(o.generatedAt, 'report.generatedAt'),
    accepted: count(o.accepted, 'report.accepted'),
    rejected: count(o.rejected, 'report.rejected'),
    files: list(o.files, 'report.files', reportEntry),
  };
}

