// An in-memory Web Storage stand-in for store tests, with its contents open to inspection.
import type { StorageLike } from '@/comfort/stored-value';

export function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}
