import { describe, expect, it } from 'vitest';
import { createSettingsStore, DEFAULT_SETTINGS, parseSettings, readingStyle, SETTINGS_KEY } from '@/comfort/reading-settings';
import type { StorageLike } from '@/comfort/stored-value';
import { memoryStorage as memory } from '@/test/memory-storage';


const failing: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('parseSettings', () => {
  it.each([
    ['nothing stored', null, DEFAULT_SETTINGS],
    ['not JSON', '{oops', DEFAULT_SETTINGS],
    ['not an object', '"serif"', DEFAULT_SETTINGS],
    [
      'one bad field keeps the good ones',
      '{"fontStep":99,"lineWidth":"wide","typeface":"comic","hideRead":true}',
      { ...DEFAULT_SETTINGS, lineWidth: 'wide', hideRead: true },
    ],
    ['an inherited name is not a width', '{"lineWidth":"toString"}', DEFAULT_SETTINGS],
    ['a fractional step', '{"fontStep":1.5}', DEFAULT_SETTINGS],
  ])('%s', (_name, raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });
});

describe('settings store', () => {
  it('persists under the versioned key and reads it back in a new store', () => {
    const storage = memory();
    const store = createSettingsStore(() => storage);
    store.update({ fontStep: 5, typeface: 'serif' });
    expect(JSON.parse(storage.data[SETTINGS_KEY] ?? '')).toMatchObject({ fontStep: 5, typeface: 'serif' });
    expect(createSettingsStore(() => storage).get()).toEqual({ ...DEFAULT_SETTINGS, fontStep: 5, typeface: 'serif' });
  });

  it('never throws when storage fails, and keeps the change for this page', () => {
    const store = createSettingsStore(() => failing);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(() => store.update({ lineWidth: 'narrow' })).not.toThrow();
    expect(store.get().lineWidth).toBe('narrow');
  });

  it('tells subscribers about changes and returns the same object until one', () => {
    const store = createSettingsStore(() => memory());
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    const before = store.get();
    expect(store.get()).toBe(before);
    store.update({ hideRead: true });
    expect(calls).toBe(1);
    expect(store.get()).not.toBe(before);
    stop();
  });

  it('follows another tab through the storage event', () => {
    const storage = memory();
    const store = createSettingsStore(() => storage);
    const stop = store.subscribe(() => {});
    storage.data[SETTINGS_KEY] = JSON.stringify({ ...DEFAULT_SETTINGS, lineWidth: 'wide' });
    window.dispatchEvent(new StorageEvent('storage', { key: SETTINGS_KEY }));
    expect(store.get().lineWidth).toBe('wide');
    stop();
  });
});

describe('readingStyle', () => {
  it('turns settings into custom properties', () => {
    expect(readingStyle({ fontStep: 0, lineWidth: 'narrow', typeface: 'serif', hideRead: false })).toEqual({
      '--reading-size': '0.875rem',
      '--reading-measure': '32em',
      '--reading-font': 'var(--font-serif)',
    });
  });
});
