// React hooks over the saved-list store; the store comes from context so tests can give each render its own.
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { lazySavedStore } from '@/saved/lazy-saved-store';
import type { SavedItem, SavedStatus, SavedStore } from '@/saved/saved-store';

export const SavedStoreContext = createContext<SavedStore>(lazySavedStore);

export function useSavedStore(): SavedStore {
  return useContext(SavedStoreContext);
}

/** Saved items, newest-saved first; re-renders when this or another tab changes the list. */
export function useSavedList(): readonly SavedItem[] {
  const store = useSavedStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

export function useIsSaved(id: string): boolean {
  const store = useSavedStore();
  const isSaved = useCallback(() => store.isSaved(id), [store, id]);
  return useSyncExternalStore(store.subscribe, isSaved, isSaved);
}

export function useSavedStatus(): SavedStatus {
  const store = useSavedStore();
  return useSyncExternalStore(store.subscribe, store.getStatus, store.getStatus);
}
