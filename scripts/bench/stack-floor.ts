// Builds the bench's yardstick: the bare stack the budget names (stack-floor-app/), so Lighthouse can score it beside the app on the same data.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'stack-floor-app');

export async function buildStackFloor(outDir: string): Promise<void> {
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
  });
}
