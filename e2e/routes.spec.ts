// Every route works on a direct load and a reload; unknown addresses, articles and categories say "not found".
import { expect, test } from './fixtures.ts';

interface Node {
  name: string;
  path: string[];
  children: Node[];
}

let categoryPaths: string[][] = [];
let articleId = '';

test.beforeAll(async ({ request }) => {
  const manifest = (await (await request.get('/data/manifest.json')).json()) as { categories: Node[] };
  const group = manifest.categories.find((g) => g.children[0]?.children[0]) ?? manifest.categories[0];
  const source = group?.children[0];
  const channel = source?.children[0];
  categoryPaths = [group, source, channel].filter((n): n is Node => Boolean(n)).map((n) => n.path);
  const report = (await (await request.get('/data/ingest-report.json')).json()) as { files: { id?: string }[] };
  articleId = report.files.find((f) => f.id)?.id ?? '';
});

const href = (path: string[]) => `/category/${path.map(encodeURIComponent).join('/')}`;

test('home, categories at every depth, an article and the saved page survive a direct load and a reload', async ({ page }) => {
  const checks: [string, () => Promise<void>][] = [
    ['/', () => expect(page.getByRole('heading', { level: 1, name: 'Newest' })).toBeVisible()],
    ...categoryPaths.map((path): [string, () => Promise<void>] => [
      href(path),
      () => expect(page.getByRole('heading', { level: 1 })).toContainText(path.at(-1) ?? ''),
    ]),
    [
      `/article/${articleId}`,
      () => expect(page.getByRole('main').getByRole('article').getByRole('heading', { level: 1 })).toBeVisible(),
    ],
    ['/saved', () => expect(page.getByRole('heading', { level: 1, name: 'Saved' })).toBeVisible()],
  ];
  for (const [url, check] of checks) {
    await page.goto(url);
    await check();
    await page.reload();
    await check();
  }
});

test.describe('not found', () => {
  for (const [name, url, message] of [
    ['an unknown article', '/article/zzzzzzzzzz', 'This article was not found.'],
    ['an impossible article id', '/article/not%20an%20id!', 'This article was not found.'],
    ['an unknown category', '/category/%E6%97%A0%E6%AD%A4%E5%88%86%E7%B1%BB', 'This category was not found.'],
    ['an unknown address', '/no/such/page', 'There is no page at this address.'],
  ] as const) {
    test(`${name} says so, with a way home`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
      await expect(page.getByText(message)).toBeVisible();
      await page.getByRole('link', { name: 'Back to the newest articles' }).click();
      await expect(page).toHaveURL(/\/$/);
    });
  }
});

test('a failed data request says "could not load" and Retry recovers', async ({ page }) => {
  let fail = true;
  await page.route('**/data/articles/**', (route) => (fail ? route.abort('failed') : route.fallback()));
  await page.goto(`/article/${articleId}`);
  await expect(page.getByRole('heading', { name: 'Could not load' })).toBeVisible();
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('main').getByRole('article').getByRole('heading', { level: 1 })).toBeVisible();
});

test('the UI speaks Chinese to a zh browser', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'zh-CN', baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('navigation', { name: '分类' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '最新' })).toBeVisible();
  await context.close();
});
