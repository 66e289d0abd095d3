// A phone-sized screen: the category tree lives in a drawer, lists and articles fit the width.
import { articleLinks, expect, test } from './fixtures.ts';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

test('the categories open in a drawer, lead to a category, and the drawer closes', async ({ page }) => {
  await page.goto('/');
  await expect(articleLinks(page).first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Categories' });
  await expect(nav).toBeHidden();

  const open = page.getByRole('button', { name: 'Browse categories' });
  await open.click();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(open).toBeFocused();

  await open.click();
  await nav.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/category\//);
  await expect(nav).toBeHidden();
  await expect(articleLinks(page).first()).toBeVisible();
});

test('nothing is wider than the screen on a list or an article', async ({ page }) => {
  for (const url of ['/', null]) {
    if (url) await page.goto(url);
    else await articleLinks(page).first().click();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(articleLinks(page).first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
});
