// Builds the app shell with Vite's manifest into a folder of the caller's choosing (the bench and the size check never touch dist/).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const viteBin = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');

/** `vite build --manifest`, so route-assets can tell which chunks each route loads; its output is shown only when it fails. */
export function buildApp(outDir: string): void {
  const result = spawnSync(process.execPath, [viteBin, 'build', '--manifest', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    encoding: 'utf8',
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}
