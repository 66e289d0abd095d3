import { describe, expect, it } from 'vitest';
import { createReadStore, parseReadIds, READ_CAP, READ_KEY } from '@/comfort/read-store';
import { memoryStorage as memory } from '@/test/memory-storage';


const id = (n: number) => `id${String(n).padStart(8, '0')}`;

describe('read store', () => {
  it('marks articles read and stores them compactly', () => {
    const storage = memory();
    const store = createReadStore(() => storage);
    store.markRead('AbCdEfGhIj');
    store.markRead('0123456789');
    expect(store.has('AbCdEfGhIj')).toBe(true);
    expect(store.has('zzzzzzzzzz')).toBe(false);
    expect(storage.data[READ_KEY]).toBe('AbCdEfGhIj 0123456789');
    expect(createReadStore(() => storage).has('0123456789')).toBe(true);
  });

  it('keeps only the most recently read ids past the cap', () => {
    const storage = memory();
    storage.data[READ_KEY] = Array.from({ length: READ_CAP }, (_, n) => id(n)).join(' ');
    const store = createReadStore(() => storage);
    store.markRead(id(0)); // read again: now the newest
    store.markRead(id(READ_CAP));
    expect(store.has(id(0))).toBe(true);
    expect(store.has(id(1))).toBe(false);
    expect(store.getSnapshot().size).toBe(READ_CAP);
  });

  it('keeps the same snapshot when nothing changes', () => {
    const store = createReadStore(() => memory());
    store.markRead('AbCdEfGhIj');
    const before = store.getSnapshot();
    store.markRead('AbCdEfGhIj');
    store.markRead('not an id');
    expect(store.getSnapshot()).toBe(before);
  });

  it('drops what is not an id from damaged data', () => {
    expect([...parseReadIds('AbCdEfGhIj <script> 0123456789  x')]).toEqual(['AbCdEfGhIj', '0123456789']);
  });

  it('never throws when storage fails', () => {
    const store = createReadStore(() => ({
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    }));
    expect(() => store.markRead('AbCdEfGhIj')).not.toThrow();
    expect(store.has('AbCdEfGhIj')).toBe(true);
  });
});
