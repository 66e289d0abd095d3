import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summary } from '@/test/reader-fixtures';
import { type CachedPost, openIngestCache, termsText } from './ingest-cache';

const rejected = (hash: string): CachedPost => ({ hash, size: 10, mtimeMs: 1, result: { ok: false, reason: 'empty file', line: 1 } });
const article = (terms: string): CachedPost => ({ hash: 'h', size: 20, mtimeMs: 2, result: { ok: true, summary: summary(1), neighbours: 'x:y:z', terms } });

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

  it('keeps the search terms of an article as bytes, and copies a kept entry into the next cache as it was', () => {
    const file = cacheFile();
    const first = openIngestCache(file, 'code', null);
    first.set('a.md', article('5城市\t3harbor'));
    first.set('b.md', article('1夜班'));
    first.save('one');
    const second = openIngestCache(file, 'code', 'one');
    const terms = second.get('a.md')?.result;
    expect(terms?.ok && terms.terms).toBeInstanceOf(Uint8Array);
    expect(terms?.ok && termsText(terms.terms)).toBe('5城市\t3harbor');
    second.keep('a.md');
    second.save('two');
    const third = openIngestCache(file, 'code', 'two');
    expect(third.get('b.md')).toBeUndefined();
    const kept = third.get('a.md');
    expect(kept?.result.ok && termsText(kept.result.terms)).toBe('5城市\t3harbor');
    expect({ ...kept, result: { ...kept?.result, terms: undefined } }).toEqual({ ...article(''), result: { ...article('').result, terms: undefined } });
  });

  it('ignores a cache file cut short', () => {
    const file = cacheFile();
    const first = openIngestCache(file, 'code', null);
    first.set('a.md', article('5城市'));
    first.save('one');
    writeFileSync(file, readFileSync(file).subarray(0, 60));
    expect(openIngestCache(file, 'code', 'one').get('a.md')).toBeUndefined();
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
