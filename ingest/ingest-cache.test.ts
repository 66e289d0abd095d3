import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CachedPost, openIngestCache } from './ingest-cache';

const rejected = (hash: string): CachedPost => ({ hash, size: 10, mtimeMs: 1, result: { ok: false, reason: 'empty file', line: 1 } });

function cacheFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'kanbao-cache-')), 'nested', 'cache.json');
}

describe('ingest cache', () => {
  it('reads back what a finished run streamed out, for the same code and data folder only', () => {
    const file = cacheFile();
    const first = openIngestCache(file, 'code-1', null);
    first.set('a.md', rejected('h1'));
    first.set('b/"quoted".md', rejected('h2'));
    first.save('2026-01-01T00:00:00.000Z');

    const again = openIngestCache(file, 'code-1', '2026-01-01T00:00:00.000Z');
    expect(again.get('a.md')).toEqual(rejected('h1'));
    expect(again.get('b/"quoted".md')).toEqual(rejected('h2'));
    expect(openIngestCache(file, 'code-2', '2026-01-01T00:00:00.000Z').get('a.md')).toBeUndefined();
    expect(openIngestCache(file, 'code-1', '2026-02-02T00:00:00.000Z').get('a.md')).toBeUndefined();
  });

  it('remembers the fingerprints of the generated files for the data folder it describes', () => {
    const file = cacheFile();
    const first = openIngestCache(file, 'code', null);
    first.setFile('lists/all/1.json', '10:abc');
    first.save('one');
    expect(openIngestCache(file, 'code', 'one').filesBefore).toEqual({ 'lists/all/1.json': '10:abc' });
    expect(openIngestCache(file, 'code', 'two').filesBefore).toEqual({});
    expect(openIngestCache(null, 'code', 'one').filesBefore).toEqual({});
  });

  it('keeps the previous cache when a run is discarded half way', () => {
    const file = cacheFile();
    const first = openIngestCache(file, 'code', null);
    first.set('a.md', rejected('old'));
    first.save('one');

    const failed = openIngestCache(file, 'code', 'one');
    failed.set('a.md', rejected('new'));
    failed.discard();

    expect(openIngestCache(file, 'code', 'one').get('a.md')).toEqual(rejected('old'));
    expect(readdirSync(path.dirname(file))).toEqual(['cache.json']);
  });

  it('writes a valid, empty cache for a run with no posts, and nothing at all without a file', () => {
    const file = cacheFile();
    openIngestCache(file, 'code', null).save('one');
    expect(openIngestCache(file, 'code', 'one').get('a.md')).toBeUndefined();
    expect(existsSync(file)).toBe(true);
    const none = openIngestCache(null, 'code', null);
    none.set('a.md', rejected('h'));
    expect(() => none.save('one')).not.toThrow();
  });
});
