// Merging saved lists from several tabs entry by entry: the later change to an id wins, removals included.
import type { SavedEntry, SavedItem } from '@/saved/saved-format';
import { toItem } from '@/saved/saved-format';

/** Removal markers older than this are dropped; a tab asleep for longer could bring an old save back. */
export const TOMBSTONE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

function wins(candidate: SavedEntry, current: SavedEntry): boolean {
  const a = Date.parse(candidate.changedAt);
  const b = Date.parse(current.changedAt);
  if (a !== b) return a > b;
  // Same instant: keeping the save is the mistake that loses nothing.
  const removed = (e: SavedEntry) => e.removedAt !== undefined;
  if (removed(candidate) !== removed(current)) return !removed(candidate);
  // Otherwise any fixed rule will do, as long as every tab picks the same entry in any order.
  return JSON.stringify(candidate) > JSON.stringify(current);
}

/** The union of both lists by id, each id taking its most recent change. */
export function mergeEntries(...lists: (readonly SavedEntry[])[]): SavedEntry[] {
  const byId = new Map<string, SavedEntry>();
  for (const list of lists) {
    for (const entry of list) {
      const current = byId.get(entry.id);
      if (!current || wins(entry, current)) byId.set(entry.id, entry);
    }
  }
  return [...byId.values()];
}

export function pruneTombstones(entries: readonly SavedEntry[], now: Date): SavedEntry[] {
  const cutoff = now.getTime() - TOMBSTONE_TTL_MS;
  return entries.filter((e) => e.removedAt === undefined || Date.parse(e.removedAt) >= cutoff);
}

function newestSavedFirst(a: SavedEntry, b: SavedEntry): number {
  return Date.parse(b.savedAt) - Date.parse(a.savedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** One fixed order, so two tabs holding the same entries write the same text. */
export function canonicalOrder(entries: readonly SavedEntry[]): SavedEntry[] {
  return [...entries].sort(newestSavedFirst);
}

/** Saved (not removed) items, newest-saved first. */
export function liveItems(entries: readonly SavedEntry[]): SavedItem[] {
  return canonicalOrder(entries.filter((e) => e.removedAt === undefined)).map(toItem);
}
