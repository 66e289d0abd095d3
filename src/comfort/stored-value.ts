// One localStorage key as a small external store: parsed once, cached, in step across tabs, and never throwing.

/** The part of the Web Storage API a stored value uses, so tests can pass storages that fail. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface StoredValue<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

function browserStorage(): StorageLike | null {
  try {
    // Reading `localStorage` itself throws where storage is disabled.
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** `parse` turns whatever storage holds (null when nothing) into a valid value; it must not throw. */
export function storedValue<T>(
  key: string,
  parse: (raw: string | null) => T,
  serialise: (value: T) => string,
  storage: () => StorageLike | null = browserStorage,
): StoredValue<T> {
  let cached: { value: T } | null = null;
  const listeners = new Set<() => void>();

  function read(): T {
    try {
      return parse(storage()?.getItem(key) ?? null);
    } catch {
      return parse(null);
    }
  }

  function notify(): void {
    for (const listener of [...listeners]) listener();
  }

  function onStorage(event: StorageEvent): void {
    // key is null when another tab cleared all of storage.
    if (event.key !== key && event.key !== null) return;
    cached = { value: read() };
    notify();
  }

  return {
    get() {
      cached ??= { value: read() };
      return cached.value;
    },
    set(next) {
      cached = { value: next };
      try {
        storage()?.setItem(key, serialise(next));
      } catch {
        // Quota, private mode or disabled storage: the value still holds for this page.
      }
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
  };
}
