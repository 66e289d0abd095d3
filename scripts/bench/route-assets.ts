// Which built JS and CSS files a route loads, read from Vite's manifest, and their gzipped sizes: shared by the bench and the size check.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The part of a `.vite/manifest.json` entry this module reads. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
export type ViteManifest = Record<string, ManifestChunk>;

/** The budget for the home route's JavaScript, gzipped (KB of 1,024 bytes). */
export const HOME_JS_BUDGET_BYTES = 130 * 1024;

// Manifest keys: the HTML entry, plus each route's lazily imported module (see src/app/router.tsx).
export const HOME_ROUTE = ['index.html', 'src/articles/home-page.tsx'];
export const ARTICLE_ROUTE = ['index.html', 'src/articles/article-page.tsx'];

/**
 * The files a browser fetches before the given modules run: their chunks, every chunk those import
 * statically (transitively), and those chunks' CSS. Dynamic imports are left out: they load later, if ever.
 */
export function routeFiles(manifest: ViteManifest, keys: readonly string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    // A renamed route module must fail loudly, or the figure would silently shrink.
    if (!chunk) throw new Error(`Vite's manifest has no entry "${key}": update the route lists in scripts/bench/route-assets.ts`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return [...files].sort();
}

export function readViteManifest(distDir: string): ViteManifest {
  return JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8')) as ViteManifest;
}

export interface SizedFile {
  file: string;
  gzipBytes: number;
}

export interface RouteWeight {
  js: number;
  css: number;
  files: SizedFile[];
}

/** Gzip at the default level, what static hosts and CDNs typically serve. */
export function weigh(distDir: string, files: readonly string[]): RouteWeight {
  const sized = files.map((file) => ({ file, gzipBytes: gzipSync(readFileSync(path.join(distDir, file))).length }));
  const sum = (ext: string) => sized.filter((s) => s.file.endsWith(ext)).reduce((total, s) => total + s.gzipBytes, 0);
  return { js: sum('.js'), css: sum('.css'), files: sized };
}

/** The home route's weight, and what opening an article from it adds (the files not already loaded). */
export function routeWeights(distDir: string): { home: RouteWeight; articleAdds: RouteWeight } {
  const manifest = readViteManifest(distDir);
  const home = routeFiles(manifest, HOME_ROUTE);
  const article = routeFiles(manifest, ARTICLE_ROUTE);
  return {
    home: weigh(distDir, home),
    articleAdds: weigh(
      distDir,
      article.filter((file) => !home.includes(file)),
    ),
  };
}
