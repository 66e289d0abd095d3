// The saved store against storages that fail: corrupt, full, disabled, shared by two tabs, or from another version.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeEntries, TOMBSTONE_TTL_MS } from '@/saved/merge-saved';
import type { SavedEntry } from '@/saved/saved-format';
import {
  BACKUP_KEY_PREFIX,
  type ChannelLike,
  createSavedStore,
  RETRY_MS,
  SAVED_KEY,
  SavedImportError,
  type SavedStore,
  type StorageLike,
} from '@/saved/saved-store';
import type { ArticleSummary } from '@/shared/schema';

class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  /** Keys written successfully, in order. */
  written: string[] = [];
  refuseWrites: (key: string) => boolean = () => false;
  refuseReads = false;

  getItem(key: string): string | null {
    if (this.refuseReads) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.refuseWrites(key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
    this.written.push(key);
  }

  stored(): { v: number; items: SavedEntry[] } {
    return JSON.parse(this.data.get(SAVED_KEY) ?? 'null');
  }

  backups(): [string, string][] {
    return [...this.data].filter(([key]) => key.startsWith(BACKUP_KEY_PREFIX));
  }
}

const START = Date.parse('2024-03-01T08:00:00.000Z');
let time = START;
const now = () => new Date(time);
const tick = (ms = 1000) => {
  time += ms;
};

function article(n: number, extra: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: `post-${String(n).padStart(5, '0')}`,
    title: `Article ${n} 第${n}篇`,
    category: ['新媒体', 'Example'],
    author: null,
    date: '2024-02-01T00:00:00.000Z',
    excerpt: `Excerpt ${n}`,
    readingMinutes: 3,
    leadImage: `https://img.example/${n}.jpg`,
    imageCount: 1,
    lang: 'zh',
    ...extra,
  };
}

const ids = (store: SavedStore) => store.getSnapshot().map((item) => item.id);

let storage: FakeStorage;
const stores: (() => void)[] = [];

function open(backing: StorageLike = storage, channel?: ChannelLike): SavedStore {
  const store = createSavedStore(backing, now, channel);
  stores.push(store.subscribe(() => {}));
  return store;
}

beforeEach(() => {
  storage = new FakeStorage();
  time = START;
});

afterEach(() => {
  for (const unsubscribe of stores.splice(0)) unsubscribe();
  vi.useRealTimers();
});

