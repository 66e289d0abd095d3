// The stored form of the saved list: parsing (with salvage of damaged values), migrations and serialising.
import { isArticleId, isSafeImageUrl } from '@/shared/schema';

export const SAVED_FORMAT_VERSION = 1;

/** What a saved article shows without fetching anything: a snapshot taken when it was saved. */
export interface SavedItem {
  id: string;
  savedAt: string;
  title: string;
  category: string[];
  date: string | null;
  leadImage: string | null;
  excerpt: string;
}

/** A stored entry; `removedAt` marks a removal kept for merging, `changedAt` orders edits across tabs. */
export interface SavedEntry extends SavedItem {
  changedAt: string;
  removedAt?: string;
}

export type ReadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; entries: SavedEntry[]; migrated: boolean }
  | { kind: 'corrupt'; entries: SavedEntry[]; dropped: number }
  | { kind: 'newer'; entries: SavedEntry[]; version: number };

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIsoTime(value: Json): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function text(value: Json): string {
  return typeof value === 'string' ? value : '';
}

function textOrNull(value: Json): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * One entry, as forgiving as it can be: only the id is essential, since a save with a lost title can
 * still be opened, while dropping it would lose the save. `fallbackTime` stands in for a missing savedAt.
 */
export function parseEntry(value: Json, fallbackTime: string): SavedEntry | null {
  if (typeof value === 'string') value = { id: value };
  if (!isRecord(value) || typeof value.id !== 'string' || !isArticleId(value.id)) return null;
  const savedAt = isIsoTime(value.savedAt) ? value.savedAt : fallbackTime;
  const removedAt = isIsoTime(value.removedAt) ? value.removedAt : undefined;
  const leadImage = textOrNull(value.leadImage);
  const entry: SavedEntry = {
    id: value.id,
    savedAt,
    changedAt: isIsoTime(value.changedAt) ? value.changedAt : (removedAt ?? savedAt),
    title: text(value.title),
    category: Array.isArray(value.category) ? value.category.filter((c) => typeof c === 'string') : [],
    date: textOrNull(value.date),
    leadImage: leadImage !== null && isSafeImageUrl(leadImage) ? leadImage : null,
    excerpt: text(value.excerpt),
  };
  if (removedAt !== undefined) entry.removedAt = removedAt;
  return entry;
}

function parseEntries(values: Json[], now: Date): { entries: SavedEntry[]; dropped: number } {
  const entries: SavedEntry[] = [];
  let dropped = 0;
  values.forEach((value, index) => {
    // Version 0 appended on save, so a later position means a later save; keep that order.
    const fallback = new Date(now.getTime() - (values.length - 1 - index)).toISOString();
    const entry = parseEntry(value, fallback);
    if (entry) entries.push(entry);
    else dropped++;
  });
  return { entries, dropped };
}

/**
 * Every innermost `{…}` in a damaged JSON text (entries hold no nested objects), so a truncated or
 * half-overwritten value still gives back the entries that are whole.
 */
function salvageObjects(raw: string): Json[] {
  const found: Json[] = [];
  const starts: number[] = [];
  let innermost = false;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
    } else if (ch === '{') {
      starts.push(i);
      innermost = true;
    } else if (ch === '}') {
      const start = starts.pop();
      if (start !== undefined && innermost) {
        try {
          found.push(JSON.parse(raw.slice(start, i + 1)));
        } catch {
          found.push(null);
        }
      }
      innermost = false;
    }
  }
  return found;
}

/** The stored text -> entries, saying whether it was empty, current, migrated, damaged or from a newer version. */
export function readStored(raw: string | null, now: Date): ReadResult {
  if (raw === null) return { kind: 'empty' };
  let value: Json;
  try {
    value = JSON.parse(raw);
  } catch {
    const salvaged = parseEntries(salvageObjects(raw), now);
    return { kind: 'corrupt', entries: salvaged.entries, dropped: salvaged.dropped };
  }
  if (Array.isArray(value)) {
    // Version 0: a bare array of ids or of entries.
    const { entries, dropped } = parseEntries(value, now);
    return dropped ? { kind: 'corrupt', entries, dropped } : { kind: 'ok', entries, migrated: true };
  }
  if (isRecord(value) && typeof value.v === 'number' && value.v > SAVED_FORMAT_VERSION) {
    const items = Array.isArray(value.items) ? value.items : [];
    return { kind: 'newer', entries: parseEntries(items, now).entries, version: value.v };
  }
  if (!isRecord(value) || value.v !== SAVED_FORMAT_VERSION || !Array.isArray(value.items)) {
    return { kind: 'corrupt', entries: [], dropped: 0 };
  }
  const { entries, dropped } = parseEntries(value.items, now);
  return dropped ? { kind: 'corrupt', entries, dropped } : { kind: 'ok', entries, migrated: false };
}

/** An exported file -> its saved entries, and how many it held that cannot be imported (unreadable or removed). */
export function readExport(text: string, now: Date): { entries: SavedEntry[]; skipped: number } | null {
  let value: Json;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const list = Array.isArray(value) ? value : isRecord(value) && Array.isArray(value.items) ? value.items : null;
  if (!list) return null;
  const { entries, dropped } = parseEntries(list, now);
  const live = entries.filter((e) => e.removedAt === undefined);
  return { entries: live, skipped: dropped + entries.length - live.length };
}

export function exportText(items: readonly SavedItem[], now: Date): string {
  return JSON.stringify({ app: 'kanbao', kind: 'saved', v: SAVED_FORMAT_VERSION, exportedAt: now.toISOString(), items }, null, 2);
}

export function serialiseEntries(entries: readonly SavedEntry[]): string {
  return JSON.stringify({ v: SAVED_FORMAT_VERSION, items: entries });
}

/** Just the snapshot fields, without bookkeeping (or anything else a caller attached). */
export function toItem(entry: SavedItem): SavedItem {
  const { id, savedAt, title, category, date, leadImage, excerpt } = entry;
  return { id, savedAt, title, category, date, leadImage, excerpt };
}
