// Reading journeys: home -> category -> article and back to the same place, lists that load on scroll, the article page.
import { articleLinks, demoPostId, expect, test } from './fixtures.ts';

test('home -> article -> back returns to the same list position', async ({ page }) => {
  await page.goto('/');
  const links = articleLinks(page);
  await expect(links.first()).toBeVisible();
  // Scroll well into the list, then open the first title link below the sticky header.
  await page.mouse.wheel(0, 1600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  const href = await page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('main h2 a[href*="/article/"]')];
    return links.find((a) => a.getBoundingClientRect().top > 80)?.getAttribute('href');
  });
  const target = page.locator(`main h2 a[href="${href}"]`);
  const title = (await target.textContent()) ?? '';
  const before = await page.evaluate(() => window.scrollY);

  await target.click();
  await expect(page.getByRole('main').getByRole('article').getByRole('heading', { level: 1 })).toHaveText(title.trim());
  await page.goBack();
  await expect(page.getByRole('main').getByRole('link', { name: title.trim() })).toBeInViewport();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(4);
});

test('home -> category -> article -> back to that category', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Categories' });
  const group = nav.getByRole('link').first();
  const groupName = ((await group.locator('.tree-name').textContent()) ?? '').trim();
  await group.click();
  await expect(page).toHaveURL(/\/category\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(groupName);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(groupName);
  await expect(group).toHaveAttribute('aria-current', 'page');

  const first = articleLinks(page).first();
  const title = ((await first.textContent()) ?? '').trim();
  await first.click();
  await expect(page.getByRole('main').getByRole('article').getByRole('heading', { level: 1 })).toHaveText(title);
  await page.goBack();
  await expect(page).toHaveURL(/\/category\/[^/]+$/);
  await expect(page.getByRole('main').getByRole('link', { name: title })).toBeVisible();
});

test('the home list loads further pages as the reader scrolls', async ({ page, request }) => {
  const manifest = (await (await request.get('/data/manifest.json')).json()) as { articleCount: number; pageSize: number };
  test.skip(manifest.articleCount <= manifest.pageSize, 'the demo posts fit on one page');
  await page.goto('/');
  await expect(articleLinks(page).first()).toBeVisible();
  const list = page.getByRole('main').getByRole('list').first();
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(manifest.articleCount));
  for (let i = 0; i < 30 && !(await page.getByText('You have reached the end.').isVisible()); i++) {
    await page.mouse.wheel(0, 2000);
  }
  await expect(page.getByText('You have reached the end.')).toBeVisible();
  await expect(list.getByRole('listitem').last()).toHaveAttribute('aria-posinset', String(manifest.articleCount));
});

test('an article shows its meta line, a body with figures, and newer/older links within its category', async ({ page }) => {
  await page.goto('/');
  await articleLinks(page).first().click();
  const article = page.getByRole('main').getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(article).toHaveAttribute('lang', /^(zh|en)$/);
  await expect(article.getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'false');
  await expect(article.getByText(/min read/)).toBeVisible();
  await expect(page.locator('[data-article-body]')).toHaveCount(1);
  // Body links open in a new tab and do not hand over the opener.
  for (const link of await page.locator('[data-article-body] a[href^="http"]').all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
  }
  const older = article.getByRole('navigation', { name: 'More in this category' }).getByRole('link', { name: /Older/ });
  if (await older.count()) {
    const before = await page.url();
    await older.click();
    await expect(page).not.toHaveURL(before);
    await expect(article.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

test('a broken image keeps its caption and links the original image', async ({ page, request }) => {
  const id = await demoPostId(request, /Port strike|night trains|跨境铁路/);
  await page.route('**/demo/images/**', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(`/article/${id}`);
  const figure = page.locator('[data-article-body] figure').first();
  await expect(figure.locator('figcaption')).toBeVisible();
  const fallback = figure.getByRole('link', { name: /Image could not be loaded\. Open the original image/ });
  await expect(fallback).toBeVisible();
  await expect(fallback).toHaveAttribute('href', /\/demo\/images\//);
  await expect(figure.locator('img')).toHaveCount(0);
});

test('videos load only on request, in a sandboxed frame', async ({ page, request }) => {
  // The fixtures block every other origin, so nothing reaches the video host until the click.
  const id = await demoPostId(request, /trailer|实机演示/i);
  await page.goto(`/article/${id}`);
  const body = page.locator('[data-article-body]');
  const load = body.getByRole('button', { name: /^Load video from / });
  await expect(load.first()).toBeVisible();
  await expect(body.locator('iframe')).toHaveCount(0);
  await load.first().click();
  const frame = body.locator('iframe').first();
  await expect(frame).toHaveAttribute('sandbox', /allow-scripts/);
  await expect(frame).toHaveAttribute('src', /^https:\/\//);
});
