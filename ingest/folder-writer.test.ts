// The folder writer links what the previous data folder already holds byte for byte, and never writes through such a link.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWriter } from './folder-writer';
import { tempTree } from './temp-tree';

const PAGE = 'lists/all/1.json';
const SHARD = 'search/terms/0.json';

function previousAndNext() {
  const previous = tempTree({ [PAGE]: '{"page":1}', [SHARD]: '{"harbor":[0,1]}' });
  const next = tempTree({});
  return { previous, next, out: folderWriter(next, previous) };
}

const inode = (root: string, relative: string) => statSync(path.join(root, relative)).ino;
const text = (root: string, relative: string) => readFileSync(path.join(root, relative), 'utf8');

describe('folderWriter', () => {
  it('links a file whose bytes the previous folder already has, and writes one that changed', () => {
    const { previous, next, out } = previousAndNext();
    out.text(PAGE, '{"page":1}');
    out.text(SHARD, '{"harbor":[0,2]}');
    expect(inode(next, PAGE)).toBe(inode(previous, PAGE));
    expect(inode(next, SHARD)).not.toBe(inode(previous, SHARD));
    expect(text(next, SHARD)).toBe('{"harbor":[0,2]}');
    expect(text(previous, SHARD)).toBe('{"harbor":[0,1]}');
  });

  it('rewrites a linked file as a file of its own, leaving the previous folder as it was', () => {
    const { previous, next, out } = previousAndNext();
    out.text(PAGE, '{"page":1}');
    out.text(PAGE, '{"page":2}');
    expect(text(next, PAGE)).toBe('{"page":2}');
    expect(text(previous, PAGE)).toBe('{"page":1}');
    expect(inode(next, PAGE)).not.toBe(inode(previous, PAGE));
  });

  it('writes every file when there is no previous folder or the previous file is missing', () => {
    const next = tempTree({});
    const out = folderWriter(next, null);
    out.text(PAGE, '{"page":1}');
    expect(text(next, PAGE)).toBe('{"page":1}');
    const { previous, next: other, out: withPrevious } = previousAndNext();
    withPrevious.text('lists/all/2.json', '{"page":2}');
    expect(text(other, 'lists/all/2.json')).toBe('{"page":2}');
    expect(() => statSync(path.join(previous, 'lists/all/2.json'))).toThrow();
  });
});
