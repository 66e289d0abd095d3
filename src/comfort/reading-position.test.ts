import { describe, expect, it } from 'vitest';
import { createPositionStore, POSITIONS_CAP, POSITIONS_KEY } from '@/comfort/position-store';
import { anchorAt, offsetOf, readingBlocks } from '@/comfort/reading-position';
import { memoryStorage as memory } from '@/test/memory-storage';

const blocks = [
  { top: 100, height: 50 },
  { top: 170, height: 100 },
  { top: 290, height: 40 },
];

describe('anchorAt / offsetOf', () => {
  it('names the block under the reading line and how far through it', () => {
    expect(anchorAt(blocks, 220)).toEqual({ p: 1, f: 0.5 });
    expect(anchorAt(blocks, 160)).toEqual({ p: 1, f: 0 }); // in the gap: the next block's start
    expect(anchorAt(blocks, 50)).toBeNull();
    expect(anchorAt(blocks, 999)).toEqual({ p: 2, f: 1 });
    expect(anchorAt([], 10)).toBeNull();
  });

  it('finds the same words after the text reflows', () => {
    const anchor = anchorAt(blocks, 220);
    const bigger = blocks.map((b, i) => ({ top: 100 + i * 200, height: b.height * 2 }));
    expect(anchor && offsetOf(bigger, anchor)).toBe(300 + 100);
  });

  it('goes to the end when the article lost blocks', () => {
    expect(offsetOf(blocks, { p: 7, f: 0.2 })).toBe(330);
    expect(offsetOf([], { p: 0, f: 0 })).toBeNull();
  });

  it('looks inside a body that wraps everything in one element', () => {
    const body = document.createElement('div');
    body.innerHTML = '<div><p>a</p><p>b</p><figure></figure></div>';
    expect(readingBlocks(body).map((e) => e.tagName)).toEqual(['P', 'P', 'FIGURE']);
  });
});

describe('position store', () => {

  it('keeps a position per article, forgets on null, and caps the count', () => {
    const storage = memory();
    const store = createPositionStore(() => storage);
    store.set('AbCdEfGhIj', { p: 3, f: 0.25 });
    expect(createPositionStore(() => storage).get('AbCdEfGhIj')).toEqual({ p: 3, f: 0.25 });
    store.set('AbCdEfGhIj', null);
    expect(store.get('AbCdEfGhIj')).toBeUndefined();
    for (let n = 0; n <= POSITIONS_CAP; n++) store.set(`id${n}`, { p: n, f: 0 });
    expect(store.get('id0')).toBeUndefined();
    expect(store.get(`id${POSITIONS_CAP}`)).toEqual({ p: POSITIONS_CAP, f: 0 });
  });

  it('ignores damaged entries', () => {
    const storage = memory();
    storage.data[POSITIONS_KEY] = JSON.stringify([['a', 1, 0.5], ['b', -1, 0], ['c', 1, 7], 'x', ['d', 2, 0]]);
    const store = createPositionStore(() => storage);
    expect(store.get('a')).toEqual({ p: 1, f: 0.5 });
    expect(store.get('b')).toBeUndefined();
    expect(store.get('c')).toBeUndefined();
    expect(store.get('d')).toEqual({ p: 2, f: 0 });
  });
});
