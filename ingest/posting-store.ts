// Every term's postings in fixed-size pages of 32-bit slots: about 5 bytes a posting, and growing never copies what is stored.

/** Weights fit in 6 bits (src/shared/search-ranking.ts), so a posting is doc * 64 + weight in one 32-bit slot. */
const WEIGHT_BITS = 64;
const NONE = -1;

/** A block is a link to the term's next block and three postings: a term with one posting wastes 8 bytes. */
const POSTINGS_PER_BLOCK = 3;
const BLOCK_SLOTS = POSTINGS_PER_BLOCK + 1;
/** 2^16 blocks of 16 bytes: pages of 1 MB, allocated as the index grows. */
const PAGE_BLOCK_BITS = 16;
const PAGE_BLOCKS = 1 << PAGE_BLOCK_BITS;

export interface PostingStore {
  /** Docs must be added in ascending order for each term. */
  add(term: string, doc: number, weight: number): void;
  terms(): IterableIterator<string>;
  /** A term's postings as a shard stores them, [docGap, weight, ...], already as JSON text (the hot path of writing shards). */
  gapsJson(term: string): string;
  readonly size: number;
}

/** The same array when it has room for index `at`, else a copy twice its size: per-term arrays, small beside the pages. */
function withRoom<T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(array: T, at: number, make: (length: number) => T): T {
  if (at < array.length) return array;
  const bigger = make(array.length * 2);
  bigger.set(array);
  return bigger;
}

export function createPostingStore(): PostingStore {
  const termIds = new Map<string, number>();
  // Per term: its first and last block, and how many postings its last block holds.
  let heads = new Int32Array(1024);
  let tails = new Int32Array(1024);
  let tailFill = new Uint8Array(1024);
  const pages: Int32Array[] = [];
  let blocks = 0;
  let size = 0;

  const page = (block: number) => pages[block >> PAGE_BLOCK_BITS] as Int32Array;
  const slot = (block: number) => (block & (PAGE_BLOCKS - 1)) * BLOCK_SLOTS;

  const newBlock = (): number => {
    if (blocks === pages.length * PAGE_BLOCKS) pages.push(new Int32Array(PAGE_BLOCKS * BLOCK_SLOTS));
    const block = blocks++;
    page(block)[slot(block)] = NONE;
    return block;
  };

  return {
    get size() {
      return size;
    },
    add(term, doc, weight) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
        heads = withRoom(heads, id, (n) => new Int32Array(n));
        tails = withRoom(tails, id, (n) => new Int32Array(n));
        tailFill = withRoom(tailFill, id, (n) => new Uint8Array(n));
        const first = newBlock();
        heads[id] = first;
        tails[id] = first;
        tailFill[id] = 0;
      }
      let block = tails[id] as number;
      let fill = tailFill[id] as number;
      if (fill === POSTINGS_PER_BLOCK) {
        const added = newBlock();
        page(block)[slot(block)] = added;
        tails[id] = added;
        block = added;
        fill = 0;
      }
      page(block)[slot(block) + 1 + fill] = doc * WEIGHT_BITS + weight;
      tailFill[id] = fill + 1;
      size++;
    },
    terms: () => termIds.keys(),
    gapsJson(term) {
      const id = termIds.get(term);
      if (id === undefined) return '[]';
      let json = '';
      let previous = 0;
      for (let block = heads[id] as number; block !== NONE; ) {
        const values = page(block);
        const at = slot(block);
        const count = block === tails[id] ? (tailFill[id] as number) : POSTINGS_PER_BLOCK;
        for (let i = 0; i < count; i++) {
          const value = values[at + 1 + i] as number;
          const doc = Math.floor(value / WEIGHT_BITS);
          json += `${json === '' ? '' : ','}${doc - previous},${value % WEIGHT_BITS}`;
          previous = doc;
        }
        block = values[at] as number;
      }
      return `[${json}]`;
    },
  };
}
