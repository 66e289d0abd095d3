// The hostile-body suite in Chromium: every case ingested as a post and opened under the shipped CSP, and again as raw HTML.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { findAll, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { type BodyCase, benignBodies, hostileBodies } from '../src/test/hostile-bodies.ts';
import { expect, test } from './fixtures.ts';
import { probePage, type Violation } from './security-probes.ts';
import { type DataSource, fromFolder, serveData } from './serve-data.ts';

const cases: BodyCase[] = [...hostileBodies, ...benignBodies];
const titleOf = (index: number) => `XSS case ${index + 1}`;

let work = '';
let dataDir = '';
const idOf = new Map<number, string>();

// The service worker would answer /data/ from its cache, out of reach of the routes that serve the cases.
test.use({ serviceWorkers: 'block' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  work = await mkdtemp(path.join(tmpdir(), 'kanbao-xss-'));
  const posts = path.join(work, 'posts');
  dataDir = path.join(work, 'data');
  await mkdir(posts);
  await Promise.all(
    cases.map((c, index) => {
      const front = [
        '---',
        `title: ${JSON.stringify(titleOf(index))}`,
        'categories:',
        '- XSS',
        `- ${JSON.stringify(c.class)}`,
        `date: 2024-01-01T00:${String(Math.floor(index / 60)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}Z`,
        '---',
      ];
      return writeFile(path.join(posts, `case-${index + 1}.md`), `${front.join('\n')}\n${c.input}\n`);
    }),
  );
  execFileSync(process.execPath, ['ingest/launch.mjs', '--in', posts, '--out', dataDir], { stdio: 'pipe' });
  const report = JSON.parse(await readFile(path.join(dataDir, 'ingest-report.json'), 'utf8')) as {
    files: { path: string; id?: string }[];
  };
  for (const file of report.files) {
    const index = Number(/case-(\d+)\.md$/.exec(file.path)?.[1]) - 1;
    if (file.id) idOf.set(index, file.id);
  }
});

test.afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The same data, but each article's body replaced by its case's input exactly as written. */
function rawBodies(base: DataSource): DataSource {
  const caseOfId = new Map([...idOf].map(([index, id]) => [id, cases[index]]));
  return async (file) => {
    const body = await base(file);
    const c = caseOfId.get(path.basename(file, '.json'));
    if (body === null || !c || !file.startsWith('articles/')) return body;
    return JSON.stringify({ ...JSON.parse(body.toString()), html: c.input });
  };
}

interface Inspection {
  problems: string[];
  /** The body minus the reader's own additions (embed buttons, scroll tab stops), serialised. */
  html: string;
  tags: string[];
  text: string;
  violations: Violation[];
}

// Runs in the page, in one round trip per article. Flags what must never be in a rendered body:
// scriptable elements, handlers, style hooks, and URLs that run code or render as documents.
function inspectBody(): Inspection {
  const body = document.querySelector('[data-article-body]');
  const problems: string[] = body ? [] : ['no body'];
  if ('__xss' in window) problems.push(`canary set to ${String(window.__xss)}`);
  const banned = 'script, iframe, frame, object, embed, form, input, button:not(.embed-load), textarea, select, style, link, meta, base, svg, math, template, noscript';
  for (const el of body?.querySelectorAll(banned) ?? []) problems.push(`<${el.localName}>`);
  for (const el of body?.querySelectorAll('*') ?? []) {
    for (const { name, value } of el.attributes) {
      const ours = name === 'class' && /^embed-(load|note)$/.test(value);
      if (!ours && (/^on/i.test(name) || /^(style|class|srcdoc|srcset|formaction|action|ping)$/i.test(name))) {
        problems.push(`${el.localName}[${name}]`);
      }
      // What the URL parser would see: controls and whitespace stripped.
      const url = [...value].filter((ch) => ch.charCodeAt(0) > 0x20).join('').toLowerCase();
      const isUrl = /^(href|src|poster|action|formaction|data|xlink:href|background|data-embed-src)$/.test(name);
      if (isUrl && (/^(javascript|vbscript):/.test(url) || (url.startsWith('data:') && !url.startsWith('data:image/')))) {
        problems.push(`${el.localName}[${name}=${value}]`);
      }
    }
  }
  const copy = body?.cloneNode(true) as HTMLElement | undefined;
  for (const added of copy?.querySelectorAll('.embed-load, .embed-note') ?? []) added.remove();
  for (const el of copy?.querySelectorAll('[tabindex]') ?? []) el.removeAttribute('tabindex');
  return {
    problems,
    html: copy?.innerHTML ?? '',
    tags: [...(body?.querySelectorAll('*') ?? [])].map((el) => el.localName),
    text: body?.textContent ?? '',
    violations: window.__violations ?? [],
  };
}

