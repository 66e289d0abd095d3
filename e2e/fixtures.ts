// The `test` every spec uses: pages cannot reach past the app under test, and an uncaught page error fails the test.
import { type APIRequestContext, test as base, expect, type Locator, type Page } from '@playwright/test';

export const test = base.extend({
  context: async ({ context, baseURL }, use) => {
    // Posts link images and embeds from all over the web; tests must pass, and stay fast, without it.
    const appOrigin = new URL(baseURL ?? 'http://localhost').origin;
    await context.route((url) => url.origin !== appOrigin, (route) => route.abort('blockedbyclient'));

    const pageErrors: string[] = [];
    context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error.message)));
    await use(context);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };

/** Links to articles inside the page's main landmark (the route, /article/ID, is part of the contract). */
export function articleLinks(page: Page): Locator {
  return page.getByRole('main').locator('a[href*="/article/"]');
}

/** The id of the demo post whose path matches `pattern`, from the served data's ingest report. */
export async function demoPostId(request: APIRequestContext, pattern: RegExp): Promise<string> {
  const report = (await (await request.get('/data/ingest-report.json')).json()) as {
    files: { path: string; status: string; id?: string }[];
  };
  const id = report.files.find((f) => f.status === 'ok' && pattern.test(f.path))?.id;
  if (!id) throw new Error(`no demo post matches ${pattern}`);
  return id;
}
