// The ingest writes a search index beside the lists, and a re-ingest from the cache writes the same one.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { dataPaths } from '@/shared/schema';
import { rankDocs } from '@/shared/search-ranking';
import { parseSearchMeta, parseSearchShard } from '@/shared/search-schema';
import { queryTerms, shardOf } from '@/shared/search-tokens';
import { CHINA_TIME } from './parse-date';
import { runIngest } from './run-ingest';
import { tempTree } from './temp-tree';

function post(title: string, category: string, date: string, body: string): string {
  return `---\ntitle: '${title}'\ncategories:\n - ${category}\ndate: ${date}\n---\n<p>${body}</p>`;
}

function readIndex(out: string): Map<string, string> {
  const dir = path.join(out, 'search');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json'));
  return new Map(files.map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
}

function titlesFor(out: string, query: string): number[] {
  const meta = parseSearchMeta(JSON.parse(readFileSync(path.join(out, dataPaths.searchMeta()), 'utf8')));
  const postings = queryTerms(query).map((term) => {
    const file = path.join(out, dataPaths.searchShard(shardOf(term, meta.shardCount)));
    return parseSearchShard(JSON.parse(readFileSync(file, 'utf8')))[term];
  });
  return rankDocs(meta.docCount, postings).map((r) => r.doc);
}

it('indexes every accepted post in home-list order and rebuilds the same index from the cache', async () => {
  const inDir = tempTree({
    'a.md': post('夜班火车回来了', '新闻', '2026-03-01 08:00:00', 'Sleeper trains return.'),
    'b.md': post('Harbor notes', '随笔', '2026-02-01 08:00:00', '港口的火车站重新开放。'),
    'broken.md': 'abc\u0000def',
  });
  const root = mkdtempSync(path.join(tmpdir(), 'kanbao-search-'));
  const out = path.join(root, 'data');
  const cacheFile = path.join(root, 'cache.json');

  await runIngest({ inDir, outDir: out, timeZone: CHINA_TIME, cacheFile });
  expect(titlesFor(out, '火车')).toEqual([0, 1]);
  expect(titlesFor(out, 'train')).toEqual([0]);
  const first = readIndex(out);

  const second = await runIngest({ inDir, outDir: out, timeZone: CHINA_TIME, cacheFile });
  expect(second.reused).toBe(2);
  expect(readIndex(out)).toEqual(first);

  writeFileSync(path.join(inDir, 'b.md'), post('Harbor notes', '随笔', '2026-02-01 08:00:00', 'No trains here.'));
  await runIngest({ inDir, outDir: out, timeZone: CHINA_TIME, cacheFile });
  expect(titlesFor(out, '火车')).toEqual([0]);
  expect(titlesFor(out, 'train')).toEqual([0, 1]);
});
