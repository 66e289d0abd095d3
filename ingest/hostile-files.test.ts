// Hostile and broken files at ingest: each is reported, none crashes the run or exhausts memory.
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_ARTICLES_KEY, dataPaths, type ListPage } from '@/shared/schema';
import { CHINA_TIME } from './parse-date';
import { runIngest } from './run-ingest';
import { tempTree } from './temp-tree';

const good = (title: string) => `\n---\ntitle: '${title}'\ncategories:\n - 测试\n - Hostile\n - Files\ndate: 2024-05-01 08:00:00\n---\n<div><p>${title}</p></div>`;

function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 12; level++) {
    const prev = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `---\ntitle: 'Alias bomb'\n${lines.join('\n')}\ncategories: *l\n---\n<p>boom</p>`;
}

async function ingest(files: Record<string, string | Uint8Array>, prepare?: (root: string) => void) {
  const root = tempTree(files, 'kanbao-hostile-');
  prepare?.(root);
  const outDir = path.join(tempTree({}, 'kanbao-hostile-out-'), 'data');
  return runIngest({ inDir: root, outDir, timeZone: CHINA_TIME, cacheFile: null });
}

describe('hostile files at ingest', () => {
  it.each([
    { name: 'a 50 MB post is rejected unread', file: 'huge.md', content: 'x'.repeat(50 * 1024 * 1024), reason: /too large/ },
    { name: 'a binary file', file: 'image.md', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), reason: /binary/ },
    {
      name: 'invalid UTF-8 names its line',
      file: 'latin1.md',
      content: Buffer.concat([Buffer.from('---\ntitle: ok\n---\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])]),
      reason: /UTF-8/,
      line: 4,
    },
    { name: 'an empty file', file: 'empty.md', content: '', reason: /empty/ },
    { name: 'front matter never closed', file: 'open.md', content: '\n---\ntitle: x\n<p>body</p>', reason: /not closed/, line: 2 },
  ])('$name', async ({ file, content, reason, line }) => {
    const { report } = await ingest({ [file]: content, 'fine.md': good('Fine') });
    expect(report.files.find((f) => f.path === file)).toMatchObject({ status: 'error', reason: expect.stringMatching(reason), ...(line ? { line } : {}) });
    expect(report.files.find((f) => f.path === 'fine.md')).toMatchObject({ status: 'ok' });
  });

  it('reads a YAML alias bomb without expanding it', async () => {
    const before = process.memoryUsage().heapUsed;
    const { report } = await ingest({ 'bomb.md': aliasBomb() });
    expect(report.files[0]?.status).toBe('ok');
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('survives a symbolic link loop and a broken link', async () => {
    const { report } = await ingest({ 'g/s/c/post.md': good('Looped') }, (root) => {
      symlinkSync(path.join(root, 'g'), path.join(root, 'g', 's', 'back-to-top'));
      symlinkSync(path.join(root, 'nowhere.md'), path.join(root, 'dangling.md'));
    });
    expect(report.files.map((f) => [f.path, f.status])).toEqual([
      ['dangling.md', 'error'],
      ['g/s/back-to-top', 'error'],
      ['g/s/c/post.md', 'ok'],
    ]);
  });

  // Progress comes after each post: in one thread, a.md is done before b.md is touched.
  const vanishing = async (phase: 'read' | 'write') => {
    const root = tempTree({ 'a.md': good('Stays'), 'b.md': good('Vanishes') }, 'kanbao-hostile-');
    const outDir = path.join(tempTree({}, 'kanbao-hostile-out-'), 'data');
    const { report } = await runIngest({
      inDir: root,
      outDir,
      timeZone: CHINA_TIME,
      cacheFile: null,
      onProgress: (current, done) => {
        if (current === phase && done === 1) rmSync(path.join(root, 'b.md'));
      },
    });
    return report.files;
  };

  it('reports a file that vanishes before it is read', async () => {
    expect(await vanishing('read')).toEqual([
      { path: 'a.md', status: 'ok', id: expect.any(String) },
      { path: 'b.md', status: 'error', reason: expect.stringMatching(/ENOENT/) },
    ]);
  });

  it('builds a file that vanishes after it was read from what was read', async () => {
    expect(await vanishing('write')).toEqual([
      { path: 'a.md', status: 'ok', id: expect.any(String) },
      { path: 'b.md', status: 'ok', id: expect.any(String) },
    ]);
  });

  it('keeps the lists true when a cached post vanishes before it is built again', async () => {
    const dated = (title: string, day: number) => good(title).replace('2024-05-01', `2024-05-0${day}`);
    const root = tempTree({ 'a.md': dated('Oldest', 1), 'b.md': dated('Middle', 2) }, 'kanbao-hostile-');
    const outDir = path.join(tempTree({}, 'kanbao-hostile-out-'), 'data');
    const cacheFile = path.join(outDir, '..', 'cache.json');
    await runIngest({ inDir: root, outDir, timeZone: CHINA_TIME, cacheFile });
    // A newer post gives b.md a new neighbour, so b.md (outlined from the cache, never read) must be built again:
    // it is removed once the newest post is written, after the first pass counted it.
    writeFileSync(path.join(root, 'c.md'), dated('Newest', 3));
    const { report } = await runIngest({
      inDir: root,
      outDir,
      timeZone: CHINA_TIME,
      cacheFile,
      onProgress: (current, done) => {
        if (current === 'write' && done === 1) rmSync(path.join(root, 'b.md'));
      },
    });
    expect(report.files.map((f) => [f.path, f.status])).toEqual([
      ['a.md', 'ok'],
      ['b.md', 'error'],
      ['c.md', 'ok'],
    ]);
    const all: ListPage = JSON.parse(readFileSync(path.join(outDir, dataPaths.listPage(ALL_ARTICLES_KEY, 1)), 'utf8'));
    expect(all.items.map((item) => item.title)).toEqual(['Newest', 'Oldest']);
    expect(all).toMatchObject({ total: 2, pageCount: 1 });
  });

  it('accepts paths with odd characters and gives them safe ids', async () => {
    const odd = ['%- 50% off & more.md', "'quoted' \"name\".md", '空 格/😀 emoji #1.md', '.md', 'a\\b.md'];
    const { report } = await ingest(Object.fromEntries(odd.map((name) => [name, good(name)])));
    expect(report.files.map((f) => f.status)).toEqual(odd.map(() => 'ok'));
    for (const entry of report.files) expect(entry.id).toMatch(/^[A-Za-z0-9_-]{10}$/);
  });
});
