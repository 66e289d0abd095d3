// The saved-for-later list: a store over localStorage that merges with other tabs, never throws and never loses a save.
import { canonicalOrder, liveItems, mergeEntries, pruneTombstones } from '@/saved/merge-saved';
import {
  exportText,
  parseEntry,
  type ReadResult,
  readExport,
  readStored,
  type SavedEntry,
  type SavedItem,
  serialiseEntries,
  toItem,
} from '@/saved/saved-format';
import { type ArticleSummary, isSafeImageUrl } from '@/shared/schema';

export type { SavedItem } from '@/saved/saved-format';

export const SAVED_KEY = 'kanbao:saved';
export const BACKUP_KEY_PREFIX = 'kanbao:saved:backup:';
const CHANNEL_NAME = 'kanbao-saved';
/** How long to wait before writing again after storage refused a write. */
export const RETRY_MS = 15_000;

export type SavedStatus =
  | { kind: 'ok' }
  | { kind: 'recovered'; dropped: number; backupKey: string }
  | { kind: 'write-failed' }
  | { kind: 'newer-version' };

/** The part of the Web Storage API the store uses, so tests can pass storages that fail. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The part of BroadcastChannel the store uses. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface SavedStore {
  subscribe(listener: () => void): () => void;
  /** Live items, newest-saved first; the same array until something changes. */
  getSnapshot(): readonly SavedItem[];
  getStatus(): SavedStatus;
  isSaved(id: string): boolean;
  save(summary: ArticleSummary): void;
  /** Returns the removed item, for Undo. */
  remove(id: string): SavedItem | undefined;
  /** Undoes a removal, keeping the original savedAt. */
  restore(item: SavedItem): void;
  toggle(summary: ArticleSummary): void;
  exportJson(): string;
  /** Merges an exported list; throws SavedImportError when the text is not one. */
  importJson(text: string): { added: number; skipped: number };
}

export class SavedImportError extends Error {
  override name = 'SavedImportError';
}

const OK: SavedStatus = { kind: 'ok' };
const WRITE_FAILED: SavedStatus = { kind: 'write-failed' };
const NEWER_VERSION: SavedStatus = { kind: 'newer-version' };

interface ChannelMessage {
  entries: SavedEntry[];
}

