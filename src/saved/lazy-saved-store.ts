// The app's saved store, loaded right after the shell: its parsing, merging and recovery code stays out of the home route's bundle while save buttons render at once.
import type { SavedItem, SavedStatus, SavedStore } from '@/saved/saved-store';

const NOTHING_YET: readonly SavedItem[] = [];
const OK: SavedStatus = { kind: 'ok' };
let loaded: SavedStore | undefined;
const waiting = new Map<() => void, () => void>();

const ready: Promise<SavedStore> = import('@/saved/saved-store').then(({ savedStore }) => {
  loaded = savedStore;
  for (const listener of waiting.keys()) waiting.set(listener, savedStore.subscribe(listener));
  for (const listener of waiting.keys()) listener();
  return savedStore;
});

/** Runs a change now, or as soon as the store has loaded: a click in the first instant is not lost. */
function whenLoaded(change: (store: SavedStore) => void): void {
  if (loaded) change(loaded);
  else void ready.then(change);
}

function loadedStore(): SavedStore {
  if (!loaded) throw new Error('the saved list is still loading');
  return loaded;
}

export const lazySavedStore: SavedStore = {
  subscribe(listener) {
    if (loaded) return loaded.subscribe(listener);
    waiting.set(listener, () => {});
    return () => {
      waiting.get(listener)?.();
      waiting.delete(listener);
    };
  },
  getSnapshot: () => loaded?.getSnapshot() ?? NOTHING_YET,
  getStatus: () => loaded?.getStatus() ?? OK,
  isSaved: (id) => loaded?.isSaved(id) ?? false,
  save: (summary) => whenLoaded((store) => store.save(summary)),
  toggle: (summary) => whenLoaded((store) => store.toggle(summary)),
  restore: (item) => whenLoaded((store) => store.restore(item)),
  remove: (id) => loadedStore().remove(id),
  exportJson: () => loadedStore().exportJson(),
  importJson: (text) => loadedStore().importJson(text),
};
