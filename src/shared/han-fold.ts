// Folds Traditional Chinese characters to Simplified (OpenCC's character table), so 動漫 and 动漫 are one search term.
import traditionalToSimplified from 'opencc-js/dict/TSCharacters';

let table: Map<string, string> | null = null;

/** "繁 简|…" pairs; a character with several Simplified forms folds to the first. Built on first use. */
function foldTable(): Map<string, string> {
  if (table === null) {
    table = new Map();
    for (const pair of traditionalToSimplified.split('|')) {
      const [from, to] = pair.split(' ');
      if (from && to) table.set(from, to);
    }
  }
  return table;
}

/** One character (a code point, as a string) in its Simplified form; others are returned as they are. */
export function foldHan(char: string): string {
  return foldTable().get(char) ?? char;
}
