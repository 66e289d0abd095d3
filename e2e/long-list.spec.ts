// A long list holds a window of pages: far down, the first ones are let go of; back at the top, they return in place.
import { articleLinks, expect, test } from './fixtures.ts';

const PAGE_SIZE = 25;
const PAGES = 40;

test.use({ serviceWorkers: 'block' });

test('scrolling far down a 1,000-article list lets its first pages go, and scrolling back brings them back where they were', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const real = (await (await request.get('/data/lists/all/1.json')).json()) as { items: Record<string, unknown>[] };
  const template = real.items[0] ?? {};
  const fetched: number[] = [];
  await page.route('**/data/lists/all/*.json', async (route) => {
    const n = Number(/(\d+)\.json$/.exec(route.request().url())?.[1]);
    fetched.push(n);
    const items = Array.from({ length: PAGE_SIZE }, (_, i) => {
      const position = (n - 1) * PAGE_SIZE + i + 1;
      return { ...template, id: `R${String(position).padStart(9, '0')}`, title: `Row ${position} of the long list` };
    });
    await route.fulfill({ json: { key: 'all', page: n, pageCount: PAGES, total: PAGES * PAGE_SIZE, items } });
  });

  await page.goto('/');
  const first = page.getByRole('link', { name: 'Row 1 of the long list' });
  await expect(first).toBeVisible();
  const firstTop = (await first.boundingBox())?.y;

  await page.mouse.move(300, 400);
  while (!fetched.includes(20)) {
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(50);
  }
  await expect(first).toHaveCount(0);
  await expect.poll(() => articleLinks(page).count()).toBeLessThan(60);

  while ((await page.evaluate(() => window.scrollY)) > 0) {
    await page.mouse.wheel(0, -4000);
    await page.waitForTimeout(50);
  }
  await expect(first).toBeVisible();
  expect((await first.boundingBox())?.y).toBe(firstTop);
  expect(fetched.filter((n) => n === 1)).toHaveLength(2);
});
