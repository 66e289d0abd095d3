// Plain-text measures shared by the ingest and the app: excerpts, reading time, language and CJK counts.
import type { Lang } from '@/shared/schema';

/** Han, kana and Hangul: scripts read character by character rather than word by word. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Inside a word these keep "don't", "3.14" and "e-mail" whole. */
const JOINERS = "'’.-";
const SPACE = /\s/;

const CJK_PER_MINUTE = 500;
const WORDS_PER_MINUTE = 250;

// Character kinds; 0 marks a UTF-16 unit not classified yet.
const OTHER = 1;
const WORD = 2;
const CJK = 3;
const JOINER = 4;

function classify(char: string): number {
  if (CJK_CHAR.test(char)) return CJK;
  if (JOINERS.includes(char)) return JOINER;
  return WORD_CHAR.test(char) ? WORD : OTHER;
}

// Unicode-property regexes cost ~30 ns a character; classifying each UTF-16 unit once and
// remembering it makes a whole body cost a few microseconds, which the ingest's budget needs.
const unitKinds = new Uint8Array(0x10000);

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Kind of the character starting at `index`; characters outside the BMP are rare and not remembered. */
function kindAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (isHighSurrogate(unit)) return classify(String.fromCodePoint(text.codePointAt(index) ?? unit));
  let kind = unitKinds[unit] ?? 0;
  if (kind === 0) {
    kind = classify(String.fromCharCode(unit));
    unitKinds[unit] = kind;
  }
  return kind;
}

/** CJK characters and the words of everything else: the two units people read in. */
function tally(text: string): { cjk: number; words: number } {
  let cjk = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += isHighSurrogate(text.charCodeAt(i)) ? 2 : 1) {
    const kind = kindAt(text, i);
    if (kind === CJK) {
      cjk += 1;
      inWord = false;
    } else if (kind === WORD) {
      if (!inWord) words += 1;
      inWord = true;
    } else if (!(inWord && kind === JOINER && i + 1 < text.length && kindAt(text, i + 1) === WORD)) {
      inWord = false;
    }
  }
  return { cjk, words };
}

export function countCjk(text: string): number {
  return tally(text).cjk;
}

export function readingMinutes(text: string): number {
  const { cjk, words } = tally(text);
  if (cjk + words === 0) return text.trim() === '' ? 0 : 1;
  return Math.max(1, Math.ceil(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
}

/**
 * 'zh' when CJK characters are a fifth of the reading units, or 30+ characters and a twentieth
 * (a Chinese post full of English code). Japanese and Korean also give 'zh': the schema has only
 * zh|en, and a CJK language tag gets CJK fonts and line breaking where 'en' would get neither.
 */
export function detectLang(text: string): Lang {
  const { cjk, words } = tally(text);
  const share = cjk / Math.max(1, cjk + words);
  return share >= 0.2 || (cjk >= 30 && share >= 0.05) ? 'zh' : 'en';
}

const ELLIPSIS = '…';
const TRAILING_PUNCTUATION = /[\s,，、;；:：\-–—]+$/u;

/**
 * The start of `text` on one line, at most `maxLength` characters (each CJK character, letter or
 * emoji counts one) including the '…' added when it is cut. Words of spaced scripts are not cut in half; CJK text is cut anywhere.
 */
export function excerpt(text: string, maxLength = 120): string {
  const limit = Math.max(1, Math.floor(maxLength));
  // Only the first limit + 1 characters matter, so long bodies are never collapsed whole.
  const chars: string[] = [];
  let pendingSpace = false;
  for (const char of text) {
    if (SPACE.test(char)) {
      pendingSpace = chars.length > 0;
      continue;
    }
    if (pendingSpace) chars.push(' ');
    pendingSpace = false;
    chars.push(char);
    if (chars.length > limit) break;
  }
  if (chars.length <= limit) return chars.join('');

  const kept = chars.slice(0, limit - 1);
  if (isSpacedWordChar(chars[limit - 1]) && isSpacedWordChar(kept.at(-1))) {
    let wordStart = kept.length;
    while (wordStart > 0 && isSpacedWordChar(kept[wordStart - 1])) wordStart -= 1;
    // One huge token (a URL, a hash) is cut anyway rather than leave an almost empty excerpt.
    if (wordStart >= kept.length / 2) kept.length = wordStart;
  }
  return kept.join('').replace(TRAILING_PUNCTUATION, '') + ELLIPSIS;
}

/** A letter or digit of a script written with spaces between words (not CJK). */
function isSpacedWordChar(char: string | undefined): boolean {
  return char !== undefined && kindAt(char, 0) === WORD;
}
