// Hostile data: broken, truncated, wrong-shaped or huge data files end in a clear error with Retry, and ids never leave the data folder.
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// The service worker would answer /data/ from its cache, out of reach of the routes that break the files.
test.use({ serviceWorkers: 'block' });

const HUGE = 20 * 1024 * 1024;

interface Broken {
  name: string;
  /** The file's content, made from the real list page. */
  body: (good: string) => string;
  status?: number;
  contentType?: string;
}

let goodList = '';
let goodArticle: Record<string, unknown> = {};
let articleId = '';

test.beforeAll(async ({ request }) => {
  goodList = await (await request.get('/data/lists/all/1.json')).text();
  articleId = (JSON.parse(goodList) as { items: { id: string }[] }).items[0]?.id ?? '';
  goodArticle = await (await request.get(`/data/articles/${articleId[0]}/${articleId}.json`)).json();
});

type ListJson = { items: Record<string, unknown>[] };
const withList = (good: string, change: (list: ListJson, item: Record<string, unknown>) => unknown) => {
  const list = JSON.parse(good) as ListJson;
  return JSON.stringify(change(list, list.items[0] ?? {}));
};

const brokenFiles: Broken[] = [
  { name: 'invalid JSON', body: () => '{"key":"all","page":1,"items":[{"id":' },
  { name: 'truncated', body: (good) => good.slice(0, good.length / 2) },
  { name: 'empty', body: () => '' },
  { name: 'the wrong shape', body: () => JSON.stringify([1, 2, 3]) },
  { name: 'missing fields', body: (good) => withList(good, (list, item) => ({ ...list, items: [{ id: item.id, title: item.title }] })) },
  { name: 'a wrong type', body: (good) => withList(good, (list) => ({ ...list, total: '25' })) },
  {
    name: 'an unsafe image URL',
    body: (good) => withList(good, (list, item) => ({ ...list, items: [{ ...item, leadImage: 'javascript:alert(1)' }] })),
  },
  { name: 'a server error page', body: () => '<h1>502 Bad Gateway</h1>', status: 502, contentType: 'text/html' },
  // Cut off mid-way and padded to 20 MB: too big to be sensible, and not JSON either.
  { name: '20 MB and truncated', body: (good) => good.slice(0, -10) + ' '.repeat(HUGE) },
];

/** Answers `pattern` with `broken` until `healed` is set, then with the real file; counts the requests. */
async function breakFile(page: Page, pattern: string, broken: Broken) {
  const state = { healed: false, requests: 0 };
  await page.route(pattern, async (route) => {
    state.requests++;
    if (state.healed) return route.fallback();
    await route.fulfill({ status: broken.status ?? 200, contentType: broken.contentType ?? 'application/json', body: broken.body(goodList) });
  });
  return state;
}

const loadError = (page: Page) => page.getByRole('main').getByRole('alert').filter({ hasText: 'Could not load' });

for (const broken of brokenFiles) {
  test(`a list page that is ${broken.name} shows "Could not load" with a Retry that recovers`, async ({ page }) => {
    // A 20 MB answer is read up to three times (the first try and two retries) on a shared two-core machine.
    const huge = broken.name.startsWith('20 MB');
    if (huge) test.setTimeout(120_000);
    const file = await breakFile(page, '**/data/lists/all/1.json', broken);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Newest' })).toBeVisible();
    await expect(loadError(page)).toBeVisible(huge ? { timeout: 90_000 } : {});
    // A failed file is tried a bounded number of times (a flaky network may recover), never in a loop.
    expect(file.requests).toBeGreaterThanOrEqual(1);
    expect(file.requests).toBeLessThanOrEqual(3);
    const before = file.requests;

    file.healed = true;
    await loadError(page).getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('main').locator('a[href*="/article/"]').first()).toBeVisible();
    expect(file.requests).toBe(before + 1);
  });
}

