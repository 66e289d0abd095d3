// The home route's JavaScript budget, as a byte count over a real build: `npm test` fails when the shell outgrows it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildApp } from './bench/build-app';
import { HOME_JS_BUDGET_BYTES, routeWeights } from './bench/route-assets';

const outDir = mkdtempSync(path.join(tmpdir(), 'kanbao-size-check-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('keeps the JavaScript the home route loads within 130 KB gzipped', () => {
  buildApp(outDir);
  const { home } = routeWeights(outDir);
  const listing = home.files
    .filter((f) => f.file.endsWith('.js'))
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((f) => `  ${f.file} ${f.gzipBytes} B`)
    .join('\n');
  const figure = `home route JS: ${home.js} B = ${(home.js / 1024).toFixed(1)} KB gzipped (budget ${HOME_JS_BUDGET_BYTES / 1024} KB)`;
  console.log(`${figure}\n${listing}`);
  expect(home.js, `${figure}; move code out of the shell into a lazily loaded chunk`).toBeLessThanOrEqual(HOME_JS_BUDGET_BYTES);
}, 180_000);
