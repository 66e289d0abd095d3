// The first pass's job: a post is read and hashed, and outlined only when its bytes are not the cached ones.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from './ingest-cache';
import { runOutlineJob } from './outline-job';
import { CHINA_TIME } from './parse-date';
import { tempTree } from './temp-tree';

const text = '---\ntitle: 港口的清晨\ndate: 2026-01-01 06:00:00\n---\n<p>渔船陆续回港。</p>';
const root = tempTree({ 'post.md': text });
const absolutePath = path.join(root, 'post.md');
const job = { index: 7, relativePath: 'post.md', absolutePath };
const hash = contentHash(readFileSync(absolutePath));

describe('outline job', () => {
  it('outlines a post and sends its text back only when asked to keep it', () => {
    const kept = runOutlineJob({ ...job, keepText: true }, CHINA_TIME);
    expect(kept).toMatchObject({ index: 7, ok: true, hash, outline: { title: '港口的清晨', relativePath: 'post.md' }, text });
    const dropped = runOutlineJob({ ...job, keepText: false }, CHINA_TIME);
    expect(dropped).toMatchObject({ ok: true, outline: { title: '港口的清晨' } });
    expect(dropped).not.toHaveProperty('text');
  });

  it('does not outline a post whose bytes hash to the cached hash', () => {
    expect(runOutlineJob({ ...job, keepText: true, cachedHash: hash }, CHINA_TIME)).toEqual({ index: 7, ok: true, hash, outline: null });
  });

  it('outlines a post whose bytes changed since it was cached', () => {
    const result = runOutlineJob({ ...job, keepText: false, cachedHash: 'an-older-hash' }, CHINA_TIME);
    expect(result).toMatchObject({ ok: true, hash, outline: { title: '港口的清晨' } });
  });
});
