import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALL_ARTICLES_KEY,
  dataPaths,
  parseArticle,
  parseIngestReport,
  parseListPage,
  parseManifest,
} from '@/shared/schema';
import { articleIdForPath, categoryKey } from './article-id';
import { CHINA_TIME } from './parse-date';
import { PAGE_SIZE } from './list-pages';
import { runIngest } from './run-ingest';
import { tempTree } from './temp-tree';

function post(title: string, categories: string[], date: string, body: string): string {
  const list = categories.map((c) => ` - ${c}`).join('\n');
  return `\n---\ntitle: '${title}'\ncategories: \n${list}\nauthor: Desk\ncomments: false\ndate: ${date}\n---\n\n<div>   \n${body}\n</div>  `;
}

function workspace() {
  const root = mkdtempSync(path.join(tmpdir(), 'kanbao-out-'));
  return { out: path.join(root, 'data'), cacheFile: path.join(root, 'cache.json') };
}

const read = (dir: string, relative: string): unknown => JSON.parse(readFileSync(path.join(dir, relative), 'utf8'));

const sample = {
  '科技/Tech Daily/Releases/new-compiler.md': post('A new compiler lands', ['科技', 'Tech Daily', 'Releases'], 'Mon, 02 Mar 2026 08:00:00 GMT', '<p>The compiler is twice as fast.</p>'),
  '科技/Tech Daily/Releases/old-compiler.md': post('Old compiler retired', ['科技', 'Tech Daily', 'Releases'], '2025-01-05 10:00:00', '<p>It served for years.</p>'),
  '科技/开源周刊/新闻/发布.md': post('开源项目发布新版本', ['科技', '开源周刊', '新闻'], '2026-02-01T09:00:00+08:00', '<p>新版本修复了许多问题。</p>'),
  '新闻/环球/国际/无日期.md': post('没有日期的快讯', ['新闻', '环球', '国际'], 'Invalid Date', '<p>日期缺失。</p>'),
  '新闻/环球/国际/broken.md': '\n---\ntitle: never closed\ncategories: x\n<div>oops</div>',
  '新闻/环球/国际/binary.md': 'abc\u0000def',
};

