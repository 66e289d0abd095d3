// Starts the ingest CLI from a bundle that is built on first use and rebuilt when a source changes: Node 20 runs no TypeScript, and one bundled file starts faster than a loader.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundleDir = path.join(root, 'node_modules', '.cache', 'kanbao', 'ingest');
const bundle = path.join(bundleDir, 'cli.mjs');
const sourceDirs = ['ingest', 'src/shared'].map((dir) => path.join(root, dir));

function newestSourceTime() {
  let newest = statSync(path.join(root, 'package-lock.json')).mtimeMs;
  for (const dir of sourceDirs) {
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.ts')) newest = Math.max(newest, statSync(path.join(dir, name)).mtimeMs);
    }
  }
  return newest;
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSourceTime()) {
  const { build } = await import('esbuild');
  await build({
    // The worker thread's entry is bundled beside the CLI, where worker-pool.ts looks for it.
    entryPoints: ['cli', 'ingest-worker'].map((name) => path.join(root, 'ingest', `${name}.ts`)),
    outdir: bundleDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    alias: { '@': path.join(root, 'src') },
    // Bundled CommonJS dependencies may call require().
    banner: { js: "import { createRequire as __kanbaoRequire } from 'node:module'; const require = __kanbaoRequire(import.meta.url);" },
    logLevel: 'error',
  });
}
await import(pathToFileURL(bundle).href);
