// Every term's postings in a few flat typed arrays: about 8 bytes a posting, a fraction of what arrays of numbers cost.

/** Weights fit in 6 bits (src/shared/search-ranking.ts), so a posting is doc * 64 + weight in one 32-bit slot. */
const WEIGHT_BITS = 64;
const NONE = -1;

/** The same array when it has room for `needed`, else a copy twice its size (checked inline first: this is the hot path). */
function grown(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

export interface PostingStore {
  /** Docs must be added in ascending order for each term. */
  add(term: string, doc: number, weight: number): void;
  terms(): IterableIterator<string>;
  /** A term's postings as a shard stores them, [docGap, weight, ...], already as JSON text (the hot path of writing shards). */
  gapsJson(term: string): string;
  readonly size: number;
}

export function createPostingStore(): PostingStore {
  const termIds = new Map<string, number>();
  // Per term: first and last posting; per posting: the term's next posting (a linked list through one array).
  let heads = new Int32Array(1024);
  let tails = new Int32Array(1024);
  let next = new Int32Array(1 << 16);
  let packed = new Int32Array(1 << 16);
  let size = 0;

  return {
    get size() {
      return size;
    },
    add(term, doc, weight) {
      if (size === next.length) {
        next = grown(next, size + 1);
        packed = grown(packed, size + 1);
      }
      packed[size] = doc * WEIGHT_BITS + weight;
      next[size] = NONE;
      const id = termIds.get(term);
      if (id === undefined) {
        const newId = termIds.size;
        if (newId === heads.length) {
          heads = grown(heads, newId + 1);
          tails = grown(tails, newId + 1);
        }
        termIds.set(term, newId);
        heads[newId] = size;
        tails[newId] = size;
      } else {
        next[tails[id] as number] = size;
        tails[id] = size;
      }
      size++;
    },
    terms: () => termIds.keys(),
    gapsJson(term) {
      const id = termIds.get(term);
      let json = '';
      let previous = 0;
      for (let at = id === undefined ? NONE : (heads[id] as number); at !== NONE; at = next[at] as number) {
        const value = packed[at] as number;
        const doc = Math.floor(value / WEIGHT_BITS);
        json += `${json === '' ? '' : ','}${doc - previous},${value % WEIGHT_BITS}`;
        previous = doc;
      }
      return `[${json}]`;
    },
  };
}
