// The search files' validators: good files pass, broken ones fail loudly at the boundary.
import { describe, expect, it } from 'vitest';
import { DataFormatError } from '@/shared/schema';
import { parseSearchDocs, parseSearchMeta, parseSearchShard } from '@/shared/search-schema';

const meta = { version: 1, docCount: 2, shardCount: 2, docsPerChunk: 100, groups: ['科技', ''], docGroups: [0, 1] };

describe('search validators', () => {
  it('accepts a valid meta file, shard and docs chunk', () => {
    expect(parseSearchMeta(meta)).toEqual(meta);
    expect(parseSearchShard({ 城市: [0, 17, 3, 1] }).城市).toEqual([0, 17, 3, 1]);
    expect(parseSearchDocs({ chunk: 0, items: [] })).toEqual({ chunk: 0, items: [] });
  });

  it.each([
    { name: 'a group missing for a document', value: { ...meta, docGroups: [0] } },
    { name: 'a group index out of range', value: { ...meta, docGroups: [0, 2] } },
    { name: 'no shards', value: { ...meta, shardCount: 0 } },
    { name: 'another format version', value: { ...meta, version: 2 } },
  ])('rejects a meta file with $name', ({ value }) => {
    expect(() => parseSearchMeta(value)).toThrow(DataFormatError);
  });

  it.each([
    { name: 'an odd-length posting list', value: { a: [0] } },
    { name: 'a negative number', value: { a: [0, -1] } },
    { name: 'a string posting', value: { a: '0,1' } },
  ])('rejects a shard with $name', ({ value }) => {
    expect(() => parseSearchShard(value)).toThrow(DataFormatError);
  });

  it('does not answer for terms named like Object properties', () => {
    const shard = parseSearchShard({ a: [0, 1] });
    expect(shard.constructor).toBeUndefined();
    expect(shard.toString).toBeUndefined();
  });
});
