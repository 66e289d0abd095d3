// Light and dark: the theme follows the system until the reader picks one, and the pick is remembered.
import { articleLinks, expect, test } from './fixtures.ts';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('a dark system gets the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(articleLinks(page).first()).toBeVisible();
  expect(await background(page)).toBe('rgb(22, 22, 21)');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('the toggle switches the theme and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  expect(await background(page)).toBe('rgb(251, 250, 247)');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await background(page)).toBe('rgb(22, 22, 21)');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe('rgb(22, 22, 21)');
});
