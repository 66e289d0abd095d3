// The reading position of recently read articles, by id, capped so it cannot grow without end.
import type { Anchor } from '@/comfort/reading-position';
import { type StorageLike, storedValue } from '@/comfort/stored-value';

export const POSITIONS_KEY = 'kanbao:positions:v1';
export const POSITIONS_CAP = 500;

type Positions = ReadonlyMap<string, Anchor>;

export function parsePositions(raw: string | null): Positions {
  const positions = new Map<string, Anchor>();
  let data: unknown = null;
  try {
    data = raw === null ? null : JSON.parse(raw);
  } catch {
    return positions;
  }
  if (!Array.isArray(data)) return positions;
  for (const entry of data) {
    if (!Array.isArray(entry)) continue;
    const [id, p, f] = entry as unknown[];
    if (typeof id === 'string' && Number.isInteger(p) && (p as number) >= 0 && typeof f === 'number' && f >= 0 && f <= 1) {
      positions.delete(id);
      positions.set(id, { p: p as number, f });
    }
  }
  return positions;
}

/** Oldest first, as [id, p, f] triples: compact, and an array keeps the recency order (object keys may not). */
function serialise(positions: Positions): string {
  return JSON.stringify([...positions].map(([id, a]) => [id, a.p, a.f]));
}

export function createPositionStore(storage?: () => StorageLike | null) {
  const value = storedValue(POSITIONS_KEY, parsePositions, serialise, storage);
  return {
    get: (id: string): Anchor | undefined => value.get().get(id),
    /** null forgets the article's position (read to the end, or back at the top). */
    set(id: string, anchor: Anchor | null): void {
      const current = value.get();
      const old = current.get(id);
      if (anchor ? old?.p === anchor.p && old.f === anchor.f : !old) return;
      const next = new Map(current);
      next.delete(id);
      if (anchor) next.set(id, anchor);
      while (next.size > POSITIONS_CAP) next.delete(next.keys().next().value as string);
      value.set(next);
    },
  };
}

export const positionStore = createPositionStore();
