// The bench's Playwright Chromium: the system browser, a phone-sized page, and nothing fetched from off the machine.
import { type Browser, chromium, type Page } from '@playwright/test';
import { chromiumLaunchArgs } from '../find-chromium.mjs';

export function launchBrowser(chromiumPath: string): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumLaunchArgs });
}

/** A fresh page at Lighthouse's mobile size; requests to any other origin than `appUrl` are aborted. */
export async function openPage(browser: Browser, appUrl: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'en-US' });
  const origin = new URL(appUrl).origin;
  await context.route((url) => url.origin !== origin, (route) => route.abort('blockedbyclient'));
  return context.newPage();
}

/** Resolves once the home list shows its first article link. */
export async function waitForList(page: Page): Promise<void> {
  await page.getByRole('main').locator('a[href*="/article/"]').first().waitFor();
}
