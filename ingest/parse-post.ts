// Splits a post file into its front-matter fields and body, tolerating the broken YAML that feed generators write.
import { FAILSAFE_SCHEMA, load, YAMLException } from 'js-yaml';

export interface PostFields {
  /** Whitespace runs (newlines included) collapsed to one space; null when empty. */
  title: string | null;
  /** Group, source, channel as written; may be shorter or empty. */
  categories: string[];
  author: string | null;
  /** The raw date text; `parsePostDate` makes sense of it. */
  date: string | null;
  headimg: string | null;
  thumbnail: string | null;
}

export interface ParsedPost {
  fields: PostFields;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

/** A post that cannot be read; `line` is 1-based in the file. */
export class PostError extends Error {
  override name = 'PostError';
  readonly line: number | undefined;

  constructor(reason: string, line?: number) {
    super(reason);
    this.line = line;
  }
}

const MAX_TITLE = 1000;
const MAX_NAME = 200;
const MAX_URL = 2000;
const MAX_CATEGORIES = 20;

function noFields(): PostFields {
  return { title: null, categories: [], author: null, date: null, headimg: null, thumbnail: null };
}

const OPENING = /---[ \t]*(?:\r?\n|$)/y;
const CLOSING = /^---[ \t]*\r?$/gm;

/** A post cut at its front matter, before any YAML is read. */
export interface SplitPost {
  /** The text between the two `---` lines. */
  block: string;
  /** 1-based line of the file where the block starts. */
  blockLine: number;
  body: string;
  bodyLine: number;
}

/** Finds the front matter and the body without reading the YAML: all the second pass needs. */
export function splitPost(source: string): SplitPost {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const start = text.search(/\S/);
  if (start === -1) throw new PostError('empty file', 1);

  OPENING.lastIndex = start;
  const opening = OPENING.exec(text);
  // A README or note beside the posts is not a post; say so rather than list it as an article.
  if (opening === null) throw new PostError('not a post: no front matter (a --- line) at the top', 1 + countNewlines(text, 0, start));

  const openingLine = 1 + countNewlines(text, 0, start);
  const blockStart = start + opening[0].length;
  CLOSING.lastIndex = blockStart;
  const closing = CLOSING.exec(text);
  if (closing === null) throw new PostError('front matter is not closed', openingLine);

  const block = text.slice(blockStart, closing.index);
  const closingLine = openingLine + 1 + countNewlines(block, 0, block.length);
  let bodyStart = closing.index + closing[0].length;
  if (text.charCodeAt(bodyStart) === 10) bodyStart += 1;

  return { block, blockLine: openingLine + 1, body: text.slice(bodyStart), bodyLine: closingLine + 1 };
}

export function parsePost(source: string): ParsedPost {
  const { block, blockLine, body, bodyLine } = splitPost(source);
  return { fields: readFields(block, blockLine), body, bodyLine };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

/** `firstLine` is the file line of the block's first line, for error messages. */
function readFields(block: string, firstLine: number): PostFields {
  let data: unknown;
  try {
    // FAILSAFE keeps every scalar as the exact text written: `title: 1.50` stays "1.50", dates stay strings.
    // js-yaml shares aliased nodes instead of copying them, and toFields never walks nested lists, so alias bombs stay small.
    data = load(block, { schema: FAILSAFE_SCHEMA, json: true });
  } catch (error) {
    const loose = readLoosely(block);
    if (loose !== null) return toFields(loose);
    const reason = error instanceof YAMLException ? error.reason : 'it is nested too deeply';
    const line = error instanceof YAMLException ? firstLine + error.mark.line : firstLine;
    throw new PostError(`front matter is not valid YAML: ${reason}`, line);
  }
  if (data === undefined || data === null) return noFields();
  if (typeof data !== 'object' || Array.isArray(data)) {
    const offset = block.split('\n').findIndex((line) => line.trim() !== '');
    throw new PostError('front matter is not a list of "key: value" fields', firstLine + Math.max(0, offset));
  }
  return toFields(data as Record<string, unknown>);
}

function toFields(data: Record<string, unknown>): PostFields {
  return {
    title: clip(oneLine(data.title), MAX_TITLE),
    categories: toCategories(data.categories),
    author: clip(oneLine(data.author), MAX_NAME),
    date: clip(oneLine(data.date), MAX_NAME),
    headimg: toUrl(data.headimg),
    thumbnail: toUrl(data.thumbnail),
  };
}

/** Text on one line, or null for empty, missing and non-text values (lists, maps). */
function oneLine(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  return text === '' ? null : text;
}

function clip(text: string | null, max: number): string | null {
  if (text === null || text.length <= max) return text;
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end).trimEnd();
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

// Some channels are written as a sub-item ("- — news"); the dash is list decoration, not part of the name.
const LEADING_DASH = /^[-\u2013\u2014\u2015]+(?:\s+|$)/u;

function toCategories(value: unknown): string[] {
  const items = Array.isArray(value) ? value.slice(0, MAX_CATEGORIES) : [value];
  const names: string[] = [];
  for (const item of items) {
    const name = clip(oneLine(item)?.replace(LEADING_DASH, '') || null, MAX_NAME);
    if (name !== null) names.push(name);
  }
  return names;
}

/** A cut-off URL would point somewhere else, so an over-long one is dropped, not shortened. */
function toUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const url = value.trim();
  return url === '' || url.length > MAX_URL ? null : url;
}

// ---- The tolerant reader: used only when js-yaml rejects the block. ----

const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
const LIST_ITEM = /^[ \t]*-(?:[ \t]+(.*?))?[ \t]*$/;
// Only a bracketed value with no brackets inside is a list: `[公告] 新版 [更新]` is a title.
const FLOW_LIST = /^\[[^[\]]*\]$/;

/**
 * Reads `key: value` lines the way a person would: quoted values may hold stray quotes or span lines,
 * `key:` may be followed by `- item` lines. Returns null when there is not a single `key:` line.
 */
function readLoosely(block: string): Record<string, unknown> | null {
  const lines = block.split(/\r?\n/);
  const data: Record<string, unknown> = Object.create(null);
  let found = false;
  for (let i = 0; i < lines.length; i += 1) {
    const match = KEY_LINE.exec(lines[i] ?? '');
    if (match === null) continue;
    const [, key = '', value = ''] = match;
    found = true;
    if (value === '') {
      const items: string[] = [];
      for (let item = LIST_ITEM.exec(lines[i + 1] ?? ''); item !== null; item = LIST_ITEM.exec(lines[i + 1] ?? '')) {
        items.push(inlineScalar(item[1] ?? ''));
        i += 1;
      }
      data[key] = items.length > 0 ? items : null;
    } else if (FLOW_LIST.test(value)) {
      data[key] = value.slice(1, -1).split(',').map((item) => inlineScalar(item.trim()));
    } else if (value.startsWith("'") || value.startsWith('"')) {
      const end = closingLine(lines, i, value);
      data[key] = end === i ? inlineScalar(value) : quotedLines(lines, i, end, value);
      i = end;
    } else {
      const end = plainContinuation(lines, i);
      data[key] = fold([value, ...lines.slice(i + 1, end + 1)]).replace(/\s+#.*$/, '');
      i = end;
    }
  }
  return found ? data : null;
}

/** A value on one line: quoted (stray inner quotes kept), or plain. */
function inlineScalar(value: string): string {
  const quote = value[0];
  if (quote !== "'" && quote !== '"') return value.replace(/\s+#.*$/, '');
  const inner = value.length > 1 && value.endsWith(quote) ? value.slice(1, -1) : value.slice(1);
  return unquoteEscapes(inner, quote);
}

/** Line where a quoted value that starts on line `first` ends; `first` itself when it never closes. */
function closingLine(lines: readonly string[], first: number, value: string): number {
  const quote = value[0] ?? '';
  if (value.length > 1 && value.endsWith(quote)) return first;
  for (let i = first + 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    // A new field means the quote was never closed; do not swallow the rest of the front matter.
    if (KEY_LINE.test(line)) return first;
    if (line.trimEnd().endsWith(quote)) return i;
  }
  return first;
}

function quotedLines(lines: readonly string[], first: number, last: number, value: string): string {
  const quote = value[0] ?? '';
  const parts = [value.slice(1), ...lines.slice(first + 1, last + 1)];
  const closed = (parts.pop() ?? '').trimEnd();
  parts.push(closed.slice(0, -1));
  return unquoteEscapes(fold(parts), quote);
}

/** Last line of a plain value: following indented lines that are not list items continue it. */
function plainContinuation(lines: readonly string[], first: number): number {
  let last = first;
  while (/^[ \t]+\S/.test(lines[last + 1] ?? '') && !LIST_ITEM.test(lines[last + 1] ?? '')) last += 1;
  return last;
}

/** YAML line folding: a single line break becomes a space, each blank line a newline. */
function fold(parts: readonly string[]): string {
  let text = (parts[0] ?? '').trimEnd();
  let blank = 0;
  for (const part of parts.slice(1)) {
    const line = part.trim();
    if (line === '') {
      blank += 1;
      continue;
    }
    text += blank > 0 ? '\n'.repeat(blank) : ' ';
    text += line;
    blank = 0;
  }
  return text;
}

const DOUBLE_QUOTED_ESCAPES: Record<string, string> = { n: '\n', t: '\t' };

function unquoteEscapes(text: string, quote: string): string {
  if (quote === "'") return text.replaceAll("''", "'");
  return text.replace(/\\(.)/gu, (_, char: string) => DOUBLE_QUOTED_ESCAPES[char] ?? char);
}