export function createSavedStore(storage: StorageLike, now: () => Date, channel?: ChannelLike): SavedStore {
  let entries: SavedEntry[] = [];
  let liveIds = new Set<string>();
  let snapshot: readonly SavedItem[] = [];
  let snapshotText = '[]';
  let status: SavedStatus = OK;
  /** Memory holds something storage does not. */
  let dirty = false;
  let writeFailed = false;
  /** Storage holds a list from a newer Kanbao: read it, never write over it. */
  let newer = false;
  let recovered: { dropped: number; backupKey: string } | null = null;
  /** Damaged values seen, each copied to its own key before anything may overwrite it. */
  const backups: { key: string; raw: string; written: boolean }[] = [];
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  function readRaw(): { ok: true; raw: string | null } | { ok: false } {
    try {
      return { ok: true, raw: storage.getItem(SAVED_KEY) };
    } catch {
      return { ok: false };
    }
  }

  function backupKey(): string {
    const base = BACKUP_KEY_PREFIX + now().toISOString();
    const taken = backups.filter((b) => b.key.startsWith(base)).length;
    return taken ? `${base}:${taken}` : base;
  }

  function absorb(result: ReadResult, raw: string): void {
    newer = result.kind === 'newer';
    if (result.kind === 'empty') return;
    if (result.kind === 'corrupt' && !backups.some((b) => b.raw === raw)) {
      const key = backupKey();
      backups.push({ key, raw, written: false });
      recovered = { dropped: result.dropped, backupKey: key };
    }
    entries = mergeEntries(entries, result.entries);
  }

  function scheduleRetry(): void {
    if (retryTimer === undefined) {
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        sync();
      }, RETRY_MS);
    }
  }

  function write(text: string): void {
    try {
      for (const backup of backups) {
        if (backup.written) continue;
        storage.setItem(backup.key, backup.raw);
        backup.written = true;
      }
      storage.setItem(SAVED_KEY, text);
      dirty = false;
      writeFailed = false;
      clearTimeout(retryTimer);
      retryTimer = undefined;
    } catch {
      // Quota, private mode or disabled storage: the list stays in memory and is written later.
      writeFailed = true;
      scheduleRetry();
    }
  }

  /** Reads storage, merges it into memory and writes back whatever storage is missing. */
  function sync(): void {
    const read = readRaw();
    if (read.ok) {
      absorb(readStored(read.raw, now()), read.raw ?? '');
      entries = canonicalOrder(pruneTombstones(entries, now()));
      const text = serialiseEntries(entries);
      // A first visit with nothing saved has nothing to write (and must not fail on a full storage).
      if (text !== read.raw && (read.raw !== null || entries.length > 0)) dirty = true;
      if (dirty && !newer) write(text);
    } else if (dirty) {
      writeFailed = true;
      scheduleRetry();
    }
    publish();
  }

  function nextStatus(): SavedStatus {
    if (newer) return NEWER_VERSION;
    if (writeFailed) return WRITE_FAILED;
    if (recovered) {
      const same = status.kind === 'recovered' && status.backupKey === recovered.backupKey;
      return same ? status : { kind: 'recovered', ...recovered };
    }
    return OK;
  }

  function publish(): void {
    const items = liveItems(entries);
    const text = JSON.stringify(items);
    const itemsChanged = text !== snapshotText;
    if (itemsChanged) {
      snapshot = items;
      snapshotText = text;
      liveIds = new Set(items.map((i) => i.id));
    }
    const next = nextStatus();
    const statusChanged = next !== status;
    status = next;
    if (itemsChanged || statusChanged) for (const listener of [...listeners]) listener();
  }

  function apply(changed: SavedEntry[]): void {
    const ids = new Set(changed.map((e) => e.id));
    entries = [...entries.filter((e) => !ids.has(e.id)), ...changed];
    dirty = true;
    sync();
    const message: ChannelMessage = { entries: changed };
    try {
      channel?.postMessage(message);
    } catch {
      // Other tabs still hear about it through the storage event.
    }
  }

  function onStorage(event: StorageEvent): void {
    // key is null when another tab cleared all of storage.
    if (event.key === SAVED_KEY || event.key === null) sync();
  }

  function onMessage(event: MessageEvent): void {
    // Another tab's change, possibly one its storage refused; trust nothing in it unchecked.
    const data: unknown = event.data;
    const list = typeof data === 'object' && data !== null ? (data as { entries?: unknown }).entries : undefined;
    if (!Array.isArray(list)) return;
    const time = now().toISOString();
    const received = list.flatMap((value) => parseEntry(value, time) ?? []);
    entries = mergeEntries(entries, received);
    publish();
  }

  function onVisibility(): void {
    // Hidden may be the last chance to write before the tab is discarded; visible catches up with others.
    sync();
  }

  function attach(): void {
    if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility);
    channel?.addEventListener('message', onMessage);
  }

  function detach(): void {
    if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
    channel?.removeEventListener('message', onMessage);
  }

  /** Now, or just after the id's last known change if the clock has not moved on (two clicks in one millisecond). */
  function stamp(id: string): string {
    const last = entries.find((e) => e.id === id);
    const time = now().getTime();
    return new Date(last ? Math.max(time, Date.parse(last.changedAt) + 1) : time).toISOString();
  }

  const store: SavedStore = {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        attach();
        sync(); // events were not heard while nobody listened
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) detach();
      };
    },
    getSnapshot: () => snapshot,
    getStatus: () => status,
    isSaved: (id) => liveIds.has(id),
    save(summary) {
      if (liveIds.has(summary.id)) return;
      const { id, title, category, date, excerpt, leadImage } = summary;
      apply([
        {
          id,
          savedAt: now().toISOString(),
          changedAt: stamp(id),
          title,
          category: [...category],
          date,
          leadImage: leadImage !== null && isSafeImageUrl(leadImage) ? leadImage : null,
          excerpt,
        },
      ]);
    },
    remove(id) {
      const entry = entries.find((e) => e.id === id && e.removedAt === undefined);
      if (!entry) return undefined;
      const time = stamp(id);
      apply([{ ...entry, changedAt: time, removedAt: time }]);
      return toItem(entry);
    },
    restore(item) {
      if (liveIds.has(item.id)) return;
      apply([{ ...toItem(item), category: [...item.category], changedAt: stamp(item.id) }]);
    },
    toggle(summary) {
      if (liveIds.has(summary.id)) store.remove(summary.id);
      else store.save(summary);
    },
    exportJson: () => exportText(snapshot, now()),
    importJson(text) {
      const file = readExport(text, now());
      if (!file) throw new SavedImportError('This file is not a saved-articles export.');
      const seen = new Set(liveIds);
      const added: SavedEntry[] = [];
      for (const entry of file.entries) {
        if (seen.has(entry.id)) continue;
        seen.add(entry.id);
        // An import is a fresh decision, so it outranks an older removal of the same article.
        added.push({ ...toItem(entry), changedAt: stamp(entry.id) });
      }
      if (added.length) apply(added);
      return { added: added.length, skipped: file.skipped + file.entries.length - added.length };
    },
  };

  sync();
  return store;
}

function browserStorage(): StorageLike {
  try {
    // Reading `localStorage` itself throws where storage is disabled.
    if (window.localStorage) return window.localStorage;
  } catch {
    // fall through to a storage that refuses everything, so saves stay in memory and the user is told
  }
  const refuse = () => {
    throw new Error('localStorage is unavailable');
  };
  return { getItem: refuse, setItem: refuse };
}

function browserChannel(): ChannelLike | undefined {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : undefined;
  } catch {
    return undefined;
  }
}

let appStore: SavedStore | undefined;

// Created on first use, so importing this module where there is no window (Node, tests) does nothing.
function app(): SavedStore {
  appStore ??= createSavedStore(browserStorage(), () => new Date(), browserChannel());
  return appStore;
}

/** The app's saved list, over window.localStorage. */
export const savedStore: SavedStore = {
  subscribe: (listener) => app().subscribe(listener),
  getSnapshot: () => app().getSnapshot(),
  getStatus: () => app().getStatus(),
  isSaved: (id) => app().isSaved(id),
  save: (summary) => app().save(summary),
  remove: (id) => app().remove(id),
  restore: (item) => app().restore(item),
  toggle: (summary) => app().toggle(summary),
  exportJson: () => app().exportJson(),
  importJson: (text) => app().importJson(text),
};
