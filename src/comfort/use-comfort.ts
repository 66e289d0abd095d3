// React hooks over the reading-settings and read-state stores.
import { useCallback, useSyncExternalStore } from 'react';
import { readStore } from '@/comfort/read-store';
import { type ReadingSettings, settingsStore } from '@/comfort/reading-settings';

export function useReadingSettings(): ReadingSettings {
  return useSyncExternalStore(settingsStore.subscribe, settingsStore.get, settingsStore.get);
}

export function useIsRead(id: string): boolean {
  const isRead = useCallback(() => readStore.has(id), [id]);
  return useSyncExternalStore(readStore.subscribe, isRead, isRead);
}

/** The whole set, for filtering a list. */
export function useReadIds(): ReadonlySet<string> {
  return useSyncExternalStore(readStore.subscribe, readStore.getSnapshot, readStore.getSnapshot);
}
