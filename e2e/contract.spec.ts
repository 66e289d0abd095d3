// The outside contract's journeys (CONTRACT.md): browsing, reading, direct loads and saving for later.
import { articleLinks, expect, test } from './fixtures.ts';

interface IngestReport {
  files: { status: 'ok' | 'error'; id?: string }[];
}

let articleId: string;

test.beforeAll(async ({ request }) => {
  const response = await request.get('/data/ingest-report.json');
  expect(response.ok(), 'the served data folder has ingest-report.json').toBe(true);
  const report = (await response.json()) as IngestReport;
  const first = report.files.find((file) => file.status === 'ok' && file.id);
  expect(first, 'the demo posts include at least one accepted post').toBeDefined();
  articleId = first?.id ?? '';
});

test('the home page lists articles and the categories with their counts', async ({ page }) => {
  await page.goto('/');
  await expect(articleLinks(page).first()).toBeVisible();

  const categories = page.getByRole('navigation', { name: 'Categories' }).getByRole('link');
  await expect(categories.first()).toBeVisible();
  for (const link of await categories.all()) await expect(link).toHaveText(/\d/);
});

test('a category link leads to that category, which survives a direct load and a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Categories' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/category\/[^/]+/);
  await expect(articleLinks(page).first()).toBeVisible();

  await page.goto(page.url());
  await expect(articleLinks(page).first()).toBeVisible();
  await page.reload();
  await expect(articleLinks(page).first()).toBeVisible();
});

test('clicking an article in a list opens it', async ({ page }) => {
  await page.goto('/');
  const link = articleLinks(page).first();
  await link.click();
  await expect(page).toHaveURL(/\/article\/[^/]+$/);
  await expect(page.getByRole('main').getByRole('article').getByRole('heading', { level: 1 })).toBeVisible();
});

test('an article page holds the title and exactly one body, on a direct load and a reload', async ({ page }) => {
  await page.goto(`/article/${encodeURIComponent(articleId)}`);
  const title = page.getByRole('main').getByRole('article').getByRole('heading', { level: 1 });
  await expect(title).toHaveText(/\S/);
  await expect(page.locator('[data-article-body]')).toHaveCount(1);

  await page.reload();
  await expect(title).toHaveText(/\S/);
  await expect(page.locator('[data-article-body]')).toHaveCount(1);
});

for (const [name, id] of [
  ['a malformed id', 'no-such-id'],
  ['a well-formed id that no post has', 'AAAAAAAAAA'],
]) {
  test(`an article page for ${name} says "not found"`, async ({ page }) => {
    await page.goto(`/article/${id}`);
    await expect(page.getByText(/not found/i).first()).toBeVisible();
  });
}

test('saving for later toggles the button, shows on /saved in another tab, and unsaving reaches that tab', async ({
  page,
  context,
}) => {
  await page.goto(`/article/${encodeURIComponent(articleId)}`);
  const article = page.getByRole('main').getByRole('article');
  const title = (await article.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  expect(title).not.toBe('');

  const save = page.getByRole('main').getByRole('button', { name: 'Save for later' }).first();
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');

  const other = await context.newPage();
  await other.goto('/saved');
  await expect(other.getByRole('heading', { level: 1, name: 'Saved' })).toBeVisible();
  const savedItem = other.getByRole('main').getByRole('link', { name: title });
  await expect(savedItem.first()).toBeVisible();
  await other.reload();
  await expect(savedItem.first()).toBeVisible();

  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await expect(savedItem).toHaveCount(0);
});

test('a saved article stays saved after a reload', async ({ page }) => {
  await page.goto(`/article/${encodeURIComponent(articleId)}`);
  const save = page.getByRole('main').getByRole('button', { name: 'Save for later' }).first();
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
});

test('every list item carries the save toggle', async ({ page }) => {
  await page.goto('/');
  await expect(articleLinks(page).first()).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: 'Save for later' }).first()).toBeVisible();
});
