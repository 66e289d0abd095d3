// Serves the app's /data/ requests from a folder on disk (or from a function), leaving the demo data on the server untouched.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';

/** A data file's path under /data/ -> its body, or null for a 404. */
export type DataSource = (file: string) => Promise<string | Buffer | null>;

export function fromFolder(dir: string): DataSource {
  return async (file) => {
    const target = path.join(dir, file);
    // The app must never ask for a file outside its data folder; if it did, answer as a static server would.
    if (path.relative(dir, target).startsWith('..')) return null;
    return readFile(target).catch(() => null);
  };
}

/** Routes every /data/ request of `page` to `source`. */
export async function serveData(page: Page, source: DataSource): Promise<void> {
  await page.route('**/data/**', async (route: Route) => {
    const { pathname } = new URL(route.request().url());
    const file = pathname.slice(pathname.indexOf('/data/') + '/data/'.length);
    const body = await source(file);
    if (body === null) await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    else await route.fulfill({ status: 200, contentType: 'application/json', body });
  });
}
