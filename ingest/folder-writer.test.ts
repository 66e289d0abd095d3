// The folder writer links the generated files the previous data folder already holds, and never writes through such a link.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWriter } from './folder-writer';
import { fileFingerprint } from './ingest-cache';
import { tempTree } from './temp-tree';

const PAGE = 'lists/all/1.json';
const SHARD = 'search/terms/0.json';
const before = { [PAGE]: '{"page":1}', [SHARD]: '{"harbor":[0,1]}' };

/** A previous folder whose files' fingerprints are known, and a writer for the next one that records what it writes. */
function previousAndNext() {
  const previous = tempTree(before);
  const next = tempTree({});
  const files = Object.fromEntries(Object.entries(before).map(([relative, text]) => [relative, fileFingerprint(Buffer.from(text))]));
  const recorded = new Map<string, string>();
  const out = folderWriter(next, { root: previous, files, setFile: (relative, f) => recorded.set(relative, f) });
  return { previous, next, out, recorded };
}

const inode = (root: string, relative: string) => statSync(path.join(root, relative)).ino;
const text = (root: string, relative: string) => readFileSync(path.join(root, relative), 'utf8');

describe('folderWriter', () => {
  it('links a file that comes out as the previous folder has it, writes one that changed, and records both', () => {
    const { previous, next, out, recorded } = previousAndNext();
    out.text(PAGE, '{"page":1}');
    out.text(SHARD, '{"harbor":[0,2]}');
    expect(inode(next, PAGE)).toBe(inode(previous, PAGE));
    expect(inode(next, SHARD)).not.toBe(inode(previous, SHARD));
    expect(text(next, SHARD)).toBe('{"harbor":[0,2]}');
    expect(text(previous, SHARD)).toBe('{"harbor":[0,1]}');
    expect(recorded.get(SHARD)).toBe(fileFingerprint(Buffer.from('{"harbor":[0,2]}')));
    expect(recorded.get(PAGE)).toBe(fileFingerprint(Buffer.from('{"page":1}')));
  });

  it('rewrites a linked file as a file of its own, leaving the previous folder as it was', () => {
    const { previous, next, out } = previousAndNext();
    out.text(PAGE, '{"page":1}');
    out.text(PAGE, '{"page":2}');
    expect(text(next, PAGE)).toBe('{"page":2}');
    expect(text(previous, PAGE)).toBe('{"page":1}');
    expect(inode(next, PAGE)).not.toBe(inode(previous, PAGE));
  });

  it('writes the file when the previous one is gone, or when there is no previous folder', () => {
    const { previous, next, out } = previousAndNext();
    const emptied = tempTree({});
    const afterLoss = tempTree({});
    folderWriter(afterLoss, { root: emptied, files: { [PAGE]: fileFingerprint(Buffer.from('{"page":1}')) }, setFile: () => {} }).text(PAGE, '{"page":1}');
    expect(text(afterLoss, PAGE)).toBe('{"page":1}');
    out.text('lists/all/2.json', '{"page":2}');
    expect(text(next, 'lists/all/2.json')).toBe('{"page":2}');
    expect(() => statSync(path.join(previous, 'lists/all/2.json'))).toThrow();
    const alone = tempTree({});
    folderWriter(alone, null).text(PAGE, '{"page":1}');
    expect(text(alone, PAGE)).toBe('{"page":1}');
  });
});