describe('saving and removing', () => {
  it('lists saved articles newest-saved first with their snapshot', () => {
    const store = open();
    store.save(article(1));
    tick();
    store.save(article(2));
    expect(ids(store)).toEqual(['post-00002', 'post-00001']);
    expect(store.getSnapshot()[1]).toEqual({
      id: 'post-00001',
      savedAt: '2024-03-01T08:00:00.000Z',
      title: 'Article 1 第1篇',
      category: ['新媒体', 'Example'],
      date: '2024-02-01T00:00:00.000Z',
      leadImage: 'https://img.example/1.jpg',
      excerpt: 'Excerpt 1',
    });
    expect(store.isSaved('post-00001')).toBe(true);
    expect(store.isSaved('post-00003')).toBe(false);
  });

  it('keeps the same snapshot array until the list changes', () => {
    const store = open();
    store.save(article(1));
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.save(article(1)); // already saved: nothing changes
    expect(store.getSnapshot()).toBe(first);
    store.save(article(2));
    expect(store.getSnapshot()).not.toBe(first);
  });

  it('returns the removed item and puts it back in its place on restore', () => {
    const store = open();
    store.save(article(1));
    tick();
    store.save(article(2));
    tick();
    const removed = store.remove('post-00001');
    expect(removed?.savedAt).toBe('2024-03-01T08:00:00.000Z');
    expect(ids(store)).toEqual(['post-00002']);
    expect(store.remove('post-00001')).toBeUndefined();
    tick();
    store.restore(removed as NonNullable<typeof removed>);
    expect(ids(store)).toEqual(['post-00002', 'post-00001']);
    expect(store.getSnapshot()[1]?.savedAt).toBe('2024-03-01T08:00:00.000Z');
  });

  it('toggles', () => {
    const store = open();
    store.toggle(article(1));
    expect(store.isSaved('post-00001')).toBe(true);
    store.toggle(article(1));
    expect(store.isSaved('post-00001')).toBe(false);
  });

  it('does not keep a lead image that is not http(s)', () => {
    const store = open();
    store.save(article(1, { leadImage: 'javascript:alert(1)' }));
    expect(store.getSnapshot()[0]?.leadImage).toBeNull();
  });

  it('survives a reload', () => {
    open().save(article(1));
    expect(ids(open())).toEqual(['post-00001']);
  });

  it('notifies subscribers once per change', () => {
    const store = open();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.save(article(1));
    store.save(article(1));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.save(article(2));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

function storedText(entries: unknown[]): string {
  return JSON.stringify({ v: 1, items: entries });
}

const good = (n: number) => ({
  id: `post-${String(n).padStart(5, '0')}`,
  savedAt: `2024-01-0${n}T00:00:00.000Z`,
  changedAt: `2024-01-0${n}T00:00:00.000Z`,
  title: `Kept ${n}`,
  category: ['学习'],
  date: null,
  leadImage: null,
  excerpt: '',
});

describe('a corrupt stored value', () => {
  const whole = storedText([good(1), good(2), good(3)]);
  it.each([
    { name: 'truncated JSON', raw: whole.slice(0, whole.indexOf('Kept 3')), kept: ['post-00002', 'post-00001'], dropped: 0 },
    {
      name: 'some entries unreadable',
      raw: storedText([good(1), { id: '../../etc' }, 42, good(2)]),
      kept: ['post-00002', 'post-00001'],
      dropped: 2,
    },
    {
      name: 'JSON broken in the middle',
      raw: `${storedText([good(1)]).slice(0, -2)}, {"id": "post-0000x", oops}, ${JSON.stringify(good(3))}]}`,
      kept: ['post-00003', 'post-00001'],
      dropped: 1,
    },
    { name: 'the wrong shape', raw: '{"v":1,"items":{"post-00001":true}}', kept: [], dropped: 0 },
    { name: 'not JSON at all', raw: 'saved: post-00001', kept: [], dropped: 0 },
  ])('$name: keeps what parses, backs up the raw value and says so', ({ raw, kept, dropped }) => {
    storage.data.set(SAVED_KEY, raw);
    const store = open();
    expect(ids(store)).toEqual(kept);
    const status = store.getStatus();
    expect(status).toMatchObject({ kind: 'recovered', dropped });
    const backupKey = status.kind === 'recovered' ? status.backupKey : '';
    expect(backupKey).toBe(`${BACKUP_KEY_PREFIX}${now().toISOString()}`);
    expect(storage.data.get(backupKey)).toBe(raw);
    // Only after the backup exists is the value rewritten, clean.
    expect(storage.written).toEqual([backupKey, SAVED_KEY]);
    expect(storage.stored().items.map((e) => e.id)).toEqual(kept);
  });

  it('is not overwritten until its backup can be written', () => {
    vi.useFakeTimers();
    storage.data.set(SAVED_KEY, 'not json');
    storage.refuseWrites = (key) => key.startsWith(BACKUP_KEY_PREFIX);
    const store = open();
    store.save(article(1));
    expect(storage.data.get(SAVED_KEY)).toBe('not json');
    expect(store.getStatus()).toEqual({ kind: 'write-failed' });

    storage.refuseWrites = () => false;
    vi.advanceTimersByTime(RETRY_MS);
    expect(storage.backups().map(([, raw]) => raw)).toEqual(['not json']);
    expect(storage.stored().items.map((e) => e.id)).toEqual(['post-00001']);
    expect(store.getStatus()).toMatchObject({ kind: 'recovered' });
  });

  it('backs up a damaged value once, however many writes it takes', () => {
    vi.useFakeTimers();
    storage.data.set(SAVED_KEY, 'not json');
    storage.refuseWrites = (key) => key === SAVED_KEY;
    open();
    vi.advanceTimersByTime(RETRY_MS);
    storage.refuseWrites = () => false;
    vi.advanceTimersByTime(RETRY_MS);
    expect(storage.backups()).toHaveLength(1);
    expect(storage.stored()).toEqual({ v: 1, items: [] });
  });
});

describe('a full or disabled storage', () => {
  it('keeps the list in memory, says so, and writes on the next change', () => {
    const store = open();
    storage.refuseWrites = () => true;
    store.save(article(1));
    expect(ids(store)).toEqual(['post-00001']);
    expect(store.getStatus()).toEqual({ kind: 'write-failed' });
    expect(storage.data.has(SAVED_KEY)).toBe(false);

    storage.refuseWrites = () => false;
    store.save(article(2));
    expect(storage.stored().items.map((e) => e.id).sort()).toEqual(['post-00001', 'post-00002']);
    expect(store.getStatus()).toEqual({ kind: 'ok' });
  });

  it('retries on a timer', () => {
    vi.useFakeTimers();
    const store = open();
    storage.refuseWrites = () => true;
    store.save(article(1));
    vi.advanceTimersByTime(RETRY_MS); // still full: tries again later
    expect(store.getStatus()).toEqual({ kind: 'write-failed' });
    storage.refuseWrites = () => false;
    vi.advanceTimersByTime(RETRY_MS);
    expect(storage.stored().items.map((e) => e.id)).toEqual(['post-00001']);
    expect(store.getStatus()).toEqual({ kind: 'ok' });
  });

  it('retries when the tab is hidden or shown', () => {
    const store = open();
    storage.refuseWrites = () => true;
    store.save(article(1));
    storage.refuseWrites = () => false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(storage.stored().items.map((e) => e.id)).toEqual(['post-00001']);
    expect(store.getStatus()).toEqual({ kind: 'ok' });
  });

  it('never throws when storage refuses reads and writes', () => {
    storage.refuseReads = true;
    storage.refuseWrites = () => true;
    const store = open();
    expect(ids(store)).toEqual([]);
    expect(store.getStatus()).toEqual({ kind: 'ok' });
    store.save(article(1));
    expect(ids(store)).toEqual(['post-00001']);
    expect(store.getStatus()).toEqual({ kind: 'write-failed' });
  });

  it('does not write, or complain, on a first visit with nothing saved', () => {
    storage.refuseWrites = () => true;
    const store = open();
    expect(store.getStatus()).toEqual({ kind: 'ok' });
    expect(storage.written).toEqual([]);
  });
});

describe('two tabs on one storage', () => {
  it('keeps both articles when each tab saves a different one', () => {
    const a = open();
    const b = open();
    a.save(article(1));
    tick();
    b.save(article(2)); // b never heard of article 1
    expect(storage.stored().items.map((e) => e.id)).toEqual(['post-00002', 'post-00001']);
    expect(ids(b)).toEqual(['post-00002', 'post-00001']);
  });

  it('keeps a removal made in one tab when a stale tab writes', () => {
    open().save(article(1));
    const a = open();
    const b = open();
    tick();
    const removedAt = now().toISOString();
    a.remove('post-00001');
    tick();
    b.save(article(2)); // b still thinks article 1 is saved
    expect(ids(b)).toEqual(['post-00002']);
    expect(storage.stored().items.find((e) => e.id === 'post-00001')?.removedAt).toBe(removedAt);
  });

  it('lets an undo win over the removal it undoes', () => {
    const a = open();
    a.save(article(1));
    const b = open();
    tick();
    const removed = a.remove('post-00001');
    tick();
    b.save(article(2)); // b writes the removal back, merged
    tick();
    if (removed) a.restore(removed);
    expect(ids(open())).toEqual(['post-00002', 'post-00001']);
  });

  it('forgets removal markers after 30 days', () => {
    const store = open();
    store.save(article(1));
    store.remove('post-00001');
    expect(storage.stored().items).toHaveLength(1);
    tick(TOMBSTONE_TTL_MS + 1000);
    store.save(article(2));
    expect(storage.stored().items.map((e) => e.id)).toEqual(['post-00002']);
  });

  it('updates live on a storage event from another tab', () => {
    const a = open();
    const listener = vi.fn();
    a.subscribe(listener);
    const other = createSavedStore(storage, now); // another tab: no events reach this one
    other.save(article(1));
    window.dispatchEvent(new StorageEvent('storage', { key: `${BACKUP_KEY_PREFIX}x` }));
    expect(listener).not.toHaveBeenCalled();
    window.dispatchEvent(new StorageEvent('storage', { key: SAVED_KEY }));
    expect(ids(a)).toEqual(['post-00001']);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('hears a broadcast change even when the sender could not store it', () => {
    const listeners = new Set<(event: MessageEvent) => void>();
    const channel = (): ChannelLike => {
      const own = new Set<(event: MessageEvent) => void>();
      return {
        postMessage: (data) => {
          for (const l of listeners) if (!own.has(l)) l(new MessageEvent('message', { data }));
        },
        addEventListener: (_type, l) => {
          own.add(l);
          listeners.add(l);
        },
        removeEventListener: (_type, l) => {
          own.delete(l);
          listeners.delete(l);
        },
      };
    };
    const full = new FakeStorage();
    full.refuseWrites = () => true;
    const sender = open(full, channel());
    const receiver = open(new FakeStorage(), channel());
    sender.save(article(1));
    expect(ids(receiver)).toEqual(['post-00001']);
    sender.remove('post-00001');
    expect(ids(receiver)).toEqual([]);
  });
});

describe('versions', () => {
  it('migrates version 0, a bare array of ids, keeping its order', () => {
    storage.data.set(SAVED_KEY, JSON.stringify(['post-00001', 'post-00002']));
    const store = open();
    expect(ids(store)).toEqual(['post-00002', 'post-00001']);
    expect(storage.stored().v).toBe(1);
    expect(store.getStatus()).toEqual({ kind: 'ok' });
  });

  it('migrates version 0, a bare array of entries, keeping their snapshots', () => {
    storage.data.set(SAVED_KEY, JSON.stringify([{ id: 'post-00001', title: 'Old save', savedAt: '2020-05-05T00:00:00Z' }]));
    const store = open();
    expect(store.getSnapshot()).toEqual([
      { id: 'post-00001', savedAt: '2020-05-05T00:00:00Z', title: 'Old save', category: [], date: null, leadImage: null, excerpt: '' },
    ]);
    expect(storage.stored()).toMatchObject({ v: 1, items: [{ id: 'post-00001', title: 'Old save' }] });
  });

  it('reads a newer version but never writes over it', () => {
    const raw = JSON.stringify({ v: 2, items: [{ ...good(1), tags: ['later'] }], folders: [] });
    storage.data.set(SAVED_KEY, raw);
    const store = open();
    expect(ids(store)).toEqual(['post-00001']);
    expect(store.getStatus()).toEqual({ kind: 'newer-version' });
    store.save(article(2));
    store.remove('post-00001');
    expect(ids(store)).toEqual(['post-00002']);
    expect(storage.data.get(SAVED_KEY)).toBe(raw);
    expect(storage.written).toEqual([]);
  });
});

describe('export and import', () => {
  it('moves a list into a fresh browser and deduplicates a second import', () => {
    const a = open();
    a.save(article(1));
    tick();
    a.save(article(2));
    const file = a.exportJson();

    const b = open(new FakeStorage());
    expect(b.importJson(file)).toEqual({ added: 2, skipped: 0 });
    expect(b.getSnapshot()).toEqual(a.getSnapshot());
    expect(b.importJson(file)).toEqual({ added: 0, skipped: 2 });
  });

  it('skips unreadable entries, removals and duplicates within the file', () => {
    const file = JSON.stringify({ items: [good(1), good(1), { id: 'x' }, { ...good(2), removedAt: '2024-01-09T00:00:00Z' }, good(3)] });
    const store = open();
    expect(store.importJson(file)).toEqual({ added: 2, skipped: 3 });
    expect(ids(store)).toEqual(['post-00003', 'post-00001']);
  });

  it('brings back an article removed earlier', () => {
    const store = open();
    store.save(article(1));
    const file = store.exportJson();
    tick();
    store.remove('post-00001');
    tick();
    expect(store.importJson(file)).toEqual({ added: 1, skipped: 0 });
    expect(ids(open())).toEqual(['post-00001']);
  });

  it.each(['not json', '{"saved": []}', '42'])('refuses %s', (text) => {
    expect(() => open().importJson(text)).toThrow(SavedImportError);
  });
});

describe('mergeEntries', () => {
  const entry = (changedAt: string, removedAt?: string): SavedEntry => ({
    ...good(1),
    changedAt,
    ...(removedAt ? { removedAt } : {}),
  });

  it.each([
    { name: 'later removal wins', a: entry('2024-01-02T00:00:00Z'), b: entry('2024-01-03T00:00:00Z', '2024-01-03T00:00:00Z'), removed: true },
    { name: 'later save wins', a: entry('2024-01-04T00:00:00Z'), b: entry('2024-01-03T00:00:00Z', '2024-01-03T00:00:00Z'), removed: false },
    { name: 'a tie keeps the save', a: entry('2024-01-03T00:00:00Z'), b: entry('2024-01-03T00:00:00Z', '2024-01-03T00:00:00Z'), removed: false },
  ])('$name, in either order', ({ a, b, removed }) => {
    for (const merged of [mergeEntries([a], [b]), mergeEntries([b], [a])]) {
      expect(merged).toHaveLength(1);
      expect(merged[0]?.removedAt !== undefined).toBe(removed);
    }
  });
});
