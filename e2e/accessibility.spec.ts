// axe-core finds no violations on the home, category, article and saved pages, in light and dark, wide and narrow.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { articleLinks, expect, test } from './fixtures.ts';

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${what}`).toEqual([]);
}

async function visitAll(page: Page, label: string) {
  await page.goto('/');
  await expect(articleLinks(page).first()).toBeVisible();
  await expectNoViolations(page, `home (${label})`);

  await page.getByRole('navigation', { name: 'Categories' }).getByRole('link').first().click({ force: true });
  await expect(articleLinks(page).first()).toBeVisible();
  await expectNoViolations(page, `a category (${label})`);

  await articleLinks(page).first().click();
  await expect(page.getByRole('main').getByRole('article').getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Save for later' }).click();
  await expectNoViolations(page, `an article (${label})`);

  await page.goto('/saved');
  await expect(articleLinks(page).first()).toBeVisible();
  await expectNoViolations(page, `the saved page (${label})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations, ${scheme}`, async ({ page }) => {
    // Four pages, each analysed by axe: about 20 s on a quiet 2-core machine, so 30 s left no room for a busy one.
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    await visitAll(page, scheme);
  });
}

test('no axe violations on a phone with the drawer open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(articleLinks(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Browse categories' }).click();
  await expect(page.getByRole('navigation', { name: 'Categories' })).toBeVisible();
  await expectNoViolations(page, 'home with the drawer open');
});

test('the skip link is the first stop and moves focus to main', async ({ page }) => {
  await page.goto('/');
  await expect(articleLinks(page).first()).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