// The ingest's own tidying, by design: it unwraps layout containers, keeps a <picture>'s image only, drops
// links into the source site (relative and in-page) and data: images too small to be a picture.
const INGEST_UNWRAPS = new Set(['div', 'span', 'section', 'picture', 'source']);
const INGEST_DROPS: Record<string, string> = { 'same-origin path and fragment links': 'a', 'png data: image': 'img' };

// Parsed in Node: under Trusted Types the page itself refuses to parse a string of HTML outside DOMPurify.
function lostMarkup(c: BodyCase, rendered: Inspection): string {
  const doc = parseDocument(c.expected);
  const squash = (s: string) => s.replace(/\s+/g, '');
  const have = new Set(rendered.tags);
  const expected = findAll(() => true, doc.children).map((el) => el.name);
  const lostTags = new Set(expected.filter((tag) => !have.has(tag) && !INGEST_UNWRAPS.has(tag) && INGEST_DROPS[c.name] !== tag));
  const lostText = squash(rendered.text).includes(squash(textContent(doc))) ? [] : ['text'];
  return [...lostTags, ...lostText].join(', ');
}

/**
 * Violations the page's own code caused. DOMPurify parses each body in an inert document that shares the
 * page's CSP, so a hostile body's inline handlers, styles and <base> are reported (and blocked) while it is
 * being sanitised; that is the policy's second wall working, not the app breaking it.
 */
function appViolations(c: BodyCase, violations: Violation[]): Violation[] {
  if (c.class === 'benign') return violations;
  return violations.filter((v) => !(/^(script|style)-src-(attr|elem)$/.test(v.directive) && v.blocked === 'inline') && v.directive !== 'base-uri');
}

// In-app navigation: one page load for the whole run, so a payload that fires late is still caught.
async function openArticle(page: Page, id: string, title: string) {
  await page.evaluate((url) => {
    window.history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `/article/${id}`);
  await expect(page.getByRole('main').getByRole('article').getByRole('heading', { level: 1 })).toHaveText(title);
}

for (const mode of ['ingested', 'raw'] as const) {
  test(`${hostileBodies.length} hostile and ${benignBodies.length} benign bodies, ${mode}, under the CSP`, async ({ page, baseURL }) => {
    test.setTimeout(300_000);
    expect(idOf.size, 'every case was accepted by the ingest').toBe(cases.length);
    const probes = await probePage(page, new URL(baseURL ?? '').origin);
    const base = fromFolder(dataDir);
    await serveData(page, mode === 'raw' ? rawBodies(base) : base);

    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Categories' })).toContainText('XSS');
    expect(await probes.violations(), 'CSP violations on the home page').toEqual([]);
    // Trusted Types are enforced: a plain string cannot reach an HTML sink, so only DOMPurify's output can.
    const assigned = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'string accepted';
      } catch {
        return 'string refused';
      }
    });
    expect(assigned).toBe('string refused');
    let seen = (await probes.violations()).length;

    const problems: Record<string, string[]> = {};
    const violations: Record<string, Violation[]> = {};
    const mismatches: Record<string, { expected: string; rendered: string }> = {};
    const missing: Record<string, string> = {};
    for (const [index, c] of cases.entries()) {
      const label = `${index + 1} ${c.class}: ${c.name}`;
      await openArticle(page, idOf.get(index) ?? '', titleOf(index));
      const found = await page.evaluate(inspectBody);
      if (found.problems.length) problems[label] = found.problems;
      const caused = appViolations(c, found.violations.slice(seen));
      seen = found.violations.length;
      if (caused.length) violations[label] = caused;
      if (mode === 'raw' && found.html !== c.expected) mismatches[label] = { expected: c.expected, rendered: found.html };
      // The ingest tidies markup (whitespace, wrappers), so there the check is the text and the kinds of element.
      const lost = mode === 'ingested' && c.class === 'benign' ? lostMarkup(c, found) : '';
      if (lost) missing[label] = lost;
    }

    expect(problems, 'scriptable markup, dangerous URLs or a set canary in rendered bodies').toEqual({});
    expect(probes.dialogs, 'dialogs opened by a body').toEqual([]);
    expect(await probes.canary(), 'window.__xss after every article was open').toBeNull();
    expect(probes.foreignRequests.filter((r) => r.type !== 'image'), 'requests to other hosts that are not images').toEqual([]);
    expect(violations, 'CSP violations caused by the app').toEqual({});
    if (mode === 'raw') expect(mismatches, 'Chromium renders exactly what the unit tests expect').toEqual({});
    else expect(missing, 'benign markup lost between the post and the page').toEqual({});
  });
}
