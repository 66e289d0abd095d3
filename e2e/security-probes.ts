// Watches a page for what an attack would leave behind: CSP violations, dialogs, and requests that leave the app.
import type { Page } from '@playwright/test';

export interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

export interface AttemptedRequest {
  url: string;
  type: string;
}

declare global {
  interface Window {
    __violations?: Violation[];
    __xss?: unknown;
  }
}

// A 1x1 transparent GIF: remote article images "load", so the body keeps its images instead of fallback notes.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Starts recording; read the arrays at any time. Call before the first navigation. */
export async function probePage(page: Page, appOrigin: string) {
  const dialogs: string[] = [];
  const foreignRequests: AttemptedRequest[] = [];
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations?.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        sample: event.sample,
      });
    });
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => undefined);
  });
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== appOrigin) foreignRequests.push({ url: request.url(), type: request.resourceType() });
  });
  // Page routes run before the fixture's context route, which still blocks everything else that leaves the app.
  await page.route(
    (url) => url.origin !== appOrigin,
    (route) => (route.request().resourceType() === 'image' ? route.fulfill({ contentType: 'image/gif', body: PIXEL }) : route.fallback()),
  );
  return {
    dialogs,
    foreignRequests,
    violations: () => page.evaluate(() => window.__violations ?? []),
    canary: () => page.evaluate(() => ('__xss' in window ? String(window.__xss) : null)),
  };
}
