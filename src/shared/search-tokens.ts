// The one search tokeniser, shared by the ingest (index) and the app (queries, highlights), so the two cannot drift.
import { fnv1a } from './fnv1a';
import { foldHan } from './han-fold';

/**
 * Chinese is cut into overlapping character bigrams (a run of one character stays a unigram),
 * Traditional characters folded to Simplified so either form finds both,
 * other scripts into lower-cased words with a light plural stemmer. With `unigrams`, every CJK
 * character is also a term of its own: the ingest does this for titles and categories only, so a
 * one-character query finds titles without doubling the index (docs/decisions/005-search-index.md).
 */
export interface TokenOptions {
  unigrams?: boolean;
}

/** Called for every term with its UTF-16 span in the text as given, so highlights land on the original characters. */
export type TermSink = (term: string, start: number, end: number) => void;

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

const OTHER = 1;
const WORD = 2;
const CJK = 3;

// A Unicode-property test per character is slow; each BMP unit is classified once and remembered.
const unitKinds = new Uint8Array(0x10000);

function classify(char: string): number {
  if (CJK_CHAR.test(char)) return CJK;
  return WORD_CHAR.test(char) ? WORD : OTHER;
}

function kindAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff) return classify(String.fromCodePoint(text.codePointAt(index) ?? unit));
  let kind = unitKinds[unit] ?? 0;
  if (kind === 0) {
    kind = classify(String.fromCharCode(unit));
    unitKinds[unit] = kind;
  }
  return kind;
}

/** "stories" -> "story", "ships" -> "ship", "harbor's" -> "harbor"; "glass", "bus", "this" stay. */
export function stem(word: string): string {
  let w = word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

// Words hold only letters, digits, marks and apostrophes, so anything outside printable ASCII means "not plain ASCII".
const NOT_PLAIN_ASCII = /[^ -~]/;

/** NFKC folds full-width letters and digits to ASCII and composes accents (plain ASCII needs only lower-casing). */
function foldWord(word: string): string {
  return (NOT_PLAIN_ASCII.test(word) ? word.normalize('NFKC') : word).toLowerCase();
}

function emitCjkRun(text: string, start: number, end: number, unigrams: boolean, sink: TermSink): void {
  const chars: number[] = [];
  for (let i = start; i < end; i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1) chars.push(i);
  chars.push(end);
  const count = chars.length - 1;
  // Terms are made of folded characters (Traditional to Simplified); spans stay on the text as written.
  const folded = chars.slice(0, count).map((from, c) => foldHan(text.slice(from, chars[c + 1])));
  for (let c = 0; c < count; c++) {
    const from = chars[c] as number;
    const to = chars[c + 1] as number;
    if (unigrams || count === 1) sink(folded[c] as string, from, to);
    if (c + 1 < count) sink(`${folded[c]}${folded[c + 1]}`, from, chars[c + 2] as number);
  }
}

/** Feeds every term of a text to `sink`, in order. */
export function scanTerms(text: string, options: TokenOptions, sink: TermSink): void {
  const unigrams = options.unigrams ?? false;
  let i = 0;
  while (i < text.length) {
    const kind = kindAt(text, i);
    const width = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
    if (kind === OTHER) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    // Apostrophes inside a word keep "harbor's" together so the stemmer can drop the possessive.
    while (i < text.length) {
      const next = kindAt(text, i);
      if (next === kind) i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
      else if (kind === WORD && (text[i] === "'" || text[i] === '’') && kindAt(text, i + 1) === WORD) i++;
      else break;
    }
    if (kind === CJK) emitCjkRun(text, start, i, unigrams, sink);
    else sink(stem(foldWord(text.slice(start, i))), start, i);
  }
}

/** Each distinct term of a text with how often it occurs: what the index stores for one field. */
export function termCounts(text: string, options: TokenOptions = {}): Map<string, number> {
  const counts = new Map<string, number>();
  scanTerms(text, options, (term) => counts.set(term, (counts.get(term) ?? 0) + 1));
  return counts;
}

/** The distinct terms of a query, in order; a lone CJK character becomes a unigram, longer runs bigrams. */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  scanTerms(query, {}, (term) => terms.add(term));
  return [...terms];
}

/** Which term shard holds a term: FNV-1a over its UTF-16 units, the same number in Node and every browser. */
export function shardOf(term: string, shardCount: number): number {
  return fnv1a(term) % shardCount;
}
