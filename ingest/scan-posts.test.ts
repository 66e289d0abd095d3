import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanPosts } from './scan-posts';
import { tempTree } from './temp-tree';

describe('scanPosts', () => {
  it('finds posts at any depth, including a dot-file named .md, and ignores other files', () => {
    const root = tempTree({
      'a/b/c/first.md': 'x',
      'a/b/c/.md': 'x',
      'a/notes.markdown': 'x',
      'a/picture.png': 'x',
      'top.MD': 'x',
      '.git/HEAD.md': 'x',
    });
    expect(scanPosts(root).files.map((f) => f.relativePath)).toEqual([
      'a/b/c/.md',
      'a/b/c/first.md',
      'a/notes.markdown',
      'top.MD',
    ]);
  });

  it('survives a symbolic link loop and reports it', () => {
    const root = tempTree({ 'g/s/post.md': 'x' });
    symlinkSync(path.join(root, 'g'), path.join(root, 'g', 's', 'loop'));
    const result = scanPosts(root);
    expect(result.files.map((f) => f.relativePath)).toEqual(['g/s/post.md']);
    expect(result.problems).toEqual([{ relativePath: 'g/s/loop', reason: expect.stringMatching(/loop/) }]);
  });

  it('reports a broken link to a post', () => {
    const root = tempTree({ 'ok.md': 'x' });
    symlinkSync(path.join(root, 'missing.md'), path.join(root, 'gone.md'));
    const result = scanPosts(root);
    expect(result.files.map((f) => f.relativePath)).toEqual(['ok.md']);
    expect(result.problems[0]).toMatchObject({ relativePath: 'gone.md', reason: expect.stringMatching(/broken link/) });
  });

  it('reports a missing folder instead of throwing', () => {
    const result = scanPosts('/nonexistent/kanbao/folder');
    expect(result.files).toEqual([]);
    expect(result.problems[0]?.reason).toMatch(/ENOENT/);
  });
});