test('an article file with a hostile hero image or broken fields shows "Could not load", never the bad data', async ({ page }) => {
  const variants = [
    { ...goodArticle, heroImage: 'javascript:alert(1)' },
    { ...goodArticle, heroImage: 'data:text/html,<script>alert(1)</script>' },
    { ...goodArticle, html: 42 },
    { ...goodArticle, newer: { id: '../../manifest', title: 'x' } },
  ];
  let current = 0;
  await page.route(`**/data/articles/*/${articleId}.json`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(variants[current]) }),
  );
  for (current = 0; current < variants.length; current++) {
    await page.goto(`/article/${articleId}`);
    await expect(loadError(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(page.locator('img[src^="javascript:"], img[src^="data:text"], a[href*="manifest"]')).toHaveCount(0);
  }
});

test('a broken manifest leaves the articles readable and offers Retry in the category list', async ({ page }) => {
  const manifest = await breakFile(page, '**/data/manifest.json', { name: 'invalid JSON', body: () => '{"version":1,' });
  await page.goto('/');
  const sidebar = page.getByRole('complementary', { name: 'Categories' });
  await expect(sidebar.getByRole('alert')).toContainText('Could not load');
  await expect(page.getByRole('main').locator('a[href*="/article/"]').first()).toBeVisible();
  manifest.healed = true;
  await sidebar.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('navigation', { name: 'Categories' }).getByRole('link').first()).toBeVisible();
});

test('a 20 MB list page of 100,000 well-formed items renders its first items without freezing the page', async ({ page }) => {
  test.setTimeout(60_000);
  const list = JSON.parse(goodList) as { items: Record<string, unknown>[]; total: number };
  const item = list.items[0] ?? {};
  const items = Array.from({ length: 100_000 }, (_, i) => ({ ...item, title: `Copy ${i} of one article`, excerpt: 'x'.repeat(100) }));
  const body = JSON.stringify({ ...list, items, total: items.length });
  expect(body.length).toBeGreaterThan(HUGE);
  await page.route('**/data/lists/all/1.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Copy 0 of one article/ }).first()).toBeVisible({ timeout: 30_000 });
  // The list is windowed: 100,000 items must not mean 100,000 links in the page.
  expect(await page.getByRole('main').locator('a[href*="/article/"]').count()).toBeLessThan(500);
});

// Each form tries to make the app ask for a file outside articles/ (or outside data/).
const traversals = [
  '..%2F..%2Fmanifest',
  '%2e%2e%2f%2e%2e%2fmanifest',
  '..%252F..%252Fmanifest',
  'abc%2Fdef%2F',
  '..%5C..%5Cmanifest',
  'AAAAAAAAA%00',
  '%2F%2Fevil.example%2Fx',
  'A%2F..%2F..%2Fx',
];

for (const id of traversals) {
  test(`the article id ${id} is "not found" and asks for no file outside the data folder`, async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (request: Request) => {
      const { pathname } = new URL(request.url());
      if (pathname.includes('/data/') || /%2e|\.\./i.test(pathname)) asked.push(pathname);
    });
    await page.goto(`/article/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    const allowed = /^\/data\/(manifest\.json|lists\/(all|c[0-9a-f]{10})\/\d+\.json|articles\/[A-Za-z0-9_-]\/[A-Za-z0-9_-]{10}\.json)$/;
    expect(asked.filter((p) => !p.startsWith('/article/') && !allowed.test(p))).toEqual([]);
    expect(asked.filter((p) => p.startsWith('/data/articles/'))).toEqual([]);
  });
}

test('dot segments never reach the app: the browser resolves /article/.. before routing', async ({ page }) => {
  for (const path of ['/article/..', '/article/%2e%2e', '/article/%2E%2E/']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Newest' })).toBeVisible();
  }
});

test('a category path with dot segments or encoded slashes is "not found" and names no file', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request: Request) => {
    const { pathname } = new URL(request.url());
    if (pathname.includes('/data/')) asked.push(pathname);
  });
  for (const path of ['..%2F..%2Fdata%2Fmanifest.json', '%2e%2e/%2e%2e/x', 'a%2Fb%2F..%2F..']) {
    await page.goto(`/category/${path}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  }
  expect(asked.filter((p) => p !== '/data/manifest.json')).toEqual([]);
});
