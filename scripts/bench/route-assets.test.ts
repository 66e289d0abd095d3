import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { routeFiles, routeWeights, type ViteManifest } from './route-assets';

const manifest: ViteManifest = {
  'index.html': { file: 'assets/index.js', imports: ['_vendor.js'], css: ['assets/index.css'] },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_list.js': { file: 'assets/list.js', imports: ['_vendor.js', 'index.html'], css: ['assets/list.css'] },
  'src/articles/home-page.tsx': { file: 'assets/home.js', imports: ['_list.js'] },
  'src/articles/article-page.tsx': { file: 'assets/article.js', imports: ['index.html', '_purify.js'] },
  '_purify.js': { file: 'assets/purify.js' },
};

describe('routeFiles', () => {
  it('follows static imports transitively, once each, with their CSS', () => {
    expect(routeFiles(manifest, ['index.html', 'src/articles/home-page.tsx'])).toEqual([
      'assets/home.js',
      'assets/index.css',
      'assets/index.js',
      'assets/list.css',
      'assets/list.js',
      'assets/vendor.js',
    ]);
  });

  it('fails loudly when a route module is missing from the manifest', () => {
    expect(() => routeFiles(manifest, ['src/renamed.tsx'])).toThrow(/no entry "src\/renamed.tsx"/);
  });
});

describe('routeWeights', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'route-assets-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('weighs the home route gzipped, and counts only the new files for the article route', () => {
    mkdirSync(path.join(dist, '.vite'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
    const body = (name: string) => `/* ${name} */ ${'x'.repeat(name.length * 50)}`;
    for (const chunk of Object.values(manifest)) {
      for (const file of [chunk.file, ...(chunk.css ?? [])]) writeFileSync(path.join(dist, file), body(file));
    }
    const gz = (file: string) => gzipSync(body(file)).length;

    const { home, articleAdds } = routeWeights(dist);

    expect(home.js).toBe(gz('assets/home.js') + gz('assets/index.js') + gz('assets/list.js') + gz('assets/vendor.js'));
    expect(home.css).toBe(gz('assets/index.css') + gz('assets/list.css'));
    expect(articleAdds.files.map((f) => f.file)).toEqual(['assets/article.js', 'assets/purify.js']);
    expect(articleAdds.css).toBe(0);
  });
});
