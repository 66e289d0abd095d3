// Keyboard reading: j/k through a windowed list, o/Enter, s, u, g h, g s, /, the ? help, and no shortcuts while typing or composing.
import type { Page } from '@playwright/test';
import { articleLinks, demoPostId, expect, test } from './fixtures.ts';

const articleHeading = (page: Page) => page.getByRole('main').getByRole('article').getByRole('heading', { level: 1 });
/** The list row holding focus, by its 1-based position in the whole list. */
const focusedPosition = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? null);

/** The shortcuts load in their own chunk after the first render: press ? until the help shows they listen. */
async function openHelp(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(async () => {
    await page.keyboard.press('?');
    await expect(dialog).toBeVisible({ timeout: 1000 });
  }).toPass();
  return dialog;
}

async function openHome(page: Page) {
  await page.goto('/');
  await expect(articleLinks(page).first()).toBeVisible();
  await openHelp(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

test('j and k move through the list, past the rendered window, and o opens the current article', async ({ page }) => {
  await openHome(page);
  await page.keyboard.press('j');
  await expect.poll(() => focusedPosition(page)).toBe('1');
  for (let i = 0; i < 14; i++) await page.keyboard.press('j');
  await expect.poll(() => focusedPosition(page)).toBe('15');
  await expect(page.locator('main li:focus-within a[href*="/article/"]')).toBeInViewport();
  await page.keyboard.press('k');
  await expect.poll(() => focusedPosition(page)).toBe('14');

  const title = ((await page.locator('main li:focus-within h2').textContent()) ?? '').trim();
  await page.keyboard.press('o');
  await expect(articleHeading(page)).toHaveText(title);

  // u goes back to the list, and j carries on from the article just read.
  await page.keyboard.press('u');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('main').getByRole('link', { name: title })).toBeInViewport();
  await page.keyboard.press('j');
  await expect.poll(() => focusedPosition(page)).toBe('15');
  await page.keyboard.press('Enter');
  await expect(articleHeading(page)).toBeVisible();
  await expect(page).toHaveURL(/\/article\//);
});

test('s saves the current list item and the open article', async ({ page }) => {
  await openHome(page);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const row = page.locator('main li:focus-within');
  await expect(row.getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('s');
  await expect(row.getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'true');

  await articleLinks(page).first().click();
  const save = page.getByRole('main').getByRole('article').getByRole('button', { name: 'Save for later' });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('s');
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('s');
  await expect(save).toHaveAttribute('aria-pressed', 'false');
});

test('g s, g h and / go to saved, home and search', async ({ page }) => {
  await openHome(page);
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(page.getByRole('heading', { level: 1, name: 'Saved' })).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('h');
  await expect(page).toHaveURL(/\/$/);
  await expect(articleLinks(page).first()).toBeVisible();

  await page.keyboard.press('/');
  // The header's search box when there is one, else the search page.
  await expect
    .poll(() =>
      page.evaluate(
        () => location.pathname === '/search' || Boolean(document.activeElement?.closest('[role="search"]')),
      ),
    )
    .toBe(true);
});

test('j and o work through search results, and u comes back to them', async ({ page }) => {
  await page.goto('/search?q=trains');
  const rows = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await openHelp(page);
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await expect.poll(() => focusedPosition(page)).toBe('1');
  await page.keyboard.press('j');
  await expect.poll(() => focusedPosition(page)).toBe('2');

  const title = ((await rows.nth(1).getByRole('heading', { level: 2 }).textContent()) ?? '').trim();
  await page.keyboard.press('o');
  await expect(articleHeading(page)).toHaveText(title);
  await page.keyboard.press('u');
  await expect(page).toHaveURL(/\/search\?q=trains$/);
  await expect(rows).toHaveCount(2);
});

test('/ in the middle of an article focuses the header search box and leaves the page where it was', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 900, height: 500 });
  await page.goto(`/article/${await demoPostId(request, /night trains/i)}`);
  await expect(page.locator('[data-article-body]')).toBeVisible();
  await openHelp(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 1200));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1200);

  await page.keyboard.press('/');
  await expect(page.getByRole('search').getByRole('searchbox')).toBeFocused();
  // The header is sticky, so its box is already in view: focusing it must not scroll the page.
  expect(await page.evaluate(() => window.scrollY)).toBe(1200);
});

test('? shows the shortcuts in a modal dialog that keeps focus and closes with Escape', async ({ page }) => {
  await page.goto('/');
  await expect(articleLinks(page).first()).toBeVisible();
  await page.getByRole('link', { name: 'Saved' }).focus();
  const dialog = await openHelp(page);
  for (const text of ['Next article in the list', 'Open the current article', 'Go to saved articles', 'Search']) {
    await expect(dialog.getByText(text, { exact: true })).toBeVisible();
  }
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
  }
  // Shortcuts are off while the dialog is open.
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(page).toHaveURL(/\/$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Saved' })).toBeFocused();
});

test('no shortcut fires while an input method composes, while typing in a field, or with a modifier', async ({ page }) => {
  await openHome(page);
  // An IME composing "j" then "g h": Chromium reports these keydowns with isComposing set (and keyCode 229).
  await page.evaluate(() => {
    const target = document.body;
    target.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    for (const key of ['j', 'g', 'h', 's', '?']) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, isComposing: true, bubbles: true, cancelable: true }));
      target.dispatchEvent(new KeyboardEvent('keydown', { key, keyCode: 229, bubbles: true, cancelable: true }));
    }
    target.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '看报' }));
  });
  await page.keyboard.press('Control+j');
  await page.keyboard.press('Alt+k');
  expect(await focusedPosition(page)).toBeNull();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // A real composition through the browser's IME path.
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => {
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Scratch field');
    document.querySelector('main')?.prepend(field);
  });
  const field = page.getByRole('textbox', { name: 'Scratch field' });
  await field.focus();
  await cdp.send('Input.imeSetComposition', { text: 'kan', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: '看' });
  await page.keyboard.type('g s j ?');
  await expect(field).toHaveValue('看g s j ?');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
