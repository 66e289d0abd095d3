// Ingests the bundled demo posts and, when it is beside the project, the real corpus.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAll, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataPaths, parseArticle } from '@/shared/schema';
import { CHINA_TIME } from './parse-date';
import { parsePost } from './parse-post';
import { runIngest } from './run-ingest';
import { scanPosts } from './scan-posts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const demo = path.join(projectRoot, 'content');
const corpus = path.join(projectRoot, '..', 'shared', 'corpus');

async function ingest(inDir: string) {
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'kanbao-ingest-')), 'data');
  return { outDir, ...(await runIngest({ inDir, outDir, timeZone: CHINA_TIME, cacheFile: null })) };
}

function article(outDir: string, id: string | undefined) {
  return parseArticle(JSON.parse(readFileSync(path.join(outDir, dataPaths.article(id ?? '')), 'utf8')));
}

/** Figures that carry caption text besides their media, counted in a post's raw body. */
function captionedFigures(html: string): number {
  return findAll((el) => el.name === 'figure', parseDocument(html).children).filter(
    (figure) => textContent(figure).trim().length > 0,
  ).length;
}

function figcaptions(html: string): string[] {
  return findAll((el) => el.name === 'figcaption', parseDocument(html).children).map((el) => textContent(el).trim());
}

describe('ingesting the demo posts', () => {
  it('accepts every post and covers the groups, sources and channels', async () => {
    const { report, outDir } = await ingest(demo);
    expect(report.files.filter((f) => f.status === 'error')).toEqual([]);
    expect(report.accepted).toBeGreaterThanOrEqual(40);
    const manifest = JSON.parse(readFileSync(path.join(outDir, dataPaths.manifest()), 'utf8'));
    const channels = manifest.categories.flatMap((g: { children: { children: unknown[] }[] }) =>
      g.children.flatMap((s) => s.children),
    );
    expect(manifest.categories.length).toBeGreaterThanOrEqual(3);
    expect(channels.length).toBeGreaterThanOrEqual(10);
  });
});

describe.runIf(existsSync(corpus))('ingesting the real corpus', () => {
  let result: Awaited<ReturnType<typeof ingest>>;
  beforeAll(async () => {
    result = await ingest(corpus);
  });
  // The folder's MANIFEST.md describes the sample; it has no front matter and is not a post.
  const files = scanPosts(corpus).files.filter((f) => f.relativePath !== 'MANIFEST.md');

  it('accepts every real post and reports the one file that is not a post', () => {
    const { report } = result;
    expect(report.files.filter((f) => f.status === 'error')).toEqual([
      { path: 'MANIFEST.md', status: 'error', line: 1, reason: expect.stringMatching(/no front matter/) },
    ]);
    expect(report.accepted).toBe(files.length);
  });

  it('gives every real figure with caption text a non-empty figcaption', () => {
    const { report, outDir } = result;
    let figures = 0;
    for (const file of files) {
      const expected = captionedFigures(parsePost(readFileSync(file.absolutePath, 'utf8')).body);
      if (expected === 0) continue;
      figures += expected;
      const entry = report.files.find((f) => f.path === file.relativePath);
      const captions = figcaptions(article(outDir, entry?.id).html);
      expect(captions.filter((c) => c.length > 0).length, file.relativePath).toBeGreaterThanOrEqual(expected);
      expect(captions, file.relativePath).not.toContain('');
    }
    expect(figures).toBeGreaterThan(0);
  });
});
