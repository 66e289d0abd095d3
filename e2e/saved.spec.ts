// Saved-for-later journeys: saving from a list and an article, two tabs in step, reading saved articles offline, export and import.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { articleLinks, expect, test } from './fixtures.ts';

const SAVE = 'Save for later';

function mainHeading(page: Page) {
  return page.getByRole('main').getByRole('heading', { level: 1 });
}

/** The list row (home, category or saved page) whose title link is `title`. */
function row(page: Page, title: string) {
  return page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

async function firstTitles(page: Page, n: number): Promise<string[]> {
  await expect(articleLinks(page).nth(n - 1)).toBeVisible();
  const titles = await articleLinks(page).allTextContents();
  return titles.slice(0, n).map((title) => title.trim());
}

/** A second context that, like the fixture's, cannot reach past the app under test. */
async function freshContext(browser: Browser, baseURL: string | undefined): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', serviceWorkers: 'block' });
  const appOrigin = new URL(baseURL ?? 'http://localhost').origin;
  await context.route((url) => url.origin !== appOrigin, (route) => route.abort('blockedbyclient'));
  return context;
}

test('save from a list and from an article; both survive a reload and show on the saved page, newest first', async ({ page }) => {
  await page.goto('/');
  const [fromList, fromArticle] = await firstTitles(page, 2);
  if (!fromList || !fromArticle) throw new Error('the demo data has fewer than two articles');

  const listButton = row(page, fromList).getByRole('button', { name: SAVE });
  await expect(listButton).toHaveAttribute('aria-pressed', 'false');
  await listButton.click();
  await expect(listButton).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('main').getByRole('link', { name: fromArticle, exact: true }).click();
  await expect(mainHeading(page)).toHaveText(fromArticle);
  const articleButton = page.getByRole('main').getByRole('button', { name: SAVE });
  await articleButton.click();
  await expect(articleButton).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(mainHeading(page)).toHaveText(fromArticle);
  await expect(articleButton).toHaveAttribute('aria-pressed', 'true');
  // The header counts what is saved.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Saved 2', exact: true })).toBeVisible();

  await page.getByRole('link', { name: /^Saved( \d+)?$/ }).click();
  await expect(mainHeading(page)).toHaveText('Saved');
  const saved = page.getByRole('main').locator('h2 a[href*="/article/"]');
  await expect(saved).toHaveText([fromArticle, fromList]);
  await expect(row(page, fromList).getByRole('button', { name: SAVE })).toHaveAttribute('aria-pressed', 'true');

  // Remove with Undo, and the removal itself survives a reload.
  await row(page, fromList).getByRole('button', { name: 'Remove' }).click();
  await expect(saved).toHaveText([fromArticle]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(saved).toHaveText([fromArticle, fromList]);
  await row(page, fromArticle).getByRole('button', { name: 'Remove' }).click();
  await page.reload();
  await expect(saved).toHaveText([fromList]);
});

test('two pages in one browser stay in step without reloading', async ({ page, context }) => {
  const other = await context.newPage();
  await Promise.all([page.goto('/'), other.goto('/')]);
  const [title] = await firstTitles(page, 1);
  if (!title) throw new Error('the demo data has no articles');
  const here = row(page, title).getByRole('button', { name: SAVE });
  const there = row(other, title).getByRole('button', { name: SAVE });
  await expect(there).toHaveAttribute('aria-pressed', 'false');

  await here.click();
  await expect(there).toHaveAttribute('aria-pressed', 'true');

  // The other page's saved list follows too, and a removal there comes back here.
  await other.getByRole('link', { name: /^Saved( \d+)?$/ }).click();
  await expect(other.getByRole('main').getByRole('link', { name: title, exact: true })).toBeVisible();
  await row(other, title).getByRole('button', { name: 'Remove' }).click();
  await expect(here).toHaveAttribute('aria-pressed', 'false');
  await here.click();
  await expect(other.getByRole('main').getByRole('link', { name: title, exact: true })).toBeVisible();
});

test('export as JSON and Markdown, then import the JSON into a fresh browser', async ({ page, browser, baseURL }) => {
  await page.goto('/');
  const titles = await firstTitles(page, 3);
  for (const title of titles) await row(page, title).getByRole('button', { name: SAVE }).click();
  await page.getByRole('link', { name: /^Saved( \d+)?$/ }).click();
  await expect(page.getByRole('main').locator('h2 a[href*="/article/"]')).toHaveCount(3);

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  expect(json.suggestedFilename()).toMatch(/^kanbao-saved-\d{4}-\d\d-\d\d\.json$/);
  const jsonPath = await json.path();
  const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
  expect(markdown.suggestedFilename()).toMatch(/\.md$/);
  const text = await readFile(await markdown.path(), 'utf8');
  expect(text.match(/^---$/gm)).toHaveLength(6);
  for (const title of titles) expect(text).toContain(`title: ${JSON.stringify(title)}`);

  const fresh = await freshContext(browser, baseURL);
  try {
    const next = await fresh.newPage();
    await next.goto('/saved');
    await expect(next.getByText('Nothing saved yet', { exact: false })).toBeVisible();
    await next.getByLabel('Import…').setInputFiles(jsonPath);
    await expect(next.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported 3, skipped 0.');
    await expect(next.getByRole('main').locator('h2 a[href*="/article/"]')).toHaveText(titles.toReversed());
    // Importing the same file again adds nothing: it merges, it does not duplicate.
    await next.getByLabel('Import…').setInputFiles(jsonPath);
    await expect(next.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported 0, skipped 3.');
    await expect(next.getByRole('main').locator('h2 a[href*="/article/"]')).toHaveCount(3);
  } finally {
    await fresh.close();
  }
});

test('a saved article whose post was removed by a re-ingest is marked, and can still be removed', async ({ page }) => {
  // What a store holds after the article was saved, once a later ingest dropped its post.
  const gone = { id: 'GoneArt1cl', savedAt: '2022-03-01T00:00:00.000Z', changedAt: '2022-03-01T00:00:00.000Z', title: '旧闻：渡轮时刻表', category: ['新闻'], date: null, leadImage: null, excerpt: '' };
  await page.addInitScript((value) => {
    if (!localStorage.getItem('kanbao:saved')) localStorage.setItem('kanbao:saved', value);
  }, JSON.stringify({ v: 1, items: [gone] }));
  await page.goto('/saved');
  const item = page.getByRole('main').getByRole('listitem').filter({ hasText: gone.title });
  await expect(item.getByText('No longer in the collection')).toBeVisible();
  await expect(item.getByRole('link', { name: gone.title })).toHaveCount(0);
  await item.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('Nothing saved yet', { exact: false })).toBeVisible();
});

test.describe('offline', () => {
  // The only spec that runs the service worker; the others block it (playwright.config.ts) to stay isolated.
  test.use({ serviceWorkers: 'allow' });

  test('a saved article and the saved page open with the network off', async ({ page, context, request }) => {
    // An article with a picture of its own, to see the image kept as well.
    const list = (await (await request.get('/data/lists/all/1.json')).json()) as { items: { id: string; title: string }[] };
    let chosen: { id: string; title: string; image: string } | undefined;
    for (const item of list.items) {
      const file = (await (await request.get(`/data/articles/${item.id[0]}/${item.id}.json`)).json()) as { html: string };
      const image = /<img[^>]+src="(\/demo\/images\/[^"]+)"/.exec(file.html)?.[1];
      if (image) {
        chosen = { ...item, image };
        break;
      }
    }
    if (!chosen) throw new Error('no demo article on the first page has a local image');
    const { id, title, image } = chosen;

    await page.goto(`/article/${id}`);
    await expect(mainHeading(page)).toHaveText(title);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await page.getByRole('main').getByRole('button', { name: SAVE }).click();
    const cached = () =>
      page.evaluate(async () => (await (await caches.open('kanbao-saved')).keys()).map((request) => new URL(request.url).pathname));
    await expect.poll(cached).toEqual(expect.arrayContaining([`/data/articles/${id[0]}/${id}.json`, encodeURI(image)]));

    await context.setOffline(true);
    await page.goto('/saved');
    await expect(mainHeading(page)).toHaveText('Saved');
    await expect(page.getByRole('banner').getByRole('status')).toHaveText(/^Offline/);
    await page.getByRole('main').getByRole('link', { name: title, exact: true }).click();
    await expect(mainHeading(page)).toHaveText(title);
    await expect(page.locator('[data-article-body]')).not.toBeEmpty();
    // A direct load of the article's address works too (the shell comes from the worker's precache).
    await page.reload();
    await expect(mainHeading(page)).toHaveText(title);
    const picture = page.locator(`[data-article-body] img[src="${image}"]`).first();
    await picture.scrollIntoViewIfNeeded();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    // Back online, unsaving lets the worker drop the copies.
    await context.setOffline(false);
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('');
    await page.getByRole('main').getByRole('button', { name: SAVE }).click();
    await expect.poll(cached).toEqual([]);
  });
});