describe('runIngest', () => {
  it('writes manifest, lists, articles and a report entry for every file', async () => {
    const { out, cacheFile } = workspace();
    const { report } = await runIngest({ inDir: tempTree(sample), outDir: out, timeZone: CHINA_TIME, cacheFile });

    expect(parseIngestReport(read(out, dataPaths.report()))).toEqual(report);
    expect(report.files.map((f) => f.path)).toEqual(Object.keys(sample).sort());
    expect(report).toMatchObject({ accepted: 4, rejected: 2 });
    const broken = report.files.find((f) => f.path.endsWith('broken.md'));
    expect(broken).toMatchObject({ status: 'error', line: 2, reason: expect.stringMatching(/not closed/) });
    expect(report.files.find((f) => f.path.endsWith('binary.md'))).toMatchObject({ status: 'error', reason: expect.stringMatching(/binary/) });

    const manifest = parseManifest(read(out, dataPaths.manifest()));
    expect(manifest.articleCount).toBe(4);
    expect(manifest.categories.map((c) => [c.name, c.count])).toEqual([
      ['科技', 3],
      ['新闻', 1],
    ]);

    const home = parseListPage(read(out, dataPaths.listPage(ALL_ARTICLES_KEY, 1)));
    expect(home.items.map((i) => i.title)).toEqual([
      'A new compiler lands',
      '开源项目发布新版本',
      'Old compiler retired',
      '没有日期的快讯',
    ]);
    expect(home.items[3]?.date).toBeNull();
    expect(home.items[2]?.date).toBe('2025-01-05T02:00:00.000Z');

    const releases = manifest.categories[0]?.children.find((c) => c.name === 'Tech Daily')?.children[0];
    const channel = parseListPage(read(out, dataPaths.listPage(releases?.key ?? '', 1)));
    expect(channel.total).toBe(2);

    const id = articleIdForPath('科技/Tech Daily/Releases/new-compiler.md');
    const article = parseArticle(read(out, dataPaths.article(id)));
    expect(article).toMatchObject({
      title: 'A new compiler lands',
      category: ['科技', 'Tech Daily', 'Releases'],
      lang: 'en',
      sourcePath: '科技/Tech Daily/Releases/new-compiler.md',
      newer: null,
      older: { id: articleIdForPath('科技/Tech Daily/Releases/old-compiler.md'), title: 'Old compiler retired' },
    });
    expect(article.html).toContain('twice as fast');
  });

  it('gives the same ids on every run and pages long lists', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < PAGE_SIZE * 2 + 3; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      many[`g/s/c/post-${i}.md`] = post(`Post ${i}`, ['g', 's', 'c'], `2024-03-${day} 12:00:00`, `<p>Body ${i}</p>`);
    }
    const posts = tempTree(many);
    const first = workspace();
    const second = workspace();
    const a = await runIngest({ inDir: posts, outDir: first.out, timeZone: CHINA_TIME, cacheFile: null });
    const b = await runIngest({ inDir: posts, outDir: second.out, timeZone: CHINA_TIME, cacheFile: null });
    expect(a.report.files.map((f) => f.id)).toEqual(b.report.files.map((f) => f.id));
    const last = parseListPage(read(first.out, dataPaths.listPage(ALL_ARTICLES_KEY, 3)));
    expect(last).toMatchObject({ page: 3, pageCount: 3, total: PAGE_SIZE * 2 + 3 });
    expect(last.items).toHaveLength(3);
  });

  it('re-parses only changed posts, and drops posts whose files are gone', async () => {
    const posts = tempTree(sample);
    const { out, cacheFile } = workspace();
    await runIngest({ inDir: posts, outDir: out, timeZone: CHINA_TIME, cacheFile });
    const again = await runIngest({ inDir: posts, outDir: out, timeZone: CHINA_TIME, cacheFile });
    expect(again.reused).toBe(4);

    const changed = path.join(posts, '科技/开源周刊/新闻/发布.md');
    writeFileSync(changed, post('开源项目发布新版本（更新）', ['科技', '开源周刊', '新闻'], '2026-02-01T09:00:00+08:00', '<p>更新后的正文。</p>'));
    rmSync(path.join(posts, '科技/Tech Daily/Releases/old-compiler.md'));
    const third = await runIngest({ inDir: posts, outDir: out, timeZone: CHINA_TIME, cacheFile });
    expect(third.report.accepted).toBe(3);
    // The changed post is rebuilt, and so is the compiler post, whose older neighbour is gone.
    expect(third.reused).toBe(1);
    const home = parseListPage(read(out, dataPaths.listPage(ALL_ARTICLES_KEY, 1)));
    expect(home.items.map((i) => i.title)).toContain('开源项目发布新版本（更新）');
    expect(home.items.map((i) => i.title)).not.toContain('Old compiler retired');
    const compiler = parseArticle(read(out, dataPaths.article(articleIdForPath('科技/Tech Daily/Releases/new-compiler.md'))));
    expect(compiler.older).toBeNull();
    expect(existsSync(path.join(out, dataPaths.article(articleIdForPath('科技/Tech Daily/Releases/old-compiler.md'))))).toBe(false);
  });

  it('links the list pages the previous folder already has byte for byte, and writes the changed ones', async () => {
    const posts = tempTree(sample);
    const { out, cacheFile } = workspace();
    await runIngest({ inDir: posts, outDir: out, timeZone: CHINA_TIME, cacheFile });
    const newsPage = dataPaths.listPage(categoryKey(['新闻']), 1);
    const inode = (relative: string) => statSync(path.join(out, relative)).ino;
    const before = { news: inode(newsPage), home: inode(dataPaths.listPage(ALL_ARTICLES_KEY, 1)) };
    writeFileSync(path.join(posts, '科技/开源周刊/新闻/发布.md'), post('开源项目发布新版本（更新）', ['科技', '开源周刊', '新闻'], '2026-02-01T09:00:00+08:00', '<p>更新后的正文。</p>'));
    await runIngest({ inDir: posts, outDir: out, timeZone: CHINA_TIME, cacheFile });
    expect(inode(newsPage)).toBe(before.news);
    expect(inode(dataPaths.listPage(ALL_ARTICLES_KEY, 1))).not.toBe(before.home);
    expect(parseListPage(read(out, newsPage)).items.map((i) => i.title)).toEqual(['没有日期的快讯']);
  });

  it('reuses posts whose files were only touched, and rejects touched broken files again for the same reasons', async () => {
    const posts = tempTree(sample);
    const { out, cacheFile } = workspace();
    const first = await runIngest({ inDir: posts, outDir: out, timeZone: CHINA_TIME, cacheFile });
    const later = new Date(Date.now() + 60_000);
    for (const relative of Object.keys(sample)) utimesSync(path.join(posts, relative), later, later);
    const touched = await runIngest({ inDir: posts, outDir: out, timeZone: CHINA_TIME, cacheFile });
    expect(touched.reused).toBe(4);
    expect(touched.report.files).toEqual(first.report.files);
    // The cache now has the new times: the next run does not even read the files.
    const again = await runIngest({ inDir: posts, outDir: out, timeZone: CHINA_TIME, cacheFile });
    expect(again.reused).toBe(4);
    expect(again.report.files).toEqual(first.report.files);
  });

  it('builds an unchanged post again when its article file was deleted from the data folder', async () => {
    const posts = tempTree(sample);
    const { out, cacheFile } = workspace();
    await runIngest({ inDir: posts, outDir: out, timeZone: CHINA_TIME, cacheFile });
    const lost = path.join(out, dataPaths.article(articleIdForPath('科技/开源周刊/新闻/发布.md')));
    rmSync(lost);
    const again = await runIngest({ inDir: posts, outDir: out, timeZone: CHINA_TIME, cacheFile });
    expect(again.reused).toBe(3);
    expect(parseArticle(JSON.parse(readFileSync(lost, 'utf8'))).title).toBe('开源项目发布新版本');
  });

  it('writes the same data folder on worker threads as in one thread, rejections included', async () => {
    const inDir = tempTree(sample);
    const now = () => new Date('2026-03-01T00:00:00Z');
    const inThread = workspace();
    const onWorkers = workspace();
    await runIngest({ inDir, outDir: inThread.out, timeZone: CHINA_TIME, cacheFile: null, now });
    await runIngest({ inDir, outDir: onWorkers.out, timeZone: CHINA_TIME, cacheFile: null, now, minJobsForWorkers: 1 });

    const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    expect(files(onWorkers.out)).toEqual(files(inThread.out));
    for (const name of files(inThread.out)) {
      if (statSync(path.join(inThread.out, name)).isFile()) expect(read(onWorkers.out, name)).toEqual(read(inThread.out, name));
    }
  }, 30_000);

  it('links unchanged search files from the previous folder when the index is built on its own thread', async () => {
    const posts = tempTree(sample);
    const { out, cacheFile } = workspace();
    const run = () => runIngest({ inDir: posts, outDir: out, timeZone: CHINA_TIME, cacheFile, minJobsForWorkers: 1 });
    await run();
    const searchFiles = () => {
      const dir = path.join(out, 'search');
      const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json')).sort();
      return Object.fromEntries(names.map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
    };
    const built = searchFiles();
    const meta = dataPaths.searchMeta();
    const inode = () => statSync(path.join(out, meta)).ino;
    const first = inode();
    // The second run links the file; the third can only link it if the thread told the cache what it wrote.
    await run();
    await run();
    expect(inode()).toBe(first);
    // Built again from the cached terms the thread was handed as bytes, the index is the same.
    expect(searchFiles()).toEqual(built);
  }, 30_000);

  it('finishes on worker threads when the posts fill their last batch exactly', async () => {
    const posts = Object.fromEntries(
      Array.from({ length: 64 }, (_, i) => [`科技/Tech Daily/Releases/${i}.md`, post(`Release ${i}`, ['科技', 'Tech Daily', 'Releases'], `2026-01-01 10:${String(i % 60).padStart(2, '0')}:00`, `<p>Notes ${i}.</p>`)]),
    );
    const { out } = workspace();
    const { report } = await runIngest({ inDir: tempTree(posts), outDir: out, timeZone: CHINA_TIME, cacheFile: null, minJobsForWorkers: 1 });
    expect(report).toMatchObject({ accepted: 64, rejected: 0 });
  }, 30_000);

  it('rejects oversized posts without reading them', async () => {
    const posts = tempTree({ 'big.md': post('Big', ['g'], '2024-01-01 00:00:00', `<p>${'x'.repeat(5 * 1024 * 1024)}</p>`) });
    const { out } = workspace();
    const { report } = await runIngest({ inDir: posts, outDir: out, timeZone: CHINA_TIME, cacheFile: null });
    expect(report.files[0]).toMatchObject({ status: 'error', reason: expect.stringMatching(/too large/) });
  });

  it('leaves the previous data folder intact when a run is killed with SIGKILL', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 4000; i++) many[`g/s/c/p${i}.md`] = post(`Post ${i}`, ['g', 's', 'c'], '2024-01-01 00:00:00', `<p>${'Text. '.repeat(200)}</p>`);
    const posts = tempTree(many);
    const { out } = workspace();
    await runIngest({ inDir: tempTree(sample), outDir: out, timeZone: CHINA_TIME, cacheFile: null });
    const before = readFileSync(path.join(out, dataPaths.report()), 'utf8');

    const child = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', '--in', posts, '--out', out, '--no-cache'], {
      stdio: 'ignore',
    });
    const parent = path.dirname(out);
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        const staging = readdirSync(parent).find((name) => name.startsWith('.data.staging-'));
        if (staging && readdirSync(path.join(parent, staging)).length > 0) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      child.on('exit', () => {
        clearInterval(timer);
        reject(new Error('the ingest finished before it could be killed'));
      });
    });
    await new Promise((resolve) => child.on('exit', resolve));

    expect(readFileSync(path.join(out, dataPaths.report()), 'utf8')).toBe(before);
    await runIngest({ inDir: tempTree(sample), outDir: out, timeZone: CHINA_TIME, cacheFile: null });
    expect(readdirSync(parent).filter((name) => name.startsWith('.data.'))).toEqual([]);
    expect(statSync(out).isDirectory()).toBe(true);
  }, 60_000);
});
