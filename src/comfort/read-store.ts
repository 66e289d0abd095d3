// Which articles the reader has opened: a capped set of ids, oldest dropped first, kept in localStorage.
import { type StorageLike, storedValue } from '@/comfort/stored-value';

export const READ_KEY = 'kanbao:read:v1';
/** About 55 KB of storage at most: ids are 10 characters and a space. */
export const READ_CAP = 5000;
const ID = /^[A-Za-z0-9_-]{10}$/;

/** Oldest first; anything that is not an id is dropped, so a damaged value costs only its bad parts. */
export function parseReadIds(raw: string | null): ReadonlySet<string> {
  const ids = (raw ?? '').split(' ').filter((id) => ID.test(id));
  return new Set(ids.slice(-READ_CAP));
}

export function createReadStore(storage?: () => StorageLike | null) {
  const value = storedValue(READ_KEY, parseReadIds, (ids) => [...ids].join(' '), storage);
  return {
    subscribe: value.subscribe,
    /** The same set until something changes, for useSyncExternalStore. */
    getSnapshot: value.get,
    has: (id: string) => value.get().has(id),
    markRead(id: string): void {
      const current = value.get();
      if (!ID.test(id) || [...current].at(-1) === id) return;
      // Re-reading an article makes it the newest, so the cap drops what was read longest ago.
      const next = new Set(current);
      next.delete(id);
      next.add(id);
      value.set(next.size > READ_CAP ? new Set([...next].slice(-READ_CAP)) : next);
    },
  };
}

export type ReadStore = ReturnType<typeof createReadStore>;

export const readStore: ReadStore = createReadStore();
