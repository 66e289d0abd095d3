// The one message the page sends the service worker: the ids now saved, so it can keep exactly those offline.

export const SAVED_CACHE = 'kanbao-saved';

export interface SavedIdsMessage {
  type: 'kanbao:saved-ids';
  ids: string[];
}

export function savedIdsMessage(ids: readonly string[]): SavedIdsMessage {
  return { type: 'kanbao:saved-ids', ids: [...ids] };
}

export function isSavedIdsMessage(value: unknown): value is SavedIdsMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, ids } = value as Partial<SavedIdsMessage>;
  return type === 'kanbao:saved-ids' && Array.isArray(ids) && ids.every((id) => typeof id === 'string');
}
