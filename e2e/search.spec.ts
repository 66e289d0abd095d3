// Search journeys: Chinese and English queries from the header box and by URL, marked matches, the category filter, no results.
import { articleLinks, expect, test } from './fixtures.ts';

const results = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Search results' });

test('a Chinese query from the header box finds the article, marks the match and keeps the words in the box', async ({ page }) => {
  await page.goto('/');
  await expect(articleLinks(page).first()).toBeVisible();
  const box = page.getByRole('search').getByRole('searchbox', { name: 'Search' });
  await box.fill('萤火虫');
  await box.press('Enter');

  await expect(page).toHaveURL(/\/search\?q=%E8%90%A4%E7%81%AB%E8%99%AB$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “萤火虫”');
  const link = results(page).getByRole('link', { name: '城市里的萤火虫都去哪儿了？' });
  await expect(link).toBeVisible();
  await expect(link.locator('mark')).toHaveText('萤火虫');
  await expect(results(page).getByRole('listitem').first().getByRole('button', { name: 'Save for later' })).toBeVisible();
  await expect(box).toHaveValue('萤火虫');

  await link.click();
  await expect(page.getByRole('main').getByRole('article').getByRole('heading', { level: 1 })).toHaveText(
    '城市里的萤火虫都去哪儿了？',
  );
});

test('an English query by direct URL ranks the title match first and marks the word', async ({ page }) => {
  await page.goto('/search?q=trains');
  await expect(page.getByRole('status').filter({ hasText: /results?$/ })).toHaveText('2 results');
  const first = results(page).getByRole('listitem').first();
  await expect(first.getByRole('link', { name: 'The quiet economics of night trains' })).toBeVisible();
  await expect(first.locator('h2 mark')).toHaveText('trains');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('trains');
});

test('a match in a source name is marked in the result\'s category links', async ({ page }) => {
  await page.goto('/search?q=ledger');
  await expect(results(page).getByRole('link', { name: 'The Harbor Ledger' }).first().locator('mark')).toHaveText('Ledger');
});

test('the category filter narrows the results and stays in the address', async ({ page }) => {
  await page.goto('/search?q=harbor');
  const list = results(page);
  await expect(list.getByRole('link', { name: 'Cozy Harbor 限时免费领取' })).toBeVisible();
  const filter = page.getByRole('combobox', { name: 'Category' });
  await filter.selectOption({ label: '新闻 (4)' });

  await expect(page).toHaveURL(/category=%E6%96%B0%E9%97%BB/);
  await expect(list.getByRole('link', { name: 'Cozy Harbor 限时免费领取' })).toHaveCount(0);
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await page.reload();
  await expect(filter).toHaveValue('新闻');
  await expect(list.getByRole('listitem')).toHaveCount(4);
});

test('a query with no match says so, and an empty one asks for words', async ({ page }) => {
  await page.goto('/search?q=zzzz%20%E6%B0%B4%E6%AF%8D');
  await expect(page.getByText('No articles match “zzzz 水母”.')).toBeVisible();
  await page.goto('/search');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.getByText('Type a word or a few characters to search')).toBeVisible();
});

test('the index is not downloaded before the first search', async ({ page }) => {
  const searchFiles: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/search/')) searchFiles.push(request.url());
  });
  await page.goto('/');
  await expect(articleLinks(page).first()).toBeVisible();
  expect(searchFiles).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search' }).fill('城市');
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(results(page).getByRole('listitem').first()).toBeVisible();
  // The meta file, the one term shard "城市" hashes to (of two), and the summaries of its results.
  expect(searchFiles.filter((url) => url.endsWith('/search/meta.json'))).toHaveLength(1);
  expect(searchFiles.filter((url) => url.includes('/search/terms/'))).toHaveLength(1);
  expect(searchFiles.filter((url) => url.includes('/search/docs/')).length).toBeGreaterThan(0);
});

test('a search made once answers again without the network', async ({ page, context }) => {
  // Without the service worker (blocked in tests) route code must already be loaded: start at home.
  await page.goto('/');
  await expect(articleLinks(page).first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('城市');
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(results(page).getByRole('listitem')).toHaveCount(3);
  await context.setOffline(true);
  await page.getByRole('navigation', { name: 'Kanbao' }).getByRole('link', { name: 'Newest' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('城市');
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(results(page).getByRole('listitem')).toHaveCount(3);
  await expect(results(page).getByRole('listitem').first().locator('h2 mark')).toHaveText('城市');
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the box is named 搜索 and a two-character query finds titles first', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('search').getByRole('searchbox', { name: '搜索' });
    await box.fill('城市');
    await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('“城市”的搜索结果');
    const items = page.getByRole('list', { name: '搜索结果' }).getByRole('listitem');
    await expect(items).toHaveCount(3);
    await expect(items.first().locator('h2 mark')).toHaveText('城市');
    await expect(items.last().locator('h2 mark')).toHaveCount(0);
  });
});
